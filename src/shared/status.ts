/** The states every element shares before it can draw: loading, nothing to show, and errors. */
import { css, html, nothing, type TemplateResult } from 'lit';
import { errorsOf } from '../model/index.js';
import type { FeedController } from './feed-controller.js';
import { messagesFor } from './i18n.js';

const MAX_LISTED = 8;
/** A feed shows how much of it has been read from this size on (bytes read or announced). */
const LARGE = 1024 * 1024;

/** Renders the loading or error state, or `null` when the feed is ready to draw. */
export function renderStatus(feed: FeedController, lang: string): TemplateResult | null {
  const t = messagesFor(lang);
  if (feed.status === 'loading') {
    // The bytes read of a large feed; a length the server announced is the bar's end (a compressed
    // length, smaller than what is read, is not).
    const [read, announced] = feed.progress ?? [0, 0];
    const total = announced >= read ? announced : 0;
    const mb = (n: number) => (n ? new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n / LARGE) : '');
    return renderNotice(t.loading, Math.max(read, total) < LARGE ? nothing : html`<progress value=${total ? read : nothing} max=${total || nothing} aria-label=${t.loading}></progress>
      <span>${t.loadingProgress(mb(read), mb(total))}</span>`);
  }
  if (feed.status === 'empty') {
    return html`<div class="pk-status" role="status" part="status">${t.noFeed}</div>`;
  }
  if (feed.status === 'error') {
    const errors = errorsOf(feed.problems);
    return html`<div class="pk-status pk-error" role="alert" part="error">
      <strong>${feed.networkError ? t.loadFailed : t.feedInvalid}</strong>
      ${feed.networkError ? html`<p>${feed.networkSay?.(t.fetch) ?? feed.networkError}</p>` : nothing}
      ${feed.refusedAsStrict ? html`<p>${t.problems.strict}</p>` : nothing}
      ${errors.length
        ? html`<ul>${errors.slice(0, MAX_LISTED).map((p) => html`<li><span lang="en" dir="ltr"><code>${p.path || t.wholeFeed}</code> ${p.message}</span></li>`)}</ul>
            ${errors.length > MAX_LISTED ? html`<p>${t.moreProblems(errors.length - MAX_LISTED)}</p>` : nothing}`
        : nothing}
      ${feed.networkError ? html`<button type="button" @click=${() => feed.retry()}>${t.retry}</button>` : nothing}
    </div>`;
  }
  return null;
}

/**
 * A one-line message in place of a widget's drawing ("This feed has no sites for UNMIL"). With
 * `loading` (what is still loading: `nothing`, or a progress bar), the message keeps the room of the
 * drawing to come (`--pk-loading-height`), so that nothing below it moves when the drawing arrives.
 */
export function renderNotice(message: string, loading?: unknown): TemplateResult {
  return loading === undefined
    ? html`<div class="pk-status" role="status" part="status">${message}</div>`
    : html`<div class="pk-status pk-loading" role="status" part="status" aria-busy="true"><span>${message}</span>${loading}</div>`;
}


export const statusStyles = css`
  .pk-status {
    padding: var(--pk-space-4);
    border: 1px solid var(--pk-color-border);
    border-radius: var(--pk-radius);
    background: var(--pk-color-surface);
    color: var(--pk-color-text);
  }
  /* Room for the drawing to come (docs/loading.md): about the element's height on the demo feeds at
     900 px, or --pk-loading-height. The matrix and the map set their own (their styles.ts). */
  .pk-loading {
    box-sizing: border-box; min-height: var(--pk-loading-height, 660px);
    display: flex; flex-direction: column; align-items: center; justify-content: center; gap: var(--pk-space-2);
  }
  .pk-loading progress { inline-size: min(20em, 80%); accent-color: var(--pk-color-accent); }
  .pk-error { border-color: var(--pk-color-error); }
  .pk-error strong { color: var(--pk-color-error); }
  .pk-error ul { margin: var(--pk-space-2) 0; padding-inline-start: var(--pk-space-5); }
  .pk-error code { font-size: var(--pk-font-size-s); overflow-wrap: anywhere; }
  .pk-error li { overflow-wrap: anywhere; }
`;
