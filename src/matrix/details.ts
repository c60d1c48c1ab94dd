/**
 * The panel beside the grid: the focused or hovered cell's roles with their level, dates, notes and
 * sources. Feed text is bound as text; a source becomes a link only for http, https and mailto URLs.
 * Nobody needs it to see the matrix: the element loads it when a cell is first hovered or focused.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatRange, textOf, type Feed, type Source } from '../model/index.js';
import type { CellRole, MatrixCell, MatrixMessages } from './layout.js';
import { renderGlyph } from './templates.js';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The URL to link to, or `null` when it is not an absolute http, https or mailto URL. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

export interface DetailsContext {
  feed: Feed;
  lang: string;
  t: MatrixMessages;
  ongoing: string;
  sources: Map<string, Source>;
  actorName: (id: string) => string;
  sectorLabel: string;
}

export function renderDetails(cell: MatrixCell | undefined, c: DetailsContext): TemplateResult {
  if (!cell) return html`<p class="hint">${c.t.detailsHint}</p>`;
  const { t } = c;
  const actor = c.actorName(cell.actor);
  return html`<h3>${c.sectorLabel} · ${actor}</h3>
    ${cell.roles.length
      ? html`<ul class="entries">${cell.roles.map((r) => renderEntry(r, c))}</ul>`
      : html`<p class="hint">${t.detailsEmpty(c.sectorLabel, actor)}</p>`}`;
}

function renderEntry(r: CellRole, c: DetailsContext): TemplateResult {
  const { t } = c;
  const res = r.entry.responsibility;
  const change = r.mark === 'moved-out' && r.counterpart
    ? t.movedTo(c.actorName(r.counterpart))
    : r.mark === 'moved-in' && r.counterpart
      ? t.movedFrom(c.actorName(r.counterpart))
      : r.mark === 'transferred-out' && r.counterparts
        ? t.transferredTo(t.list(r.counterparts.map(c.actorName)))
        : r.mark === 'transferred-in' && r.counterparts
          ? t.transferredFrom(c.actorName(r.counterparts[0]))
          : t.marks[r.mark];
  const note = res.note ? textOf(res.note, c.lang, c.feed.lang) : '';
  const sources = (res.sources ?? []).map((id) => c.sources.get(id)).filter((s): s is Source => !!s);
  return html`<li>
    ${renderGlyph(r)}
    <div>
      <strong>${r.label}</strong>${change ? html` <em class="change">${change}</em>` : nothing}
      <span class="meta">${res.level ? html`${t.atLevel(t.levels[res.level] ?? res.level)} · ` : nothing}${formatRange(res, c.lang, c.ongoing)}</span>
      ${note ? html`<p class="note">${note}</p>` : nothing}
      ${sources.length
        ? html`<p class="sources">${t.sources}: ${sources.map((s, i) => html`${i ? ', ' : ''}${renderSource(s, c)}`)}</p>`
        : nothing}
    </div>
  </li>`;
}

function renderSource(s: Source, c: DetailsContext): TemplateResult {
  const label = textOf(s.label, c.lang, c.feed.lang);
  const href = safeHref(s.url);
  return href
    ? html`<a href=${href} target="_blank" rel="noopener noreferrer" part="source-link">${label}</a>`
    : html`<span class="source">${label}${s.url ? html` (${s.url})` : nothing}</span>`;
}
