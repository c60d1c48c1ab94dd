/**
 * The timeline's look. Public tokens are `--pk-timeline-*`; each has a private `--_*` copy on
 * :host so a portal can override one without restating the rest. Colours of lanes are Okabe-Ito
 * hues darkened (light) or lightened (dark) until bars reach 3:1 against the surface (WCAG 1.4.11)
 * and white or near-black labels inside them reach 4.5:1 (1.4.3).
 */
import { css } from 'lit';

export const timelineStyles = css`
  :host {
    --_mission: var(--pk-timeline-mission, var(--pk-color-accent));
    --_presence: var(--pk-timeline-presence, light-dark(#5b6b7b, #8d9cab));
    --_political: var(--pk-timeline-political, light-dark(#6f4e9c, #b9a3e3));
    --_peacebuilding: var(--pk-timeline-peacebuilding, light-dark(#00795a, #3cc99e));
    --_development: var(--pk-timeline-development, light-dark(#9a5800, #f0b04a));
    --_humanitarian: var(--pk-timeline-humanitarian, light-dark(#b8461b, #ff9a70));
    --_funding: var(--pk-timeline-funding, light-dark(#8a3f6f, #e4a3c6));
    --_other: var(--pk-timeline-other, light-dark(#59636e, #9aa3ad));
    --_after: var(--pk-timeline-after, var(--pk-color-after));
    /* The after-departure pink is too light for text on its own tint (2.7:1 light): text and the
       departure symbol use it mixed with the text colour, 5.0:1 on the tint (light), 7:1+ (dark). */
    --_after-ink: color-mix(in srgb, var(--_after) 60%, var(--pk-color-text));
    /* Phase bars carry dark text (4.5:1) and must stand out from the surface as marks (3:1, WCAG
       1.4.11): 70% of the mission colour (light: text 5.2:1, bar 3.0:1), 55% (dark: 4.9:1, 3.3:1). */
    --_phase: light-dark(color-mix(in srgb, var(--_mission) 70%, var(--_bg)), color-mix(in srgb, var(--_mission) 55%, var(--_bg)));
    --_cursor: var(--pk-timeline-cursor, var(--pk-color-focus));
    --_grid: var(--pk-timeline-grid, var(--pk-color-border));
    --_on-bar: var(--pk-timeline-on-bar, light-dark(#ffffff, #0d1117));
    --_bg: var(--pk-color-bg);
    position: relative;
    background: var(--_bg);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--pk-space-2) var(--pk-space-3);
    margin-block-end: var(--pk-space-2);
  }
  .summary { margin: 0; flex: 1 1 16em; font-weight: 600; }
  .summary .after-swatch { color: var(--_after-ink); }
  .controls { display: flex; align-items: center; gap: var(--pk-space-1); flex-wrap: wrap; }
  .readout { font-size: var(--pk-font-size-s); color: var(--pk-color-text-muted); margin-inline-start: var(--pk-space-2); }
  .readout output { color: var(--pk-color-text); font-variant-numeric: tabular-nums; }

  .legend {
    display: flex; flex-wrap: wrap; gap: var(--pk-space-1) var(--pk-space-4);
    margin: 0 0 var(--pk-space-2); padding: 0; list-style: none;
    font-size: var(--pk-font-size-xs); color: var(--pk-color-text-muted);
  }
  .legend li { display: inline-flex; align-items: center; gap: var(--pk-space-1); }
  .legend svg { display: inline-block; overflow: visible; }

  .chart {
    position: relative;
    overflow: hidden;
    /* Vertical page scrolling stays with the browser; horizontal drags and pinches zoom the axis. */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
    contain: layout paint;
  }
  .chart:active { cursor: grabbing; }
  .plot-clip { position: absolute; top: 0; bottom: 0; overflow: hidden; }
  /* Composited as one layer during a gesture only (will-change then): at rest, only what is in view is painted. */
  .plot { overflow: visible; transform-origin: 0 0; }
  .front { position: absolute; inset: 0; pointer-events: none; }
  /* A large timeline's watched bands (lane-window.ts): empty, under everything. */
  .band { position: absolute; inset-inline: 0; pointer-events: none; }
  .front .hit { pointer-events: all; cursor: ew-resize; }

  /* SVG text in the type tokens (a briefing enlarges them); never below 12 px. */
  text { font-size: var(--pk-font-size-xs); fill: var(--pk-color-text); }
  .tick text { fill: var(--pk-color-text-muted); }
  .grid line { stroke: var(--_grid); stroke-width: 1; opacity: 0.5; }
  .grid line.major { opacity: 1; }
  .lane-bg { fill: var(--pk-color-surface); }
  .label-col { fill: var(--_bg); }
  .lane-label { font-weight: 600; }
  .row-label, .group-summary { fill: var(--pk-color-text-muted); font-size: var(--pk-font-size-xs); font-weight: normal; }
  .group-label { font-weight: 700; font-size: var(--pk-font-size-s); }
  .group-rule { stroke: var(--pk-color-border); }

  .after-span { fill: var(--_after); opacity: 0.14; }
  .after-label { fill: var(--_after-ink); font-weight: 600; }
  .departure-line { stroke: var(--_after); stroke-width: 2; }
  .departure-label { font-weight: 600; }
  .as-of-line { stroke: var(--pk-color-text-muted); stroke-dasharray: 3 3; }
  .annotation { font-size: var(--pk-font-size-xs); fill: var(--pk-color-text-muted); }
  .halo { paint-order: stroke; stroke: var(--_bg); stroke-width: 3px; stroke-linejoin: round; }

  /* A plain bar and a one-day diamond are the mark themselves (rect.mark, path.mark); the shapes with
     parts (arrow, tail, requirement) are a g.mark around them. */
  .mark { --_c: var(--_other); outline: none; cursor: pointer; }
  .mark rect, rect.mark, .diamond { fill: var(--_c); }
  .mark > rect:first-child, rect.mark { rx: 2px; }
  .mark .tail { fill: var(--_c); }
  .mark .arrow { fill: none; stroke: var(--_c); stroke-width: 2; }
  .bar-labels { pointer-events: none; }
  .bar-label.in { fill: var(--_on-bar); }
  /* Related to a selection in a linked view (a site, a mission, a matrix cell). */
  .related > rect:first-child, rect.related, .diamond.related { stroke: var(--pk-color-accent); stroke-width: 3px; }
  .mark:focus-visible rect, rect.mark:focus-visible, .diamond:focus-visible, .mark:focus-visible circle, .mark:focus-visible path.symbol,
  .mark.active rect, rect.mark.active, .diamond.active {
    stroke: var(--pk-color-focus); stroke-width: 3px;
  }
  .k-mission { --_c: var(--_mission); }
  .k-presence { --_c: var(--_presence); }
  .k-phase { --_c: var(--_phase); }
  .k-phase rect, rect.k-phase { stroke: var(--_bg); stroke-width: 2px; }
  .bar-label.k-phase.in { fill: var(--pk-color-text); }
  .g-mission { --_c: var(--_mission); }
  .g-political { --_c: var(--_political); }
  .g-peacebuilding { --_c: var(--_peacebuilding); }
  .g-development { --_c: var(--_development); }
  .g-humanitarian { --_c: var(--_humanitarian); }
  .g-funding { --_c: var(--_funding); }
  .s-planned rect, rect.s-planned { fill: var(--_bg); stroke: var(--_c); stroke-dasharray: 4 3; }
  .bar-label.s-planned.in, .bar-label.s-cancelled.in { fill: var(--pk-color-text); }
  .s-cancelled { opacity: 0.55; }
  .bar-label.s-cancelled { text-decoration: line-through; opacity: 0.55; }

  /* Funding reliability reads without colour: solid, outlined, hatched, dotted. */
  .r-committed rect, rect.r-committed { fill: color-mix(in srgb, var(--_c) 16%, var(--_bg)); stroke: var(--_c); stroke-width: 2px; }
  .r-pledged rect, rect.r-pledged { fill: url(#pk-tl-hatch); stroke: var(--_c); stroke-width: 1px; }
  .r-projected rect, rect.r-projected { fill: color-mix(in srgb, var(--_c) 8%, var(--_bg)); stroke: var(--_c); stroke-width: 1.5px; stroke-dasharray: 1 3; stroke-linecap: round; }
  .bar-label.r-committed.in, .bar-label.r-pledged.in, .bar-label.r-projected.in { fill: var(--pk-color-text); }
  .hatch line { stroke: var(--_funding); stroke-width: 2; }
  /* Required against received: a light dashed outline for what was asked, a solid bar for what came. */
  .mark.req rect.need { fill: color-mix(in srgb, var(--_c) 10%, var(--_bg)); stroke: var(--_c); stroke-width: 1.5px; stroke-dasharray: 4 2; }
  .mark.req rect.got { fill: var(--_c); stroke: none; }

  /* Strength: the authorized ceiling is a light band under a dashed step line; the deployed strength a solid
     area; an estimated deployed figure is hatched, so the three read apart without colour. */
  .strength-ceiling { fill: color-mix(in srgb, var(--_mission) 12%, var(--_bg)); stroke: none; }
  .strength-ceiling-line { fill: none; stroke: var(--_mission); stroke-width: 1.5; stroke-dasharray: 4 2; }
  .strength-deployed { fill: color-mix(in srgb, var(--_mission) 60%, var(--_bg)); stroke: var(--_mission); stroke-width: 1; }
  .strength-deployed.estimate { fill: url(#pk-tl-estimate-hatch); }
  .estimate-hatch line { stroke: var(--_mission); stroke-width: 2.5; }
  .legend .strength-ceiling-line { stroke-width: 1.5; }
  .strength-peak { font-size: var(--pk-font-size-xs); fill: var(--pk-color-text); }
  .mandate line { stroke: var(--pk-color-text-muted); }
  .mandate .wide { stroke: transparent; stroke-width: 9; }
  .mandate text { font-size: var(--pk-font-size-xs); fill: var(--pk-color-text-muted); pointer-events: none; }
  .handover { fill: none; stroke: var(--_bg); stroke-width: 2; }
  .handover-knot { fill: var(--pk-color-text); }
  .event .symbol { fill: var(--pk-color-text); }
  .event.e-departure .symbol { fill: var(--_after-ink); }
  .event .stem { stroke: var(--pk-color-border); }
  .event text { font-size: var(--pk-font-size-xs); pointer-events: none; }

  .cursor-line { stroke: var(--_cursor); stroke-width: 2; }
  .cursor-handle { fill: var(--_cursor); stroke: var(--_bg); stroke-width: 1.5; }
  .cursor-year { fill: var(--_bg); font-weight: 700; pointer-events: none; }
  .cursor-mask { fill: var(--_bg); pointer-events: none; }
  .cursor { outline: none; }
  .cursor:focus-visible .cursor-handle { stroke: var(--pk-color-text); stroke-width: 3; }

  .toggle {
    position: absolute;
    left: 0; /* beside the drawing's group labels, which stay on the left in every direction */
    display: inline-flex; align-items: center; justify-content: center;
    padding: 0; border: none; background: transparent;
    min-height: 24px; min-width: 24px;
  }
  .toggle svg { transition: transform 120ms; }
  .toggle[aria-expanded='false'] svg { transform: rotate(-90deg); }
  .toggle path { fill: none; stroke: currentColor; stroke-width: 2; }

  .tip {
    position: absolute;
    z-index: 2;
    max-width: min(320px, 90%);
    padding: var(--pk-space-2) var(--pk-space-3);
    background: var(--pk-color-bg);
    color: var(--pk-color-text);
    border: 1px solid var(--pk-color-border);
    border-radius: var(--pk-radius);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
    font-size: var(--pk-font-size-s);
    pointer-events: none;
  }
  .tip strong { display: block; }
  .tip p { margin: 2px 0 0; }
  .tip .muted { color: var(--pk-color-text-muted); }

  details.table { margin-block-start: var(--pk-space-3); }
  details.table summary { cursor: pointer; color: var(--pk-color-text-muted); font-size: var(--pk-font-size-s); }
  table { border-collapse: collapse; width: 100%; font-size: var(--pk-font-size-s); margin-block-start: var(--pk-space-2); }
  th, td { text-align: start; padding: 2px var(--pk-space-2); border-bottom: 1px solid var(--pk-color-border); vertical-align: top; }
  tbody th[scope='rowgroup'] { background: var(--pk-color-surface); padding-block: var(--pk-space-1); }
  td.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
  td.date { white-space: nowrap; }
  .table-wrap { overflow-x: auto; }

  @media (prefers-reduced-motion: reduce) { .toggle svg { transition: none; } }
`;
