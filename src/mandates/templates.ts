/**
 * The templates of `<pk-mandate-trends>`: the grid, its legend, the details of the current cell and the
 * table alternative. Feed text is bound as text; a link goes only to undocs.org or a source's
 * http, https or mailto address.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { textOf, type Feed, type Source } from '../model/index.js';
import type { Messages } from '../shared/messages/en.js';
import { safeHref } from '../matrix/details.js';
import { STATE_MARKS, type CellView, type ColumnView, type RowView, type TrendLayout } from './layout.js';

/** Each navigable row's cells, in order: the resolutions' header (one mission), then the task rows. */
export function navigableRows(layout: TrendLayout): number[] {
  const tasks = layout.rows.filter((r) => r.kind === 'task').map(() => layout.columns.length);
  return layout.view === 'mission' ? [layout.columns.length, ...tasks] : tasks;
}

function renderColumn(c: ColumnView, j: number, view: TrendLayout['view']): TemplateResult {
  if (view === 'missions') return html`<th scope="col" class="area-col"><span>${c.title}</span></th>`;
  return html`<th scope="col" tabindex="-1" data-r="0" data-c=${j} class="res ${c.current ? 'current' : ''}" aria-label=${c.label}
      aria-current=${c.current ? 'date' : nothing}>
    ${c.href ? html`<a href=${c.href} tabindex="-1" target="_blank" rel="noopener noreferrer" part="resolution-link">${c.title}</a>` : html`<span class="num">${c.title}</span>`}
    <span class="date">${c.dateText}</span>
    ${c.period ? html`<span class="period">${c.period}</span>` : nothing}
    ${c.flags.length ? html`<span class="flags">${c.flags.map((f) => html`<abbr part="flag" title=${f.label}>${f.short}</abbr>`)}</span>` : nothing}
  </th>`;
}

function renderCell(cell: CellView, r: number, j: number, view: TrendLayout['view']): TemplateResult {
  return html`<td tabindex="-1" data-r=${r} data-c=${j} class="s-${cell.state}" aria-label=${cell.label}>${cell.state === 'none' && !cell.symbol
    ? nothing
    // The mark is drawn by CSS from data-m, out of the cell's text: the cell's name is its full sentence.
    : html`<span class="mark ${view}" part="mark" aria-hidden="true" data-m=${`${cell.symbol}${cell.glyph}`}></span>`}</td>`;
}

/** The grid: an ARIA grid with one tab stop (the element moves it), columns and rows from the layout. */
export function renderGrid(layout: TrendLayout, t: Messages, related: ReadonlySet<string>): TemplateResult {
  const span = layout.columns.length + 1;
  // A task row's index among the navigable rows (the header is row 0 in the one-mission view).
  const navRow = new Map<RowView, number>();
  let next = layout.view === 'mission' ? 1 : 0;
  for (const row of layout.rows) if (row.kind === 'task') navRow.set(row, next++);
  return html`<table role="grid" part="grid" class=${layout.view} aria-describedby="keys"
      aria-rowcount=${layout.rows.length + 1} aria-colcount=${span}>
    <caption class="visually-hidden">${layout.caption}</caption>
    <thead><tr><th scope="col" class="corner">${layout.view === 'mission' ? t.mandates.taskHeader : t.mandates.missionHeader}</th>
      ${layout.columns.map((c, j) => renderColumn(c, j, layout.view))}</tr></thead>
    <tbody>${layout.rows.map((row: RowView) => row.kind === 'area'
      ? html`<tr class="area"><th scope="rowgroup" colspan=${span}>${row.label} (${row.count})</th></tr>`
      : html`<tr class=${related.has(row.id) ? 'related' : ''}><th scope="row">${row.label}</th>${row.cells.map((cell, j) => renderCell(cell, navRow.get(row)!, j, layout.view))}</tr>`)}</tbody>
  </table>`;
}

export function renderLegend(layout: TrendLayout, t: Messages): TemplateResult {
  const tm = t.mandates;
  return html`<div class="legend" part="legend">
    <div class="chips" role="group" aria-label=${tm.statesLabel}><span>${tm.statesLabel}</span>
      ${layout.states.map((s) => html`<span class="item"><span class="mark sample s-${s} ${layout.view}" aria-hidden="true">${layout.view === 'missions' ? '' : STATE_MARKS[s].symbol}</span> ${tm.states[s]}</span>`)}
    </div>
    ${layout.kinds.length ? html`<div class="chips" role="group" aria-label=${tm.kindsLabel}><span>${tm.kindsLabel}</span>
      ${layout.kinds.map((k) => html`<span class="item"><b class="kind">${k.glyph}</b> ${k.label}</span>`)}</div>` : nothing}
    ${layout.flags.length ? html`<div class="chips" role="group" aria-label=${tm.flagsLabel}><span>${tm.flagsLabel}</span>
      ${layout.flags.map((f) => html`<span class="item"><abbr>${f.short}</abbr> ${f.label}</span>`)}</div>` : nothing}
  </div>`;
}

export interface DetailsContext {
  feed: Feed;
  lang: string;
  t: Messages;
  sources: Map<string, Source>;
}

function sourceLink(id: string, c: DetailsContext): TemplateResult {
  const s = c.sources.get(id);
  const label = s ? textOf(s.label, c.lang, c.feed.lang) : id;
  const href = safeHref(s?.url);
  return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer" part="source-link">${label}</a>` : html`${label}`;
}

/** The current cell: its state, kind, the resolution's words and where they are. */
export function renderDetails(layout: TrendLayout, pos: { row: number; col: number } | null, c: DetailsContext): TemplateResult {
  const tm = c.t.mandates;
  const rows = layout.rows.filter((r) => r.kind === 'task');
  const row = pos && rows[pos.row - (layout.view === 'mission' ? 1 : 0)];
  const cell = row && row.kind === 'task' ? row.cells[pos!.col] : undefined;
  const column = pos ? layout.columns[pos.col] : undefined;
  if (!pos || !column) return html`<p class="hint">${tm.detailsHint}</p>`;
  const resolution = html`${column.href ? html`<a href=${column.href} target="_blank" rel="noopener noreferrer" part="resolution-link">${tm.resolution(column.title)}</a>` : tm.resolution(column.title)}`;
  if (layout.view === 'mission' && !cell) {
    return html`<h3>${resolution} · ${column.dateText}</h3>${column.period ? html`<p>${column.period}</p>` : nothing}
      ${column.flags.length ? html`<p>${column.flags.map((f) => f.label).join(' · ')}</p>` : nothing}`;
  }
  if (!cell || !row || row.kind !== 'task') return html`<p class="hint">${tm.detailsHint}</p>`;
  if (layout.view === 'missions') {
    return html`<h3>${row.label} · ${column.title}</h3>${cell.note ? html`<ul class="entries">${cell.note.split('\n').map((n) => html`<li>${n}</li>`)}</ul>` : html`<p class="hint">${cell.label}</p>`}`;
  }
  const task = cell.task;
  const sources = task?.source ? [task.source] : column.sources;
  return html`<h3>${row.label} · ${resolution}</h3>
    <p><span class="mark sample s-${cell.state} mission" aria-hidden="true">${cell.symbol}</span> ${tm.states[cell.state]}${task?.kind ? ` · ${c.t.matrix.roles[task.kind] ?? task.kind}` : ''}${cell.note ? ` (${cell.note})` : ''}</p>
    ${task?.wording ? html`<blockquote>${textOf(task.wording, c.lang, c.feed.lang)}</blockquote>` : nothing}
    ${task?.paragraph ? html`<p class="hint">${tm.paragraph(task.paragraph)}</p>` : nothing}
    ${sources.length ? html`<p class="hint">${c.t.matrix.sources}: ${sources.map((s) => sourceLink(s, c))}</p>` : nothing}`;
}

/** The accessible alternative: every task of every resolution (one mission), or every area of every mission, as a plain table. */
export function renderTable(layout: TrendLayout, c: DetailsContext, open: boolean, onToggle: (e: Event) => void): TemplateResult {
  const tm = c.t.mandates;
  const cols = tm.columns;
  const body = () => layout.view === 'mission'
    ? layout.columns.map((col, j) => html`<tbody><tr><th scope="rowgroup" colspan="6">${col.href ? html`<a href=${col.href} target="_blank" rel="noopener noreferrer">${tm.resolution(col.title)}</a>` : tm.resolution(col.title)} · ${col.dateText}${col.period ? ` · ${col.period}` : ''}</th></tr>
        ${layout.rows.map((row) => {
          if (row.kind !== 'task') return nothing;
          const cell = row.cells[j];
          if (cell.state === 'none') return nothing;
          return html`<tr><td>${areaOf(layout, row.id)}</td><td>${row.label}</td><td>${tm.states[cell.state]}${cell.note ? ` (${cell.note})` : ''}</td>
            <td>${cell.task?.kind ? c.t.matrix.roles[cell.task.kind] ?? cell.task.kind : ''}</td>
            <td>${cell.task?.wording ? textOf(cell.task.wording, c.lang, c.feed.lang) : ''}</td><td>${cell.task?.paragraph ?? ''}</td></tr>`;
        })}</tbody>`)
    : html`<tbody>${layout.rows.map((row) => row.kind !== 'task' ? nothing : row.cells.map((cell, j) => html`<tr><td>${row.label}</td><td>${layout.columns[j].title}</td><td>${cell.note.split('\n').join('; ')}</td></tr>`))}</tbody>`;
  return html`<details class="table" part="table" @toggle=${onToggle}>
    <summary>${layout.view === 'mission' ? tm.table(layout.tasks) : tm.tableMissions(layout.tasks)}</summary>
    ${open ? html`<div class="table-wrap"><table>
      <thead><tr>${layout.view === 'mission'
        ? html`<th scope="col">${cols.area}</th><th scope="col">${cols.task}</th><th scope="col">${cols.state}</th><th scope="col">${cols.kind}</th><th scope="col">${cols.wording}</th><th scope="col">${cols.paragraph}</th>`
        : html`<th scope="col">${tm.missionHeader}</th><th scope="col">${cols.area}</th><th scope="col">${cols.task}</th>`}</tr></thead>
      ${body()}
    </table></div>` : nothing}
  </details>`;
}

function areaOf(layout: TrendLayout, sector: string): string {
  let area = '';
  for (const r of layout.rows) {
    if (r.kind === 'area') area = r.label;
    else if (r.id === sector) return area;
  }
  return area;
}
