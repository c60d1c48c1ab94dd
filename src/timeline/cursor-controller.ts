/**
 * The date cursor's behaviour: dragged or clicked on the axis, stepped by keys (a month, Shift a year,
 * PageUp/PageDown a year, Home the start, End the as-of day). A user's move sets the element's `date`
 * and fires `pk-date-change`; a `date` set by code fires nothing. Where it is drawn is front.ts's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { utcMonth, utcYear } from 'd3-time';
import { DAY_MS, isoDay, type Day } from '../model/index.js';
import { PkDateChangeEvent } from '../shared/events.js';

export interface CursorHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  date?: string;
}

export interface CursorOptions {
  /** The days the cursor may take (the timeline's extent) and the as-of day (End); null before the feed is drawn. */
  range(): { extent: readonly [Day, Day]; asOf: Day } | null;
  /** The cursor's day now. */
  day(): Day;
  /** The day under a pointer at `clientX`. */
  dayAt(clientX: number): Day;
  /** Pans so that a day is in view. */
  reveal(day: Day): void;
  /** Pointer and key moves hide the tooltip. */
  moved(): void;
}

export class CursorController implements ReactiveController {
  /** Whether a pointer is dragging the cursor (the tooltip then stays away). */
  dragging = false;

  constructor(private readonly host: CursorHost, private readonly options: CursorOptions) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.dragging = false;
  }

  /** Moves the cursor as the user asked: sets `date` and fires `pk-date-change` when the day changes. */
  move(day: Day): void {
    const range = this.options.range();
    if (!range) return;
    const [e0, e1] = range.extent;
    const clamped = Math.min(Math.max(Math.floor(day / DAY_MS) * DAY_MS, e0), e1);
    const iso = isoDay(clamped);
    if (clamped === this.options.day() && this.host.date === iso) return;
    this.host.date = iso;
    this.host.dispatchEvent(new PkDateChangeEvent({ date: iso }));
  }

  readonly onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    event.preventDefault();
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    this.dragging = true;
    this.options.moved();
    this.move(this.options.dayAt(event.clientX));
    this.host.renderRoot.querySelector<SVGGElement>('.cursor')?.focus({ preventScroll: true });
  };

  readonly onPointerMove = (event: PointerEvent) => {
    if (this.dragging) this.move(this.options.dayAt(event.clientX));
  };

  readonly onPointerUp = (event: PointerEvent) => {
    this.dragging = false;
    (event.currentTarget as Element).releasePointerCapture?.(event.pointerId);
  };

  /** A key on the focused cursor; true when it moved it. */
  onKey(event: KeyboardEvent): boolean {
    const range = this.options.range();
    if (!range) return false;
    const step = event.shiftKey ? 12 : 1;
    const day = new Date(this.options.day());
    let next: Date | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowUp') next = utcMonth.offset(day, step);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') next = utcMonth.offset(day, -step);
    else if (event.key === 'PageUp') next = utcYear.offset(day, 1);
    else if (event.key === 'PageDown') next = utcYear.offset(day, -1);
    else if (event.key === 'Home') next = new Date(range.extent[0]);
    else if (event.key === 'End') next = new Date(range.asOf);
    if (!next) return false;
    this.move(next.getTime());
    this.options.reveal(Math.min(Math.max(next.getTime(), range.extent[0]), range.extent[1]));
    return true;
  }
}
