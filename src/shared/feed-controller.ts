/**
 * Loads an element's feed from `src` (fetched), the `data` property, or an inline
 * `<script type="application/json">` child, parses it, and keeps the latest answer only:
 * a new `src` aborts the old request, and a late answer for an old `src` is dropped.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorsOf, parseFeed, type Feed, type Problem } from '../model/index.js';
import { PkFeedErrorEvent, PkFeedLoadEvent } from './events.js';
import { FeedFetchError, feedLimits, fetchFeedText, type FeedOptions } from './fetch-feed.js';
import type { Messages } from './messages/en.js';

/** Says a network failure in a language's catalogue (a `FeedFetchError`'s `say`). */
export type SayNetworkError = (t: Messages['fetch']) => string;

export type FeedStatus = 'empty' | 'loading' | 'ready' | 'error';

/** What a dossier shares of its feed (see dossier-context.ts). */
export interface AdoptedState {
  status: FeedStatus;
  feed: Feed | null;
  problems: Problem[];
  networkError: string | null;
  /** The network failure in the reader's language. */
  networkSay?: SayNetworkError | null;
  /** Bytes read of the feed and its announced length (0: unknown), while it loads. */
  progress?: [number, number] | null;
  /** The feed was refused because the element that loaded it is `strict`. */
  refusedAsStrict?: boolean;
}

export interface FeedSource {
  src?: string;
  data?: unknown;
}

export class FeedController implements ReactiveController {
  status: FeedStatus = 'empty';
  feed: Feed | null = null;
  problems: Problem[] = [];
  /** A network failure: no answer, an HTTP error, a time-out. The element offers a retry. */
  networkError: string | null = null;
  networkSay: SayNetworkError | null = null;
  /** While a feed streams in: bytes read, and the length the server announced (0 when it did not). */
  progress: [number, number] | null = null;
  /** The feed could be drawn in part, but the element is `strict`: its errors are shown instead. */
  refusedAsStrict = false;
  /** The feed is a dossier's (adopted), not loaded by this element. */
  adopted = false;

  private request?: AbortController;
  private generation = 0;
  private lastSource: FeedSource = {};
  private warned = new WeakSet<object>();
  private retryAdopted?: () => void;
  /** The last parse (or the dossier's state), kept so that a change of `strict` needs no new parse. */
  private parsed: { feed: Feed | null; problems: Problem[] } | null = null;
  private adoptedState?: AdoptedState;

  /**
   * `isStrict`: whether the host is `strict` (any error in the feed makes it an error state);
   * `options`: how the host fetches (its credentials, fetcher, time-out and size cap).
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly isStrict: () => boolean = () => false,
    private readonly options: () => FeedOptions = () => ({}),
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // A removed element must not keep a request (and its closure) alive.
    if (this.status === 'loading') {
      this.request?.abort();
      this.status = 'empty';
      this.lastSource = {};
    }
  }

  /** Loads from the element's current source; a later call wins over an earlier one. */
  load(source: FeedSource): void {
    this.lastSource = source;
    this.retryAdopted = undefined;
    this.adopted = false;
    this.adoptedState = undefined;
    this.parsed = null;
    this.refusedAsStrict = false;
    const generation = ++this.generation;
    this.request?.abort();
    this.request = undefined;
    this.networkError = this.networkSay = this.progress = null;
    if (source.data !== undefined && source.data !== null) {
      this.accept(source.data, generation);
      return;
    }
    if (source.src) {
      this.fetch(source.src, generation);
      return;
    }
    const inline = this.inlineJSON();
    if (inline !== null) {
      this.accept(inline, generation);
      return;
    }
    this.status = 'empty';
    this.feed = null;
    this.problems = [];
    this.host.requestUpdate();
  }

  retry(): void {
    if (this.retryAdopted) return this.retryAdopted();
    this.load(this.lastSource);
  }

  /** Takes a feed another element loaded (a dossier's): no request, no events of its own. */
  adopt(state: AdoptedState, retry?: () => void): void {
    ++this.generation;
    this.request?.abort();
    this.adopted = true;
    this.adoptedState = state;
    this.parsed = null;
    const refuse = state.status === 'ready' && this.isStrict() && errorsOf(state.problems).length > 0;
    this.refusedAsStrict = refuse || state.refusedAsStrict === true;
    this.status = refuse ? 'error' : state.status;
    this.feed = refuse ? null : state.feed;
    this.problems = state.problems;
    this.networkError = state.networkError;
    this.networkSay = state.networkSay ?? null;
    this.progress = state.progress ?? null;
    this.retryAdopted = retry;
    this.host.requestUpdate();
  }

  /** Applies a change of the host's `strict` to the feed it has, without fetching or parsing again. */
  restrict(): void {
    const source = this.adoptedState ?? this.parsed;
    const drawable = this.adoptedState ? this.adoptedState.status === 'ready' && !this.adoptedState.refusedAsStrict : this.parsed?.feed != null;
    if (!source || !drawable || (this.isStrict() && errorsOf(source.problems).length > 0) === this.refusedAsStrict) return;
    if (this.adoptedState) this.adopt(this.adoptedState, this.retryAdopted);
    else if (this.parsed) this.settle(this.parsed.feed, this.parsed.problems);
  }

  private inlineJSON(): string | null {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    return script ? (script.textContent ?? '') : null;
  }

  private async fetch(src: string, generation: number) {
    const request = new AbortController();
    this.request = request;
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      const onProgress = (read: number, total: number) => {
        if (generation !== this.generation) return;
        this.progress = [read, total];
        this.host.requestUpdate();
      };
      const text = await fetchFeedText(new URL(src, document.baseURI).href, request.signal, { ...feedLimits(this.options()), onProgress });
      if (generation !== this.generation) return;
      this.progress = null;
      this.accept(text, generation);
    } catch (e) {
      if (generation !== this.generation || request.signal.aborted) return;
      const known = e instanceof FeedFetchError;
      this.networkSay = known ? e.say : null;
      this.fail([], { message: known ? e.message : `The feed could not be loaded: ${(e as Error)?.message}`, status: known ? e.status : undefined });
    }
  }

  private accept(input: unknown, generation: number) {
    if (generation !== this.generation) return;
    const { feed, problems } = parseFeed(input);
    this.parsed = { feed, problems };
    this.settle(feed, problems);
  }

  private settle(feed: Feed | null, problems: Problem[]) {
    this.problems = problems;
    this.refusedAsStrict = feed !== null && this.isStrict() && errorsOf(problems).length > 0;
    if (!feed || this.refusedAsStrict) {
      this.fail(problems);
      return;
    }
    this.feed = feed;
    this.status = 'ready';
    this.logWarnings(feed, problems);
    this.host.requestUpdate();
    this.host.dispatchEvent(new PkFeedLoadEvent({ feed, problems }));
  }

  private fail(problems: Problem[], network?: { message: string; status?: number }) {
    this.status = 'error';
    this.progress = null;
    this.feed = null;
    this.problems = problems;
    this.networkError = network?.message ?? null;
    this.host.requestUpdate();
    this.host.dispatchEvent(new PkFeedErrorEvent({ problems, network, ...(this.refusedAsStrict ? { strict: true } : {}) }));
  }

  /** Warnings are logged once per feed object, not on every render. */
  private logWarnings(feed: Feed, problems: Problem[]) {
    const warnings = problems.length - errorsOf(problems).length;
    if (problems.length === 0 || this.warned.has(feed)) return;
    this.warned.add(feed);
    console.warn(`peacekit <${this.host.localName}>: ${problems.length} problem(s) in the feed (${warnings} warning(s)); see the element's "problems" property.`);
  }
}
