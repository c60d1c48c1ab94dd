/**
 * Dates and amounts as the timeline writes them, in the element's language. Formatters are cached:
 * building an Intl formatter costs far more than using one, and 5,000 bars each need a label.
 */
import { formatDay, parsePartialDate, type Day } from '../model/index.js';
import type { TimelineMark } from './lanes.js';
import { numberFormat } from '../model/intl.js';


/** Dates already written, by language, day and feed text: 5,000 bars share a few hundred months. */
const written = new Map<string, string>();

/** A day, or a feed date at its own precision ("2006" stays "2006", "2006-10" is "Oct 2006"). */
export function dateText(day: Day, lang: string, text?: string): string {
  const key = `${lang} ${day} ${text}`;
  let out = written.get(key);
  if (out === undefined) {
    if (written.size > 20000) written.clear();
    written.set(key, (out = formatDay(day, lang, (text && parsePartialDate(text)?.precision) || 'day')));
  }
  return out;
}

/** "22 Oct 1999 – 31 Dec 2005", "Jun 2006 – ongoing", or one date for a one-day mark. */
export function rangeText(mark: TimelineMark, lang: string, ongoing: string): string {
  const start = dateText(mark.start, lang, mark.startText);
  if (mark.ongoing) return `${start} – ${ongoing}`;
  if (mark.start === mark.end && (!mark.endText || mark.endText === mark.startText)) return start;
  return `${start} – ${dateText(mark.end, lang, mark.endText)}`;
}

/** An amount in full ("US$35,000,000") or compact ("$35M"), in the stream's currency (USD by default). */
export function amountText(value: number, currency = 'USD', lang = 'en', compact = false): string {
  return numberFormat(lang, { style: 'currency', currency, maximumFractionDigits: compact ? 1 : 0, ...(compact ? { notation: 'compact' } : {}) }).format(value);
}

export function numberText(value: number, lang = 'en'): string {
  return numberFormat(lang).format(value);
}
