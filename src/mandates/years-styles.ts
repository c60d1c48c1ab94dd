/**
 * Styles of `<pk-mandate-trends over="years">`: the small multiples. Panels flow in as many columns as
 * fit (one at 360 px, two or three on a wide screen), every row on equal year columns, so the x scale
 * is shared. A task in the area is a filled block in the accent (Okabe-Ito blue, sky blue in
 * dark), a mandate without one a thin rail, no mandate nothing: the three read apart without colour.
 */
import { css } from 'lit';

export const yearStyles = css`
  :host {
    --_years-head: var(--pk-mandates-years-header-width, 5.5rem);
    --_panel-min: var(--pk-mandates-panel-min-width, 28rem);
  }
  .body.years .scroller { max-height: none; overflow: visible; }
  .body.side.years { grid-template-columns: minmax(0, 1fr) minmax(220px, 300px); }
  [role='grid'].years {
    display: grid; gap: var(--pk-space-4) var(--pk-space-5);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_panel-min)), 1fr));
    font-size: var(--pk-font-size-xs);
  }
  .panel { min-width: 0; }
  /* Every row: the name, then one equal column per year (each row has as many cells: the scale is shared). */
  .panel [role='row'] { display: grid; grid-template-columns: var(--_years-head); grid-auto-flow: column; grid-auto-columns: minmax(0, 1fr); }
  .panel [role='row'].title { display: block; padding-block-end: var(--pk-space-1); }
  .panel h3 { margin: 0; font-size: var(--pk-font-size-m); font-weight: 600; }
  .panel h3 .note { font-weight: normal; color: var(--pk-color-text-muted); }
  .panel .counts { margin: 2px 0 0; color: var(--pk-color-text-muted); line-height: 1.35; }
  .panel .counts span { white-space: nowrap; }
  .panel .head {
    overflow: hidden; text-overflow: ellipsis; white-space: nowrap; padding-inline-end: var(--pk-space-1);
    line-height: 16px; text-align: start;
  }
  .panel .cell { position: relative; height: 16px; cursor: pointer; }
  .panel .cell:focus { outline: none; }
  .panel .cell:focus-visible { outline: 2px solid var(--pk-color-focus); outline-offset: 0; z-index: 1; }
  .panel .mission.hl, .panel .share.hl { background: var(--_highlight); }
  .panel .mission.hl .head { font-weight: 600; }
  .cell.now { background: color-mix(in srgb, var(--pk-color-accent) 10%, transparent); }

  /* A task in the area: a block; a mandate without one: a rail; a mandate whose tasks are not given: a dotted rail; no mandate: nothing. */
  .f-held::before, .f-without::before, .f-unknown::before, .key::before { content: ''; position: absolute; inset-inline: 0; }
  .f-held::before { inset-block: 2px; background: var(--pk-color-accent); }
  .f-without::before { top: 7px; height: 2px; background: var(--pk-color-text-muted); }
  .f-unknown::before { top: 7px; border-top: 2px dotted var(--pk-color-text-muted); }

  .share { position: relative; }
  .share .cell { height: 32px; display: flex; align-items: flex-end; }
  .share .bar { display: block; width: calc(100% - 2px); height: 100%; margin-inline: 1px; overflow: visible; }
  .share .bar rect { fill: color-mix(in srgb, var(--pk-color-accent) 55%, var(--pk-color-bg)); }
  .share .bar line { stroke: var(--pk-color-accent); stroke-width: 2px; }
  /* Half of the missions under a mandate: the line the share crosses when an area is "in most mandates". */
  .share::after {
    content: ''; position: absolute; inset-inline: var(--_years-head) 0; top: 16px;
    border-top: 1px dashed var(--pk-color-text); pointer-events: none;
  }
  .share .head { line-height: 32px; color: var(--pk-color-text-muted); }
  .axis { border-top: 1px solid var(--pk-color-text); }
  .axis .tick { position: relative; height: 18px; }
  .axis .tick span:not(.visually-hidden) {
    position: absolute; top: 2px; left: 50%; transform: translateX(-50%); white-space: nowrap; color: var(--pk-color-text-muted);
  }
  .axis .tick.now span:not(.visually-hidden) { color: var(--pk-color-text); font-weight: 700; }
  .axis .tick.hl { background: var(--_highlight); }

  .legend.years { color: var(--pk-color-text); }
  .key { position: relative; display: inline-block; width: 18px; height: 16px; }
  .key.f-none { border: 1px dotted var(--pk-color-border); box-sizing: border-box; }
  .key.share::before { inset-block: 4px 0; background: color-mix(in srgb, var(--pk-color-accent) 55%, var(--pk-color-bg)); border-top: 2px solid var(--pk-color-accent); }
  .views { display: inline-flex; gap: 0; }
  .views button[aria-pressed='true'] { background: var(--pk-color-accent); color: var(--pk-color-bg); border-color: var(--pk-color-accent); }
`;
