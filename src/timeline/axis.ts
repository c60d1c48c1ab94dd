/**
 * Time ticks that adapt to the zoom: years when zoomed out, months (with the year on January) when in.
 * Positions come from the layout's own day scale (so grid lines meet the bars' ends exactly) and
 * d3-time's UTC ticks; labels from Intl. Not d3-scale's `scaleUtc`: it would pull d3-time-format's
 * default locale, d3-format and d3's colour interpolators into the bundle (DESIGN.md's size budget)
 * for tick formats the kit never uses.
 */
import { utcTicks } from 'd3-time';
import type { Day } from '../model/index.js';
import { dayScale } from './layout.js';
import { dateFormat } from '../model/intl.js';

export interface Tick {
  day: Day;
  x: number;
  label: string;
  /** A year boundary: drawn as a stronger grid line. */
  major: boolean;
}

const format = (lang: string, options: Intl.DateTimeFormatOptions) => dateFormat(lang, { ...options, timeZone: 'UTC' });

/** About one tick every 80 px, dates in `lang` through Intl. */
export function timeTicks(domain: readonly [Day, Day], width: number, lang: string): Tick[] {
  const scale = dayScale(domain, width);
  const dates = utcTicks(new Date(domain[0]), new Date(domain[1]), Math.max(2, Math.floor(width / 80)));
  const monthly = dates.some((d) => d.getUTCMonth() !== 0 || d.getUTCDate() !== 1);
  const daily = dates.some((d) => d.getUTCDate() !== 1);
  return dates.map((d) => {
    const newYear = d.getUTCMonth() === 0 && d.getUTCDate() === 1;
    const label = !monthly || (newYear && !daily)
      ? format(lang, { year: 'numeric' }).format(d)
      : daily
        ? format(lang, { day: 'numeric', month: 'short' }).format(d)
        : format(lang, { month: 'short' }).format(d);
    return { day: d.getTime(), x: scale(d.getTime()), label, major: newYear };
  });
}
