/**
 * The kit's events: kebab-case with the `pk-` prefix, each a small Event subclass with a typed
 * `detail`. Change events fire only on user action, never because code set a property.
 */
import type { Feed, Problem, Selection } from '../model/index.js';

export interface FeedLoadDetail {
  feed: Feed;
  problems: Problem[];
}
export interface FeedErrorDetail {
  problems: Problem[];
  /** Set for a network failure (no answer, HTTP error, time-out); the element offers a retry. */
  network?: { message: string; status?: number };
  /** Set when the feed could be drawn in part but the element is `strict`. */
  strict?: boolean;
}
/** What the user selected; see `relatedTo` for what it relates to in the other views. */
export type SelectDetail = Selection;
export interface StepChangeDetail {
  /** The step now shown, counted from 0. */
  step: number;
}
export interface ExportErrorDetail {
  /** What was asked for: `png` or `svg` (a briefing's deck: `pptx` or `pdf`). */
  format: 'png' | 'svg' | 'pptx' | 'pdf';
  /** The sentence shown in the element, in its language. */
  message: string;
  /** True when the page's Content-Security-Policy blocked the images the export is drawn through. */
  blocked: boolean;
}
export interface DateChangeDetail {
  /** ISO day, e.g. "2005-12-31". */
  date: string;
}

class PkEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T) {
    super(type, { detail, bubbles: true, composed: true });
  }
}
export class PkFeedLoadEvent extends PkEvent<FeedLoadDetail> {
  constructor(detail: FeedLoadDetail) {
    super('pk-feed-load', detail);
  }
}
export class PkFeedErrorEvent extends PkEvent<FeedErrorDetail> {
  constructor(detail: FeedErrorDetail) {
    super('pk-feed-error', detail);
  }
}
export class PkSelectEvent extends PkEvent<SelectDetail> {
  constructor(detail: SelectDetail) {
    super('pk-select', detail);
  }
}
export class PkDateChangeEvent extends PkEvent<DateChangeDetail> {
  constructor(detail: DateChangeDetail) {
    super('pk-date-change', detail);
  }
}

export class PkStepChangeEvent extends PkEvent<StepChangeDetail> {
  constructor(detail: StepChangeDetail) {
    super('pk-step-change', detail);
  }
}

/** A linked view's "Try again" asks its dossier, which holds the one request, to load the feed again. */
export interface RetryDetail {
  /** The tag of the element whose "Try again" was pressed, e.g. "pk-mission-map". */
  from: string;
}
export class PkRetryEvent extends PkEvent<RetryDetail> {
  constructor(detail: RetryDetail) {
    super('pk-retry', detail);
  }
}

export class PkExportErrorEvent extends PkEvent<ExportErrorDetail> {
  constructor(detail: ExportErrorDetail) {
    super('pk-export-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-feed-load': PkFeedLoadEvent;
    'pk-feed-error': PkFeedErrorEvent;
    'pk-select': PkSelectEvent;
    'pk-date-change': PkDateChangeEvent;
    'pk-step-change': PkStepChangeEvent;
    'pk-export-error': PkExportErrorEvent;
    'pk-retry': PkRetryEvent;
  }
}
