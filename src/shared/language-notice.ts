/**
 * The line an element shows when its language's strings did not load (a time-out, the network, a CSP
 * that blocks the module): in that language, from a sentence the bundle carries, and in English, the
 * language the element then draws in.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { languageFailure, primaryOf } from './i18n.js';
import type { Messages } from './messages/en.js';
import { UNAVAILABLE } from './messages/unavailable.js';
import { displayNames } from '../model/intl.js';

export function renderLanguageNotice(lang: string, t: Messages): TemplateResult | typeof nothing {
  const reason = languageFailure(lang);
  if (reason === undefined) return nothing;
  const code = primaryOf(lang);
  let name = code;
  try {
    name = displayNames(['en'], { type: 'language' })?.of(code) ?? code;
  } catch {
    // Not a language tag: its code.
  }
  const native = UNAVAILABLE[code];
  return html`<p class="pk-language-notice" role="status" part="language-notice" title=${reason}>
    ${native ? html`<span lang=${code} dir=${code === 'ar' ? 'rtl' : 'ltr'}>${native}</span> ` : nothing}<span lang="en" dir="ltr">${t.languageFailed(name)}</span>
  </p>`;
}

export const languageNoticeStyles = css`
  .pk-language-notice {
    margin-block: 0 var(--pk-space-2);
    padding: var(--pk-space-1) var(--pk-space-2);
    border: 1px solid var(--pk-color-border);
    border-inline-start: 4px solid var(--pk-color-warning);
    border-radius: var(--pk-radius);
    font-size: var(--pk-font-size-s);
  }
  .pk-language-notice > span { unicode-bidi: isolate; }
`;
