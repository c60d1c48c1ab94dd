/**
 * Fetches a feed's text with a time limit and a size limit, so a bad server cannot hang the page.
 * `fetchJSON` adds the check that the answer is JSON and not an HTML page (a portal's sign-in or
 * error page served with status 200): for any JSON the kit fetches (feeds, briefings, base maps).
 * Failures are `FeedFetchError`s whose message names the URL and says what went wrong in a sentence.
 */

export class FeedFetchError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
  }
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024 };

/** Whether text is an HTML page rather than JSON: what a sign-in or error page served with 200 looks like. */
export function looksLikeHTML(text: string): boolean {
  return /^\s*(<!doctype html|<html\b|<head\b|<body\b|<!--|<[a-z]+[\s>])/i.test(text.slice(0, 512));
}

/**
 * Fetches and parses JSON under the same limits as a feed (`DEFAULT_LIMITS` unless given): a time-out,
 * a size cap, an HTTP error, an HTML page where JSON was expected and text that is not JSON each
 * reject with a `FeedFetchError` saying so. An abort through `signal` rejects with its AbortError.
 */
export async function fetchJSON(url: string, signal: AbortSignal = new AbortController().signal, limits: FetchLimits = DEFAULT_LIMITS): Promise<unknown> {
  const text = await fetchFeedText(url, signal, limits);
  if (looksLikeHTML(text)) throw new FeedFetchError(`${url} answered with an HTML page, not JSON (a sign-in or error page?).`);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new FeedFetchError(`${url} is not JSON: ${(e as Error).message}`);
  }
}

export async function fetchFeedText(url: string, signal: AbortSignal, limits: FetchLimits = DEFAULT_LIMITS): Promise<string> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), limits.timeoutMs);
  const both = AbortSignal.any([signal, timeout.signal]);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: both, headers: { accept: 'application/json' } });
    } catch (e) {
      throw networkError(e, url, limits, timeout.signal);
    }
    if (!response.ok) {
      throw new FeedFetchError(`The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}.`, response.status);
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > limits.maxBytes) throw tooBig(url, limits);
    if (!response.body) return await response.text();
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (e) {
        throw networkError(e, url, limits, timeout.signal);
      }
      if (chunk.done) break;
      size += chunk.value.byteLength;
      if (size > limits.maxBytes) {
        await reader.cancel();
        throw tooBig(url, limits);
      }
      chunks.push(chunk.value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const c of chunks) {
      bytes.set(c, offset);
      offset += c.byteLength;
    }
    return new TextDecoder().decode(bytes);
  } finally {
    clearTimeout(timer);
  }
}

function networkError(e: unknown, url: string, limits: FetchLimits, timeout: AbortSignal): Error {
  if (timeout.aborted) return new FeedFetchError(`${url} did not answer within ${Math.round(limits.timeoutMs / 1000)} s.`);
  if ((e as Error)?.name === 'AbortError') return e as Error;
  return new FeedFetchError(`${url} could not be reached (${(e as Error)?.message ?? 'network error'}).`);
}

function tooBig(url: string, limits: FetchLimits): FeedFetchError {
  return new FeedFetchError(`${url} is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB; a feed should be far smaller.`);
}
