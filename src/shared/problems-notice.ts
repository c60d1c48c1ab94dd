/**
 * The one notice every element shows when the feed it draws had errors: a count of the entries that
 * could not be shown, which opens (a native <details>, so it works by keyboard and with screen readers
 * without script) onto every problem with its JSON path. Placed in the element's header, above the
 * drawing, never over its marks; the same line goes into the fine print of the element's exports
 * (problems-line.ts). Fetched by the first element whose feed had errors (feed-element.ts): a feed
 * without errors loads none of it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { entriesLeftOut, errorsOf, type Problem } from '../model/index.js';
import type { Messages } from './messages/en.js';

/** Enough to find the pattern in a broken feed; the element's `problems` property has them all. */
const MAX_LISTED = 50;

/** The notice, or nothing when the feed had no errors (warnings alone do not leave anything out). */
export function renderProblems(problems: readonly Problem[], t: Messages): TemplateResult | typeof nothing {
  const errors = errorsOf(problems);
  if (!errors.length) return nothing;
  return html`<details class="pk-problems" part="problems">
    <summary><span class="pk-problems-mark" aria-hidden="true">!</span>${t.problems.summary(entriesLeftOut(errors))}</summary>
    <div class="pk-problems-body" tabindex="0" role="group" aria-label=${t.problems.summary(entriesLeftOut(errors))}>
      <p>${t.problems.intro}</p>
      <ul>${errors.slice(0, MAX_LISTED).map((p) => html`<li><span lang="en" dir="ltr"><code>${p.path || t.wholeFeed}</code> ${p.message}</span></li>`)}</ul>
      ${errors.length > MAX_LISTED ? html`<p>${t.moreProblems(errors.length - MAX_LISTED)}</p>` : nothing}
    </div>
  </details>`;
}

export const problemsStyles = css`
  .pk-problems {
    font-size: var(--pk-font-size-s);
    color: var(--pk-color-text);
    background: var(--pk-color-surface);
    border: 1px solid var(--pk-color-border);
    border-inline-start: 4px solid var(--pk-color-warning);
    border-radius: var(--pk-radius);
    margin-block: 0 var(--pk-space-2);
    max-width: 100%;
  }
  .pk-problems > summary {
    cursor: pointer;
    padding: var(--pk-space-1) var(--pk-space-2);
    min-height: 32px;
    line-height: 24px;
  }
  .pk-problems-mark {
    display: inline-block;
    width: 18px;
    height: 18px;
    margin-inline: var(--pk-space-1) var(--pk-space-2);
    border-radius: 50%;
    background: var(--pk-color-warning);
    color: var(--pk-color-bg);
    font-weight: 700;
    font-size: var(--pk-font-size-xs);
    line-height: 18px;
    text-align: center;
    vertical-align: middle;
  }
  .pk-problems-body {
    padding: 0 var(--pk-space-3) var(--pk-space-2);
    max-height: 16em;
    overflow: auto;
  }
  .pk-problems-body p { margin: var(--pk-space-1) 0; color: var(--pk-color-text-muted); }
  .pk-problems-body ul { margin: 0; padding-inline-start: var(--pk-space-5); }
  .pk-problems-body li { overflow-wrap: anywhere; margin-block: 2px; }
  .pk-problems-body li > span { unicode-bidi: isolate; }
  .pk-problems-body code { font-size: var(--pk-font-size-xs); font-weight: 600; }
`;
