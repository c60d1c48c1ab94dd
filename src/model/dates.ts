/**
 * Partial ISO 8601 calendar dates ("2003", "2003-10", "2003-10-01") as FEED.md defines them.
 * A day is a number: milliseconds since the epoch at 00:00 UTC of that day, so that arithmetic
 * and comparisons never depend on the viewer's time zone.
 */
import { dateFormat } from './intl.js';

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  month?: number; // 1-12
  day?: number; // 1-31
  precision: Precision;
}

/** A day: ms since epoch at 00:00 UTC. */
export type Day = number;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
export const DAY_MS = 86_400_000;

/**
 * Dates parsed once: a feed names the same few hundred dates over and over (every item's start and
 * end, read by each view, at each update). Frozen, so that no caller changes what another reads.
 */
const parsed = new Map<string, Readonly<PartialDate> | null>();

/** Parses a partial date; `null` when the text is not one or names no real calendar day. */
export function parsePartialDate(text: string): Readonly<PartialDate> | null {
  let d = parsed.get(text);
  if (d !== undefined) return d;
  d = parse(text);
  if (parsed.size >= 20_000) parsed.clear();
  parsed.set(text, d && Object.freeze(d));
  return d;
}

function parse(text: string): PartialDate | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

function daysInMonth(year: number, month: number): number {
  // Date.UTC reads years 0-99 as 1900-1999; the Gregorian calendar repeats every 400 years.
  return new Date(Date.UTC((year % 400) + 2000, month, 0)).getUTCDate();
}

/** First day of the period a partial date names ("2003" -> 1 Jan 2003). */
export function startOf(text: string): Day {
  const d = parsePartialDate(text);
  if (!d) return NaN;
  return Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
}

/** Last day of the period a partial date names ("2014" -> 31 Dec 2014). */
export function endOf(text: string): Day {
  const d = parsePartialDate(text);
  if (!d) return NaN;
  if (d.precision === 'day') return Date.UTC(d.year, d.month! - 1, d.day!);
  if (d.precision === 'month') return Date.UTC(d.year, d.month!, 0);
  return Date.UTC(d.year, 11, 31);
}

/** A range as FEED.md defines it: `start` from its first day, `end` through its last; no end = ongoing. */
export interface Range {
  start?: string;
  end?: string;
}

export interface DayRange {
  start: Day;
  end: Day;
  ongoing: boolean;
}

/** The days a range covers; an open end runs to `openEnd` (the feed's as-of day). */
export function dayRange(range: Range, openEnd: Day): DayRange {
  const start = range.start ? startOf(range.start) : -Infinity;
  const ongoing = !range.end;
  const end = range.end ? endOf(range.end) : openEnd;
  return { start, end, ongoing };
}

/** Whether a range is in force on a day. Open-ended ranges are in force from their start on. */
export function inForce(range: Range, day: Day): boolean {
  if (range.start && startOf(range.start) > day) return false;
  if (range.end && endOf(range.end) < day) return false;
  return true;
}

/** The day a widget's `date` attribute means: the first day of the period it names. */
export function dayOf(date: string | Day): Day {
  return typeof date === 'number' ? date : startOf(date);
}

/** ISO text of a day ("2005-12-31"). */
export function isoDay(day: Day): string {
  return new Date(day).toISOString().slice(0, 10);
}

/** Today as a day, in UTC. */
export function today(now: number = Date.now()): Day {
  return Math.floor(now / DAY_MS) * DAY_MS;
}

/** The feed's "today": its `asOf` (last day of its period) or the viewer's today. */
export function asOfDay(feed: { asOf?: string }, now?: number): Day {
  return feed.asOf && isPartialDate(feed.asOf) ? endOf(feed.asOf) : today(now);
}

const FORMATS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
};

/** Formats a partial date at its own precision in a language ("Oct 2003", "oct. 2003"). */
export function formatPartialDate(text: string, lang = 'en'): string {
  const d = parsePartialDate(text);
  return d ? formatDay(startOf(text), lang, d.precision) : text;
}

/** Formats a day at a precision. */
export function formatDay(day: Day, lang = 'en', precision: Precision = 'day'): string {
  return dateFormat(lang, FORMATS[precision]).format(day);
}

/** Formats a range ("Oct 2003 – Mar 2018", "since 2010"). */
export function formatRange(range: Range, lang = 'en', ongoingLabel = 'ongoing'): string {
  const start = range.start ? formatPartialDate(range.start, lang) : '…';
  const end = range.end ? formatPartialDate(range.end, lang) : ongoingLabel;
  return `${start} – ${end}`;
}
