/**
 * Fetches a feed's text with a time limit and a size limit, so a bad server cannot hang the page, and
 * refuses an HTML page answered instead (a portal's sign-in or error page served with status 200).
 * `fetchJSON` parses the text: for any JSON the kit fetches (feeds, briefings, base maps).
 * Failures are `FeedFetchError`s: a sentence naming the URL, in English (`message`) and in any of the
 * kit's languages (`say`, read by the error state).
 *
 * Feeds and briefings are fetched with the page's settings (`setFeedOptions`, or an element's own
 * `credentials`, `fetcher`, `timeout` and `max-size`); the base maps, the kit's own files, are not.
 */
import { en, type Messages } from './messages/en.js';

type FetchMessages = Messages['fetch'];

export class FeedFetchError extends Error {
  constructor(readonly say: (t: FetchMessages) => string, readonly status?: number) {
    super(say(en.fetch));
  }
}

/** What fetches a feed: the page's `fetch` by default; one of your own adds headers or a token. */
export type FeedFetcher = (url: string, init: RequestInit) => Promise<Response>;

/** How feeds are fetched: for the whole page (`setFeedOptions`) or one element (its properties). */
export interface FeedOptions {
  /** Cookies and HTTP authentication: `omit`, `same-origin` (fetch's default) or `include`. */
  credentials?: RequestCredentials;
  /** The fetch to use, e.g. `(url, init) => fetch(url, { ...init, headers: { authorization: 'Bearer …' } })`. */
  fetch?: FeedFetcher;
  /** Seconds to wait for the whole answer (20 by default). */
  timeout?: number;
  /** The largest feed read, in megabytes (20 by default). */
  maxSize?: number;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  credentials?: RequestCredentials;
  fetch?: FeedFetcher;
  /** Told the bytes read so far and the announced length (0 when the server gave none), chunk by chunk. */
  onProgress?: (read: number, total: number) => void;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024 };

const pageOptions: FeedOptions = {};

/**
 * Sets how every feed (and briefing) on the page is fetched, unless an element says otherwise: to send
 * cookies to another origin (`credentials: 'include'`), add a header or token (`fetch`), or change the
 * time-out and size cap. Options given replace earlier ones; `undefined` restores the default.
 */
export function setFeedOptions(options: FeedOptions): void {
  Object.assign(pageOptions, options);
}

const positive = (x?: number): number | undefined => (x! > 0 ? x : undefined);

/** The limits of a feed fetch: the element's options, else the page's, else the defaults. */
export function feedLimits(own: FeedOptions = {}): FetchLimits {
  const timeout = positive(own.timeout) ?? positive(pageOptions.timeout);
  const maxSize = positive(own.maxSize) ?? positive(pageOptions.maxSize);
  return {
    // setTimeout's longest delay is 2^31 - 1 ms (24.8 days); a longer one would fire at once.
    timeoutMs: timeout ? Math.min(timeout * 1000, 2 ** 31 - 1) : DEFAULT_LIMITS.timeoutMs,
    maxBytes: maxSize ? maxSize * 1024 * 1024 : DEFAULT_LIMITS.maxBytes,
    credentials: own.credentials || pageOptions.credentials,
    fetch: own.fetch ?? pageOptions.fetch,
  };
}

/**
 * Whether an answer is a web page rather than JSON: markup (no JSON starts with "<": an HTML sign-in or
 * error page served with 200, an XML "access denied"), or `text/html` that does not start like JSON.
 */
export function isWebPage(text: string, contentType: string | null): boolean {
  return /^\s*</.test(text) || (/html/i.test(contentType ?? '') && !/^\s*[[{]/.test(text));
}

/**
 * Fetches and parses JSON under the same limits as a feed (`DEFAULT_LIMITS` unless given): a time-out,
 * a size cap, an HTTP error, an HTML page where JSON was expected and text that is not JSON each
 * reject with a `FeedFetchError` saying so. An abort through `signal` rejects with its AbortError.
 */
export async function fetchJSON(url: string, signal: AbortSignal = new AbortController().signal, limits: FetchLimits = DEFAULT_LIMITS): Promise<unknown> {
  const text = await fetchFeedText(url, signal, limits);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new FeedFetchError((t) => t.notJSON(url, (e as Error).message));
  }
}

/** The answer's text; a web page (`isWebPage`) is refused, with a message that says so. */
export async function fetchFeedText(url: string, signal: AbortSignal, limits: FetchLimits = feedLimits()): Promise<string> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), limits.timeoutMs);
  const both = AbortSignal.any([signal, timeout.signal]);
  const seconds = Number((limits.timeoutMs / 1000).toPrecision(2));
  const networkError = (e: unknown): Error => {
    if (timeout.signal.aborted) return new FeedFetchError((t) => t.timeout(url, seconds));
    if ((e as Error)?.name === 'AbortError') return e as Error;
    return new FeedFetchError((t) => t.unreachable(url, (e as Error)?.message ?? 'network error'));
  };
  const tooBig = () => new FeedFetchError((t) => t.tooBig(url, Number((limits.maxBytes / 1024 / 1024).toPrecision(2))));
  try {
    let response: Response;
    try {
      response = await (limits.fetch ?? fetch)(url, { signal: both, headers: { accept: 'application/json' }, credentials: limits.credentials });
    } catch (e) {
      throw networkError(e);
    }
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new FeedFetchError((t) => t.status(url, status), response.status);
    }
    const total = Number(response.headers.get('content-length') ?? 0);
    if (total > limits.maxBytes) throw tooBig();
    const text = await readText(response, limits, total, tooBig, networkError);
    if (isWebPage(text, response.headers.get('content-type'))) throw new FeedFetchError((t) => t.webPage(url));
    return text;
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body chunk by chunk, telling the progress, and stops at the size cap. */
async function readText(response: Response, limits: FetchLimits, total: number, tooBig: () => Error, networkError: (e: unknown) => Error): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (e) {
      throw networkError(e);
    }
    if (chunk.done) return new Blob(chunks as BlobPart[]).text();
    size += chunk.value.byteLength;
    if (size > limits.maxBytes) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(chunk.value);
    limits.onProgress?.(size, total);
  }
}
