/**
 * The bars as drawn: each laid-out bar (layout.ts) with its shape, classes, accessible name and the
 * texts written on or beside it, worked out once per layout so that the templates compute nothing.
 * Pure: no DOM.
 */
import type { Messages } from '../shared/messages/en.js';
import { fitText, textWidth } from './labels.js';
import { amountText, dateText, rangeText } from './format.js';
import { amountFigures, reliabilityText, shareText } from './describe.js';
import type { TimelineModel } from './lanes.js';
import type { Bar, TimelineLayout } from './layout.js';

/**
 * How a bar is drawn: a plain bar or a one-day diamond (one shape, itself the focusable mark); an
 * ongoing bar with its arrow, with or without a faded tail; a funding amount against what was required
 * (the outline of the requirement, what came as a solid part of its height).
 */
export type BarShape = 'bar' | 'diamond' | 'arrow' | 'tail' | 'need';

/** A bar ready to draw: its geometry with the classes and texts its template binds. */
export interface DrawnBar {
  bar: Bar;
  key: string;
  shape: BarShape;
  cls: string;
  aria: string;
  width: number;
  tail: number;
  arrow: string;
  diamond: string;
  label: string;
  labelCls: string;
  textY: number;
  amount: string;
  amountCls: string;
  amountX: number;
  /** For an amount that says what was required: the received part, a solid bar at the foot of the outline. */
  received: { y: number; h: number } | null;
}

/**
 * The bars to draw: within a plot width either side of the view (enough for a pan gesture; the rest
 * waits for its end) and, for a large timeline, within `rows` (px from the top, the lanes near the
 * viewport); the focused bar always.
 */
export function cullBars(layout: TimelineLayout, rows: readonly [number, number] | null, focusKey: string): Bar[] {
  const w = layout.plotWidth;
  const [y0, y1] = rows ?? [-Infinity, Infinity];
  return layout.bars.filter((b) => (b.x1 >= -w && b.x0 <= 2 * w && b.y + b.h >= y0 && b.y <= y1) || b.mark.key === focusKey);
}

/** Everything each bar's template needs, for the bars that are drawn. */
export function drawBars(bars: readonly Bar[], model: TimelineModel, layout: TimelineLayout, lang: string, t: Messages['timeline']): DrawnBar[] {
  const groupOfLane = new Map(model.groups.flatMap((g) => g.lanes.map((l) => [l.id, g.id] as const)));
  const fs = layout.size.fontSize;
  return bars.map((bar) => {
    const m = bar.mark;
    const group = m.lane === 'mission' ? '' : ` g-${groupOfLane.get(m.lane) ?? 'other'}`;
    const variant = `k-${m.kind}${group}${m.status ? ` s-${m.status}` : ''}${m.reliability ? ` r-${m.reliability}` : ''}`;
    const figures = amountFigures(m, lang, t);
    const amount = figures ? `, ${figures} (${reliabilityText(m, t)})` : '';
    const width = Math.max(2, bar.x1 - bar.x0);
    const withNeed = m.kind === 'amount' && m.required !== undefined && !bar.point;
    const tail = !bar.point && !withNeed && m.ongoing && width > 28 ? 24 : 0;
    const h = bar.h / 2;
    const share = withNeed && m.required! > 0 ? Math.min(1, (m.value ?? 0) / m.required!) : 1;
    const receivedH = Math.round(bar.h * share);
    // On the bar: "$622M / $633M" where it fits, else the share that came ("98%"); the tooltip and table give it in full.
    const pair = m.kind !== 'amount' || width <= 40 ? ''
      : [m.value, m.required].filter((n) => n !== undefined).map((n) => amountText(n!, m.currency, lang, true)).join(' / ');
    const compact = pair && withNeed && m.value !== undefined && textWidth(pair, fs) > width - 8 ? shareText(share, lang) : pair;
    const arrow = m.ongoing && !bar.point ? `M${bar.x1 + 3},${bar.y + 3}l6,${h - 3}l-6,${h - 3}` : '';
    const shape: BarShape = withNeed ? 'need' : bar.point ? 'diamond' : tail ? 'tail' : arrow ? 'arrow' : 'bar';
    return {
      bar,
      key: m.key,
      shape,
      cls: `mark ${variant}${withNeed ? ' req' : ''}${shape === 'diamond' ? ' diamond' : ''}`,
      aria: `${m.label}, ${rangeText(m, lang, t.ongoing)}${amount}`,
      width: width - tail,
      tail,
      arrow,
      diamond: bar.point ? `M${(bar.x0 + bar.x1) / 2},${bar.y}l${h},${h}l${-h},${h}l${-h},${-h}Z` : '',
      label: bar.label,
      labelCls: `bar-label ${variant}${bar.labelInside ? ' in' : ''}`,
      textY: bar.y + h + Math.round(fs / 3),
      amount: compact ? fitText(compact, width - 8) : '',
      amountCls: `bar-label ${variant}${withNeed ? ' halo' : m.reliability === 'assured' ? ' in' : ''}`,
      amountX: Math.max(bar.x0, 0) + 4,
      received: withNeed ? { y: bar.y + bar.h - receivedH, h: receivedH } : null,
    };
  });
}

/** A mandate's or event's mark as drawn: its layout with its accessible name ("Resolution 1270, Oct 22, 1999"). */
export interface DrawnPoint<T> {
  at: T;
  key: string;
  aria: string;
}

/** The mandate ticks and event markers with their accessible names. */
export function drawPoints(layout: TimelineLayout, lang: string, t: Messages['timeline']) {
  const named = (label: string, m: Bar['mark']) => `${label}, ${dateText(m.start, lang, m.startText)}`;
  return {
    mandates: layout.mandates.map((m) => ({ at: m, key: m.mark.key, aria: named(t.resolution(m.mark.label), m.mark) })),
    events: layout.events.map((e) => ({ at: e, key: e.mark.key, aria: named(e.mark.label, e.mark) })),
  };
}
