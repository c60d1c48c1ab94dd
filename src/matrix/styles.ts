/**
 * Styles of `<pk-sector-matrix>`. Public tokens are `--pk-matrix-*`; each has a private `--_*`
 * copy on :host so the rules read one name and a portal sets the other.
 */
import { css } from 'lit';

const HEX = /^#[0-9a-f]{3,8}$/i;

/**
 * One rule a role colour (`.c0 { --_c: …; --_ink: … }`), for the glyphs' classes (details.ts). The
 * colours come from the feed's vocabulary: only hex colours are written, anything else is grey.
 */
export function swatchRules(palette: readonly { color: string; ink: string }[]): string {
  const hex = (c: string) => (HEX.test(c) ? c : '#999999');
  return palette.map((p, i) => `.c${i}{--_c:${hex(p.color)};--_ink:${hex(p.ink)}}`).join('');
}

export const matrixStyles = css`
  /* The loading state's room (docs/loading.md). */
  :host .pk-loading { min-height: var(--pk-loading-height, 820px); }
  :host {
    --_highlight: var(--pk-matrix-highlight, color-mix(in srgb, var(--pk-color-focus) 13%, transparent));
    --_related: var(--pk-matrix-related, color-mix(in srgb, var(--pk-color-accent) 9%, transparent));
    --_rule: var(--pk-matrix-rule, color-mix(in srgb, var(--pk-color-border) 70%, transparent));
    --_header-bg: var(--pk-matrix-header-bg, var(--pk-color-bg));
    --_area-bg: var(--pk-matrix-area-bg, var(--pk-color-surface));
    /* 20 px for 12 px type; grows with --pk-font-size-xs (a briefing enlarges it). */
    --_glyph: var(--pk-matrix-glyph-size, calc(var(--pk-font-size-xs) * 5 / 3));
    --_max-height: var(--pk-matrix-max-height, 80vh);
    background: var(--pk-color-bg);
  }

  .summary {
    margin: 0 0 var(--pk-space-2);
    font-size: var(--pk-font-size-l);
    font-weight: 600;
    line-height: 1.35;
    text-wrap: pretty;
  }

  .toolbar, .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--pk-space-2) var(--pk-space-4);
    margin: 0 0 var(--pk-space-2);
    font-size: var(--pk-font-size-s);
    color: var(--pk-color-text-muted);
  }
  .toolbar select {
    font: inherit;
    color: var(--pk-color-text);
    background: var(--pk-color-bg);
    border: 1px solid var(--pk-color-border);
    border-radius: var(--pk-radius);
    min-height: 32px;
    padding: 0 var(--pk-space-1);
    margin-inline-start: var(--pk-space-1);
  }
  .chips { display: flex; flex-wrap: wrap; align-items: center; gap: var(--pk-space-1); }
  .chips > span:first-child { margin-inline-end: var(--pk-space-1); }
  .chips button[aria-pressed='true'] {
    border-color: var(--pk-color-text-muted);
    color: var(--pk-color-text);
  }
  .chips.types button[aria-pressed='true']::before { content: '✓'; margin-inline-end: var(--pk-space-1); }
  .chips button[aria-pressed='false'] {
    color: var(--pk-color-text-muted);
    text-decoration: line-through;
  }
  .chips button[aria-pressed='false'] .glyph { opacity: 0.35; }
  .legend button { display: inline-flex; align-items: center; gap: var(--pk-space-1); }
  .legend .item { display: inline-flex; align-items: center; gap: var(--pk-space-1); margin-inline-end: var(--pk-space-2); }
  .export { margin-inline-start: auto; }

  .body { display: grid; gap: var(--pk-space-3); }
  /* Wide containers: details beside the grid (a class from the layout, not a container query, which
     would cost every first render a containment pass). */
  /* The panel's widest is metrics.ts's DETAILS_WIDTH, which the layout keeps free of columns (written out
     here: an expression in this template would keep the build from minifying it). */
  .body.side { grid-template-columns: minmax(0, max-content) minmax(260px, 360px); align-items: start; }

  .scroller {
    position: relative;
    overflow: auto;
    max-height: var(--_max-height);
    max-width: 100%;
    overscroll-behavior-x: contain;
    /* A vertical scrollbar (classic, as in Firefox or on Windows) takes its room beside the grid, not from it. */
    scrollbar-gutter: stable;
    /* Keep a cell scrolled into view clear of the sticky headers. */
    scroll-padding-block-start: calc(var(--_group-h) + var(--_head-h));
    scroll-padding-inline-start: var(--_row-head-w);
  }
  .plane { position: relative; width: var(--_table-w); }

  /* A table in the document and the accessibility tree, laid out as grid rows: a row can then skip
     style and layout while off screen (content-visibility), which a table row cannot. */
  table {
    display: block;
    position: relative;
    z-index: 1;
    width: var(--_table-w);
    font-size: var(--pk-font-size-s);
  }
  thead { display: block; position: sticky; top: 0; z-index: 2; }
  tbody { display: block; }
  tr { display: grid; grid-template-columns: var(--_row-head-w) repeat(var(--_n), var(--_col-w)); }
  /* A long grid's rows off screen skip style and layout until scrolled near (a short one is laid out whole). */
  .long tbody tr { content-visibility: auto; contain-intrinsic-size: auto var(--_row-h); }

  /* One band a column behind the table: the focused column's highlight, a selection's related columns
     and the hairline between actor-type groups (national | mission | UN ...). */
  .columns { position: absolute; inset: 0; z-index: 0; pointer-events: none; }
  .columns > i {
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_row-head-w) + var(--_i) * var(--_col-w));
    width: var(--_col-w);
    box-sizing: border-box;
  }
  .columns > .hl { background: var(--_highlight); }
  .columns > .related { background: var(--_related); }
  .columns > .group-start { border-inline-start: 1px solid var(--_rule); }
  /* What a selection in another view relates to: a mission's column, a cell's row and column. */
  tr.actors th.related { box-shadow: inset 0 -3px var(--pk-color-accent); }
  tbody tr.related td { background: var(--_related); }
  tbody tr.related th[scope='row'] { box-shadow: inset 3px 0 var(--pk-color-accent); }

  thead th, thead td {
    background: var(--_header-bg);
    font-weight: 600;
    padding: 0 2px;
  }
  tr.groups > * {
    height: var(--_group-h);
    box-sizing: border-box;
    font-size: var(--pk-font-size-xs);
    line-height: calc(var(--_group-h) - 1px);
    color: var(--pk-color-text-muted);
    text-align: start;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    border-bottom: 1px solid var(--_rule);
    border-inline-start: 1px solid var(--_rule);
    padding-inline: var(--pk-space-1);
  }
  tr.actors > * {
    height: var(--_head-h);
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    justify-content: flex-end;
    text-align: center;
    border-bottom: 2px solid var(--pk-color-text);
    padding-block-end: var(--pk-space-1);
  }
  tr.actors span {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .vertical tr.actors th:not(.corner) span {
    display: inline-block;
    writing-mode: sideways-lr;
    max-height: calc(var(--_head-h) - 8px);
    align-self: center;
  }
  thead .corner {
    position: sticky;
    inset-inline-start: 0;
    z-index: 3;
    text-align: start;
    border-inline-start: 0;
    color: var(--pk-color-text-muted);
    padding-inline: var(--pk-space-2);
  }
  tr.actors th.hl { color: var(--pk-color-focus); box-shadow: inset 0 -3px var(--pk-color-focus); }

  tbody th[scope='row'] {
    display: flex;
    align-items: center;
    min-height: calc(var(--_glyph) + 10px);
    box-sizing: border-box;
    background: var(--_header-bg);
    font-weight: normal;
    text-align: start;
    padding: var(--pk-space-1) var(--pk-space-2);
    border-bottom: 1px solid var(--_rule);
    overflow-wrap: anywhere;
    line-height: 1.25;
  }
  /* A grid wider than its room scrolls sideways under the sector names (only then: a sticky box costs
     every row a layer of its own). */
  .scrolls tbody th[scope='row'] { position: sticky; inset-inline-start: 0; z-index: 1; }
  tbody tr.hl th[scope='row'] { box-shadow: inset 3px 0 var(--pk-color-focus); font-weight: 600; }
  :host(:state(rtl)) tbody tr.hl th[scope='row'] { box-shadow: inset -3px 0 var(--pk-color-focus); }
  tbody tr.hl td { background: var(--_highlight); }

  /* A cell wraps its glyphs, centred; the levels take a line of their own below them. */
  tbody td {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-content: center;
    gap: 3px 7px;
    min-height: calc(var(--_glyph) + 10px);
    box-sizing: border-box;
    padding: 3px 2px;
    text-align: center;
    border-bottom: 1px solid var(--_rule);
    cursor: default;
  }
  td:focus, tr.area th:focus { outline: none; }
  td:focus-visible, tr.area th:focus-visible {
    outline: 2px solid var(--pk-color-focus);
    outline-offset: -2px;
  }

  tr.area th {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    box-sizing: border-box;
    background: var(--_area-bg);
    text-align: start;
    font-weight: 600;
    padding: 0;
    height: var(--_row-h);
    border-bottom: 1px solid var(--_rule);
    cursor: pointer;
  }
  tr.area th > span {
    position: sticky;
    inset-inline-start: 0;
    display: inline-flex;
    align-items: center;
    gap: var(--pk-space-2);
    padding-inline: var(--pk-space-2);
  }
  .twisty {
    display: inline-block;
    width: 0;
    height: 0;
    border-inline-start: 5px solid currentColor;
    border-block: 4px solid transparent;
    transition: transform 120ms;
  }
  tr.area th[aria-expanded='true'] .twisty { transform: rotate(90deg); }

  /* Narrow columns (40 actors, phones): smaller glyphs so two roles sit side by side. */
  .compact { --_glyph: calc(var(--pk-matrix-glyph-size, calc(var(--pk-font-size-xs) * 5 / 3)) - 4px); }
  .compact tbody td { gap: 2px 3px; }
  .compact .glyph { border-radius: 3px; }
  .levels {
    display: block;
    flex-basis: 100%;
    margin-top: -2px; /* 1 px below the glyphs, less the row gap */
    font-size: var(--pk-font-size-xs);
    line-height: 1.1;
    color: var(--pk-color-text-muted);
  }

  .glyph {
    position: relative;
    display: inline-block;
    flex: none;
    width: var(--_glyph);
    height: var(--_glyph);
    text-align: center;
    /* The letter centred on the line: the glyph's height less its borders (box-sizing: border-box). */
    line-height: calc(var(--_glyph) - 3px);
    /* Light role colours (Monitor's yellow 1.3:1, Fund and Enable 2.3:1 on white) get an outline of
       their own hue darkened to 3.4:1 or more, so every chip stands out from the page (WCAG 1.4.11). */
    border: 1.5px solid light-dark(color-mix(in srgb, var(--_c) 55%, var(--pk-color-text)), var(--_c));
    border-radius: 4px;
    background: var(--_c);
    color: var(--_ink);
    font-size: var(--pk-font-size-xs);
    font-weight: 700;
  }
  /* The letter is decoration for assistive technology: the cell's label already names the role. */
  .glyph::before { content: attr(data-g) / ''; }
  .levels::before { content: attr(data-l) / ''; }
  /* Handover marks read without colour (WCAG 1.4.1): hollow + slash = ends, hollow + arrow out =
     passes on, arrow in = taken over, hollow + double arrow out = transferred (as the feed states),
     double arrow in = took over by transfer, plus sign = begins. */
  .glyph.m-ended, .glyph.m-moved-out, .glyph.m-transferred-out {
    background: transparent;
    color: var(--pk-color-text);
    border-style: dashed;
  }
  .glyph.m-ended::after {
    content: '';
    position: absolute;
    left: -3px;
    right: -3px;
    top: 50%;
    border-top: 2px solid var(--pk-color-text);
    transform: rotate(-45deg);
  }
  .glyph.m-begun::after, .glyph.m-moved-out::after, .glyph.m-moved-in::after,
  .glyph.m-transferred-out::after, .glyph.m-transferred-in::after {
    position: absolute;
    font-size: 11px;
    font-weight: 700;
    color: var(--pk-color-text);
    line-height: 1;
  }
  .glyph.m-begun::after { content: '+' / ''; top: -5px; inset-inline-end: -8px; font-size: 13px; }
  .glyph.m-moved-out::after { content: '→' / ''; inset-inline-end: -11px; }
  .glyph.m-moved-in::after { content: '→' / ''; inset-inline-start: -11px; }
  .glyph.m-transferred-out::after { content: '⇒' / ''; inset-inline-end: -12px; font-size: 12px; }
  .glyph.m-transferred-in::after { content: '⇒' / ''; inset-inline-start: -12px; font-size: 12px; }
  /* Right to left, a responsibility passes leftwards: the arrows turn with the reading direction. */
  :host(:state(rtl)) .glyph.m-moved-out::after, :host(:state(rtl)) .glyph.m-moved-in::after { content: '←' / ''; }
  :host(:state(rtl)) .glyph.m-transferred-out::after, :host(:state(rtl)) .glyph.m-transferred-in::after { content: '⇐' / ''; }
  .glyph.m-begun { margin-inline-end: 3px; }
  .glyph.m-moved-out, .glyph.m-transferred-out { margin-inline-end: 9px; }
  .glyph.m-moved-in, .glyph.m-transferred-in { margin-inline-start: 9px; }
  .legend .glyph.sample { --_c: var(--pk-color-text-muted); --_ink: var(--pk-color-bg); }

  .details {
    font-size: var(--pk-font-size-s);
    border: 1px solid var(--pk-color-border);
    border-radius: var(--pk-radius);
    padding: var(--pk-space-2) var(--pk-space-3);
    min-height: 64px;
    background: var(--pk-color-surface);
  }
  .side .details { position: sticky; top: 0; }
  .details h3 { margin: 0 0 var(--pk-space-2); font-size: var(--pk-font-size-m); }
  .details .hint { margin: 0; color: var(--pk-color-text-muted); }
  .entries { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--pk-space-2); }
  .entries li { display: grid; grid-template-columns: auto 1fr; gap: var(--pk-space-2); align-items: start; }
  .entries .glyph { margin-inline: 9px; }
  .entries .meta { display: block; color: var(--pk-color-text-muted); }
  .entries .change { font-style: normal; font-weight: 600; }
  .entries p { margin: 2px 0 0; }
  .sources { color: var(--pk-color-text-muted); overflow-wrap: anywhere; }
  .sources a { color: var(--pk-color-accent); }
`;
