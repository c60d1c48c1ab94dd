/**
 * Styles of `<pk-mandate-trends>`. Public tokens are `--pk-mandates-*`; each has a private `--_*` copy
 * on :host. The marks' colours are Okabe-Ito (layout.ts, STATE_MARKS), each with a symbol of its own.
 */
import { css } from 'lit';

export const mandateStyles = css`
  :host {
    --_highlight: var(--pk-mandates-highlight, color-mix(in srgb, var(--pk-color-focus) 13%, transparent));
    --_related: var(--pk-mandates-related, color-mix(in srgb, var(--pk-color-accent) 9%, transparent));
    --_rule: var(--pk-mandates-rule, color-mix(in srgb, var(--pk-color-border) 70%, transparent));
    --_header-bg: var(--pk-mandates-header-bg, var(--pk-color-bg));
    --_area-bg: var(--pk-mandates-area-bg, var(--pk-color-surface));
    --_row-head-w: var(--pk-mandates-row-header-width, min(13rem, 36vw));
    --_max-height: var(--pk-mandates-max-height, 80vh);
    background: var(--pk-color-bg);
  }
  .summary { margin: 0 0 var(--pk-space-2); font-size: var(--pk-font-size-l); font-weight: 600; line-height: 1.35; text-wrap: pretty; }
  .toolbar, .legend {
    display: flex; flex-wrap: wrap; align-items: center; gap: var(--pk-space-2) var(--pk-space-4);
    margin: 0 0 var(--pk-space-2); font-size: var(--pk-font-size-s); color: var(--pk-color-text-muted);
  }
  .toolbar input {
    font: inherit; color: var(--pk-color-text); background: var(--pk-color-bg);
    border: 1px solid var(--pk-color-border); border-radius: var(--pk-radius); min-height: 32px; margin-inline-start: var(--pk-space-1);
  }
  .chips { display: flex; flex-wrap: wrap; align-items: center; gap: var(--pk-space-1) var(--pk-space-2); }
  .chips > span:first-child { margin-inline-end: var(--pk-space-1); }
  .item { display: inline-flex; align-items: center; gap: var(--pk-space-1); }
  .export { margin-inline-start: auto; }
  abbr { text-decoration: none; font-weight: 600; font-size: var(--pk-font-size-xs); border: 1px solid var(--pk-color-border); border-radius: 3px; padding: 0 3px; }
  b.kind { font-weight: 700; }

  .body { display: grid; gap: var(--pk-space-3); }
  .body.side { grid-template-columns: minmax(0, max-content) minmax(240px, 320px); align-items: start; }
  .scroller { overflow: auto; max-height: var(--_max-height); max-width: 100%; overscroll-behavior-x: contain; scroll-padding-inline-start: var(--_row-head-w); }

  table[role='grid'] { border-collapse: separate; border-spacing: 0; font-size: var(--pk-font-size-s); }
  thead th {
    position: sticky; top: 0; z-index: 2; background: var(--_header-bg);
    vertical-align: bottom; padding: var(--pk-space-1); border-bottom: 2px solid var(--pk-color-text);
    font-weight: 600; min-width: 4.75rem; text-align: center;
  }
  thead th.area-col { min-width: 7rem; max-width: 10rem; }
  thead th span, thead th a { display: block; }
  thead th .date, thead th .period { font-weight: normal; font-size: var(--pk-font-size-xs); color: var(--pk-color-text-muted); white-space: nowrap; }
  thead th .period { white-space: normal; max-width: 7rem; margin-inline: auto; }
  thead th .flags { display: flex; gap: 2px; justify-content: center; flex-wrap: wrap; margin-block-start: 2px; }
  thead th.current { box-shadow: inset 0 -4px var(--pk-color-accent); }
  thead th a { color: var(--pk-color-accent); }
  thead .corner { inset-inline-start: 0; z-index: 3; text-align: start; color: var(--pk-color-text-muted); }
  tbody th[scope='row'], thead .corner {
    position: sticky; inset-inline-start: 0; background: var(--_header-bg);
    width: var(--_row-head-w); min-width: var(--_row-head-w); max-width: var(--_row-head-w);
  }
  tbody th[scope='row'] {
    z-index: 1; font-weight: normal; text-align: start; padding: var(--pk-space-1) var(--pk-space-2);
    border-bottom: 1px solid var(--_rule); overflow-wrap: anywhere; line-height: 1.25;
  }
  tbody tr.related th[scope='row'] { box-shadow: inset 3px 0 var(--pk-color-accent); }
  tbody tr.related td { background: var(--_related); }
  tbody tr.hl th[scope='row'] { font-weight: 600; }
  tbody tr.hl td, td.hl, th.hl { background: var(--_highlight); }
  tr.area th {
    background: var(--_area-bg); text-align: start; font-weight: 600; height: 28px;
    padding: 0 var(--pk-space-2); border-bottom: 1px solid var(--_rule);
  }
  td { height: 30px; padding: 2px; text-align: center; vertical-align: middle; border-bottom: 1px solid var(--_rule); cursor: default; }
  td:focus, thead th:focus { outline: none; }
  td:focus-visible, thead th:focus-visible { outline: 2px solid var(--pk-color-focus); outline-offset: -2px; }
  td.current { box-shadow: inset 2px 0 var(--_rule), inset -2px 0 var(--_rule); }

  .mark {
    display: inline-flex; align-items: center; justify-content: center; gap: 2px;
    min-width: 2.25rem; height: 1.375rem; padding: 0 4px; border-radius: 4px;
    font-size: var(--pk-font-size-xs); font-weight: 700; line-height: 1; border: 2px solid transparent;
    direction: ltr; /* the symbol before the kind's letter, in every language */
  }
  .mark[data-m]::before { content: attr(data-m); }
  .s-first .mark, .s-continued .mark, .mark.s-first, .mark.s-continued { background: #0072b2; color: #fff; }
  .s-added .mark, .mark.s-added { background: #009e73; color: #000; }
  .s-changed .mark, .mark.s-changed { background: #e69f00; color: #000; }
  .s-dropped .mark, .mark.s-dropped { background: transparent; border: 2px dashed #d55e00; color: var(--pk-color-text); }
  .mark.sample { min-width: 1.75rem; }

  .details { font-size: var(--pk-font-size-s); }
  .details h3 { margin: 0 0 var(--pk-space-1); font-size: var(--pk-font-size-m); }
  .details p { margin: 0 0 var(--pk-space-1); }
  .details blockquote { margin: 0 0 var(--pk-space-1); padding-inline-start: var(--pk-space-2); border-inline-start: 3px solid var(--pk-color-border); font-style: italic; }
  .details a, .table a { color: var(--pk-color-accent); }
  .entries { margin: 0; padding-inline-start: var(--pk-space-3); }
  .hint { color: var(--pk-color-text-muted); }

  .table { margin-block-start: var(--pk-space-2); font-size: var(--pk-font-size-s); }
  .table summary { cursor: pointer; min-height: 24px; }
  .table-wrap { max-height: 360px; overflow: auto; margin-block-start: var(--pk-space-1); }
  .table table { border-collapse: collapse; }
  .table th, .table td { border-bottom: 1px solid var(--_rule); padding: 2px var(--pk-space-2); text-align: start; vertical-align: top; }
`;
