/**
 * The marks that pan with the bars, as mark-layer.ts writes them: the grid's lines, the mandates'
 * ticks and the events' symbols (focusable, each named for assistive technology), their numbers and
 * labels, and the lanes' names. Each writer draws one item; the layout is the context.
 */
import type { Tick } from './axis.js';
import type { DrawnPoint } from './bars.js';
import type { EventBox, LaneBox, MandateTick, TimelineLayout } from './layout.js';
import { shape, text } from './mark-layer.js';

const EVENT_SYMBOLS: Record<string, string> = {
  agreement: 'M0,-6L6,0L0,6L-6,0Z',
  election: 'M5,0A5,5 0 1,1 -5,0A5,5 0 1,1 5,0Z',
  resolution: 'M-4.5,-4.5H4.5V4.5H-4.5Z',
  milestone: 'M0,-6L5.5,4H-5.5Z',
  crisis: 'M-5,-5L5,5M5,-5L-5,5',
  departure: 'M-6,-4H6L0,6Z',
  other: 'M3.5,0A3.5,3.5 0 1,1 -3.5,0A3.5,3.5 0 1,1 3.5,0Z',
};

/** A line of the grid, from below the axis to the foot of the chart. */
export function writeGridLine(tk: Tick, into: DocumentFragment, layout: TimelineLayout): void {
  shape('line', { class: tk.major ? 'major' : '', x1: tk.x, x2: tk.x, y1: layout.size.axis, y2: layout.height }, into);
}

/** A mandate's tick: a wide transparent line to hit, the thin one seen. */
export function writeMandate({ at: m, key, aria }: DrawnPoint<MandateTick>, into: DocumentFragment): Element {
  const g = shape('g', { class: 'mark mandate', 'data-key': key, role: 'button', 'aria-label': aria }, into);
  shape('line', { class: 'wide', x1: m.x, x2: m.x, y1: m.y0, y2: m.y1 }, g);
  shape('line', { x1: m.x, x2: m.x, y1: m.y0, y2: m.y1 }, g);
  return g;
}

/** A mandate's resolution number, where it has room. */
export function writeMandateLabel({ at: m }: DrawnPoint<MandateTick>, into: DocumentFragment): void {
  if (m.label) text({ x: m.x + 2, y: m.labelY }, m.label, into);
}

/** An event's symbol, with a stem up to its label when it has one. */
export function writeEvent({ at: e, key, aria }: DrawnPoint<EventBox>, into: DocumentFragment, layout: TimelineLayout): Element {
  const g = shape('g', { class: `mark event e-${e.mark.type}`, 'data-key': key, role: 'button', 'aria-label': aria }, into);
  if (e.label) shape('line', { class: 'stem', x1: e.x, x2: e.x, y1: e.y + 6, y2: e.labelY - Math.round(layout.size.fontSize * 0.75) }, g);
  shape('path', { class: 'symbol', transform: `translate(${e.x},${e.y})`, d: EVENT_SYMBOLS[e.mark.type ?? 'other'] ?? EVENT_SYMBOLS.other }, g);
  return g;
}

/** An event's label, where it has room. */
export function writeEventLabel({ at: e }: DrawnPoint<EventBox>, into: DocumentFragment): void {
  if (e.label) text({ class: 'halo', x: e.labelX, y: e.labelY, 'text-anchor': e.anchor }, e.label, into);
}

/** A lane's name in the label column. */
export function writeLaneLabel(l: LaneBox, into: DocumentFragment, layout: TimelineLayout): void {
  text({ class: 'lane-label', x: layout.narrow ? 4 : 8, y: l.labelY }, l.labelText, into);
}
