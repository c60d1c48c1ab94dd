/** The states every element shares before it can draw: loading, nothing to show, and errors. */
import { css, html, nothing, type TemplateResult } from 'lit';
import { errorsOf } from '../model/index.js';
import type { FeedController } from './feed-controller.js';
import { messagesFor } from './i18n.js';

const MAX_LISTED = 8;

/** Renders the loading or error state, or `null` when the feed is ready to draw. */
export function renderStatus(feed: FeedController, lang: string): TemplateResult | null {
  const t = messagesFor(lang);
  if (feed.status === 'loading') {
    return html`<div class="pk-status" role="status" part="status" aria-busy="true">${t.loading}</div>`;
  }
  if (feed.status === 'empty') {
    return html`<div class="pk-status" role="status" part="status">${t.noFeed}</div>`;
  }
  if (feed.status === 'error') {
    const errors = errorsOf(feed.problems);
    return html`<div class="pk-status pk-error" role="alert" part="error">
      <strong>${feed.networkError ? t.loadFailed : t.feedInvalid}</strong>
      ${feed.networkError ? html`<p>${feed.networkError}</p>` : nothing}
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

/** A one-line message in place of a widget's drawing ("This feed has no sites for UNMIL"). */
export function renderNotice(message: string): TemplateResult {
  return html`<div class="pk-status" role="status" part="status">${message}</div>`;
}


export const statusStyles = css`
  .pk-status {
    padding: var(--pk-space-4);
    border: 1px solid var(--pk-color-border);
    border-radius: var(--pk-radius);
    background: var(--pk-color-surface);
    color: var(--pk-color-text);
  }
  .pk-error { border-color: var(--pk-color-error); }
  .pk-error strong { color: var(--pk-color-error); }
  .pk-error ul { margin: var(--pk-space-2) 0; padding-inline-start: var(--pk-space-5); }
  .pk-error code { font-size: var(--pk-font-size-s); overflow-wrap: anywhere; }
  .pk-error li { overflow-wrap: anywhere; }
`;
