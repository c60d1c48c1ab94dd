/**
 * The templates of `<pk-mandate-trends over="years">`: the small multiples as one ARIA grid (a row
 * group per priority area, one tab stop for all panels), their legend, the details of the current cell
 * and the table alternative. Feed text is bound as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../shared/messages/en.js';
import type { PanelView, YearsLayout } from './years-layout.js';

/** Each navigable row's cells: every panel's missions, then its share row, one cell per year. */
export function navigableYearRows(layout: YearsLayout): number[] {
  return layout.nav.map(() => layout.years.length);
}

/** A share as a bar: SVG attributes, not a style (nothing to allow under a strict Content-Security-Policy). */
function bar(ratio: number): TemplateResult {
  const h = Math.round(ratio * 100);
  return html`<svg class="bar" aria-hidden="true" viewBox="0 0 1 100" preserveAspectRatio="none"><rect y=${100 - h} width="1" height=${h}></rect>
    <line x1="0" x2="1" y1=${100 - h} y2=${100 - h} vector-effect="non-scaling-stroke"></line></svg>`;
}

function renderPanel(layout: YearsLayout, panel: PanelView, p: number, firstRow: number, t: Messages): TemplateResult {
  const ty = t.mandates.years;
  const n = layout.years.length;
  const now = (j: number) => (j === layout.current ? ' now' : '');
  const ticks = new Set(layout.ticks);
  return html`<div role="rowgroup" class="panel" data-p=${p} aria-label=${panel.title}>
    <div role="row" class="title"><div role="rowheader" aria-colspan=${n + 1}>
      <h3>${panel.title}${panel.note ? html` <span class="note">· ${panel.note}</span>` : nothing}</h3>
      <p class="counts">${panel.counts.map((c, i) => html`${i ? ' · ' : ''}<span>${c.text}</span>`)}</p>
    </div></div>
    ${panel.rows.map((row, r) => html`<div role="row" class="mission"><div role="rowheader" class="head">${row.label}</div>${row.cells.map((cell, j) =>
      html`<div role="gridcell" tabindex="-1" data-r=${firstRow + r} data-c=${j} class="cell f-${cell.fill}${now(j)}" aria-label=${cell.label}></div>`)}</div>`)}
    <div role="row" class="share"><div role="rowheader" class="head">${ty.share}</div>${panel.share.map((s, j) =>
      html`<div role="gridcell" tabindex="-1" data-r=${firstRow + panel.rows.length} data-c=${j} class="cell${now(j)}" aria-label=${s.label}>${s.ratio > 0 ? bar(s.ratio) : nothing}</div>`)}</div>
    <div role="row" class="axis"><div role="columnheader" class="head"><span class="visually-hidden">${ty.columns.year}</span></div>${layout.years.map((year, j) =>
      html`<div role="columnheader" data-c=${j} class="tick${now(j)}" aria-current=${j === layout.current ? 'date' : nothing}>${ticks.has(j) ? html`<span>${year}</span>` : html`<span class="visually-hidden">${year}</span>`}</div>`)}</div>
  </div>`;
}

/** The small multiples: one ARIA grid, a row group per priority area on one shared year scale. */
export function renderYearsGrid(layout: YearsLayout, t: Messages): TemplateResult {
  let row = 0;
  const firsts = layout.panels.map((p) => {
    const first = row;
    row += p.rows.length + 1;
    return first;
  });
  return html`<div role="grid" part="grid" class="years" aria-label=${layout.caption} aria-describedby="keys"
      aria-colcount=${layout.years.length + 1}>
    ${layout.panels.map((panel, p) => renderPanel(layout, panel, p, firsts[p], t))}
  </div>`;
}

export function renderYearsLegend(t: Messages): TemplateResult {
  const ty = t.mandates.years;
  return html`<div class="legend years" part="legend">
    <span class="item"><span class="key f-held" aria-hidden="true"></span> ${ty.held}</span>
    <span class="item"><span class="key f-without" aria-hidden="true"></span> ${ty.without}</span>
    <span class="item"><span class="key f-unknown" aria-hidden="true"></span> ${ty.unknown}</span>
    <span class="item"><span class="key f-none" aria-hidden="true"></span> ${ty.noMandate}</span>
    <span class="item"><span class="key share" aria-hidden="true"></span> ${ty.shareLegend}</span>
  </div>`;
}

/** The current cell: a mission's tasks in the area that year and its resolutions, or the year's share. */
export function renderYearsDetails(layout: YearsLayout, pos: { row: number; col: number } | null, t: Messages): TemplateResult {
  const ty = t.mandates.years;
  const nav = pos ? layout.nav[pos.row] : undefined;
  const panel = nav ? layout.panels[nav.panel] : undefined;
  const year = pos ? layout.years[pos.col] : undefined;
  if (!nav || !panel || year === undefined) return html`<p class="hint">${t.mandates.detailsHint}</p>`;
  if (nav.row < 0) {
    const s = panel.share[pos!.col];
    return html`<h3>${panel.title} · ${year}</h3><p>${ty.count(year, s.n, s.of)}</p>
      ${s.missions.length ? html`<p class="hint">${s.missions.join(', ')}</p>` : nothing}`;
  }
  const row = panel.rows[nav.row];
  const cell = row.cells[pos!.col];
  return html`<h3>${row.label} · ${year}</h3><p>${panel.title}</p>
    ${cell.fill === 'none' || cell.fill === 'unknown' ? html`<p class="hint">${cell.fill === 'none' ? ty.noMandate : ty.unknown}</p>` : nothing}
    ${cell.tasks.length ? html`<ul class="entries">${cell.tasks.map((x) => html`<li>${x}</li>`)}</ul>` : nothing}
    ${cell.resolutions.length ? html`<p class="hint">${ty.under(cell.resolutions.join(', '))}</p>` : nothing}`;
}

/** The accessible alternative: for each area and year, how many missions carried it, and which. */
export function renderYearsTable(layout: YearsLayout, t: Messages, open: boolean, onToggle: (e: Event) => void): TemplateResult {
  const ty = t.mandates.years;
  return html`<details class="table" part="table" @toggle=${onToggle}>
    <summary>${ty.table}</summary>
    ${open ? html`<div class="table-wrap"><table>
      <thead><tr><th scope="col">${t.mandates.columns.area}</th><th scope="col">${ty.columns.year}</th><th scope="col">${ty.columns.count}</th><th scope="col">${ty.columns.missions}</th></tr></thead>
      ${layout.panels.map((panel) => html`<tbody>${panel.share.map((s) => s.of === 0 ? nothing : html`<tr><td>${panel.title}</td><td>${s.year}</td><td>${ty.ofMissions(s.n, s.of)}</td><td>${s.missions.join(', ')}</td></tr>`)}</tbody>`)}
    </table></div>` : nothing}
  </details>`;
}
