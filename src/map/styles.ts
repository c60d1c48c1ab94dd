/**
 * <pk-mission-map> styles. Public tokens `--pk-map-*` (documented on the class) are copied to private
 * `--_*` ones on :host, so that the rules below read one name each and a portal sets one name.
 * Colours: Okabe-Ito; symbols keep a 3:1 contrast against land (WCAG 1.4.11, non-text contrast).
 */
import { css } from 'lit';

export const mapStyles = css`
  /* The loading state's room (docs/loading.md): it grows with the map's width, as the drawing does. */
  :host .pk-loading { width: 100%; aspect-ratio: 1; min-height: var(--pk-loading-height, 440px); max-height: var(--pk-loading-height, 895px); }
  :host(:not([mission])) .pk-loading { aspect-ratio: 3 / 2; }
  :host {
    --_water: var(--pk-map-water, var(--pk-color-water));
    --_land: var(--pk-map-land, var(--pk-color-land));
    --_host: var(--pk-map-land-host, var(--pk-color-land-host));
    --_boundary: var(--pk-map-boundary, var(--pk-color-boundary));
    --_area: var(--pk-map-area, light-dark(#0072b2, #56b4e9));
    --_site: var(--pk-map-site-fill, var(--pk-color-site));
    --_hq: var(--pk-map-hq-fill, light-dark(#d55e00, #e69f00));
    --_halo: var(--pk-map-halo, var(--pk-color-bg));
    --_cluster: var(--pk-map-cluster-fill, light-dark(#1f2328, #e6edf3));
    --_cluster-text: var(--pk-map-cluster-text, light-dark(#ffffff, #0d1117));
    --_multidimensional: var(--pk-map-type-multidimensional, light-dark(#0072b2, #56b4e9));
    --_traditional: var(--pk-map-type-traditional, light-dark(#d55e00, #e69f00));
    --_observer: var(--pk-map-type-observer, light-dark(#007a5a, #009e73));
    --_political: var(--pk-map-type-political, light-dark(#a9548a, #cc79a7));
    --_duration: var(--pk-map-transition, 600ms);
    --_admin1: var(--pk-map-admin1, light-dark(#8b949e, #6e7681));
    --_place-text: var(--pk-map-place-text, var(--pk-color-text-muted));
    --_town: var(--pk-map-town-fill, light-dark(#424a53, #c9d1d9));
  }
  .stage { position: relative; }
  /* Takes no room; its height (1em of the legend's type) tells the layout how large the legend's text is. */
  .sizer { height: 1em; margin-block-end: -1em; font-size: var(--pk-font-size-xs); visibility: hidden; pointer-events: none; }
  .caption { margin: 0 0 var(--pk-space-2); font-size: var(--pk-font-size-m); font-weight: 600; }
  .viewport {
    position: relative;
    overflow: hidden;
    background: var(--_water);
    border: 1px solid var(--pk-color-border);
    border-radius: var(--pk-radius);
    cursor: grab;
    contain: layout paint;
    touch-action: pan-y pinch-zoom;
  }
  .viewport:active { cursor: grabbing; }
  /* The pan layer is moved by a CSS transform while a gesture runs (composited: ~7 ms a frame for
     10,000 marks, DESIGN.md), then drawn once at the gesture's end. */
  .pan { transform-origin: 0 0; will-change: transform; }
  svg.map { overflow: visible; position: relative; }
  /* Raster tiles under the vector layers (tiles="…"): land and water let them through, hosts stay tinted. */
  .tiles { position: absolute; inset: 0; pointer-events: none; }
  .tiles img { position: absolute; max-width: none; }
  .tiled .water, .tiled .country:not(.host) { fill: none; }
  .tiled .country.host { fill-opacity: 0.35; }
  .country { fill: var(--_land); stroke: none; }
  .country.host { fill: var(--_host); }
  .country.tinted { fill: var(--_host); }
  .country.stroked { stroke: var(--_boundary); stroke-width: 0.75; vector-effect: non-scaling-stroke; }
  /* A territory whose status is disputed is never given a claimant's tint (UN map practice): its own
     neutral land, outlined with the undetermined-boundary dash. */
  .country.disputed:not(.host) { fill: var(--_land); }
  .outline { fill: none; stroke: var(--_boundary); stroke-width: 0.75; vector-effect: non-scaling-stroke; }
  .detail ~ .outline { stroke-width: 1.25; stroke-dasharray: 6 2 1.5 2; }
  /* An undetermined boundary is dashed and nothing solid shows through its gaps (the host's outline runs under it). */
  .outline.undetermined-mask { stroke: var(--_land); stroke-width: 3; stroke-dasharray: none; }
  .outline.undetermined { stroke-dasharray: 3 3; stroke-width: 1.25; }
  .admin1 { fill: none; stroke: var(--_admin1); stroke-width: 0.75; stroke-dasharray: 2 2; vector-effect: non-scaling-stroke; }
  .places { pointer-events: none; }
  .places .town, .places .capital circle { fill: var(--_town); stroke: var(--_halo); stroke-width: 1; }
  .places .capital .core { fill: var(--_halo); stroke: none; }
  .place {
    fill: var(--_place-text); font-size: var(--pk-font-size-xs);
    paint-order: stroke; stroke: var(--_halo); stroke-width: 3px; stroke-linejoin: round;
  }
  .place.capital { fill: var(--pk-color-text); font-weight: 600; }
  .place.admin1 { font-style: italic; }
  .place.country { font-size: var(--pk-font-size-s); letter-spacing: 0.12em; text-transform: uppercase; font-weight: 600; }
  .leaders line { stroke: var(--pk-color-text); stroke-width: 1; }
  .leaders circle { fill: var(--pk-color-text); }
  .host-outline { fill: none; stroke: var(--pk-color-text-muted); stroke-width: 1.5; vector-effect: non-scaling-stroke; }
  .area { fill: var(--_area); fill-opacity: 0.06; stroke: var(--_area); stroke-width: 1; stroke-dasharray: 4 3; vector-effect: non-scaling-stroke; }
  .mark { cursor: pointer; }
  .symbol {
    fill: var(--_site);
    fill-opacity: 0.85;
    stroke: var(--_halo);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .mission-hq .symbol, .sector-hq .symbol { fill: var(--_hq); }
  .unknown .symbol { fill: var(--_halo); stroke: var(--_site); stroke-width: 1.5; }
  /* Of another time: a site closed before the mission ended (pale), a strength figure over a year old (dashed). */
  .site.dated .symbol { fill-opacity: 0.3; stroke: var(--_site); stroke-dasharray: 2 1.5; }
  .mission.dated .symbol { stroke: var(--pk-color-text); stroke-width: 1.5; stroke-dasharray: 3 2; }
  .mission .symbol { fill-opacity: 0.7; }
  .type-multidimensional .symbol { fill: var(--_multidimensional); }
  .type-traditional .symbol { fill: var(--_traditional); }
  .type-observer .symbol { fill: var(--_observer); }
  .type-political .symbol { fill: var(--_political); }
  .type-unknown .symbol { fill: var(--pk-color-text-muted); }
  .active .symbol, .active .cluster-dot { stroke: var(--pk-color-focus); stroke-width: 3; }
  /* Related to a selection in a linked view (a matrix cell, a timeline item). */
  .related .symbol { stroke: var(--pk-color-accent); stroke-width: 3; }
  .cluster-dot { fill: var(--_cluster); fill-opacity: 0.9; stroke: var(--_halo); stroke-width: 1.5; }
  .cluster-count { fill: var(--_cluster-text); font-size: var(--pk-font-size-xs); font-weight: 700; text-anchor: middle; dominant-baseline: central; pointer-events: none; }
  .label {
    fill: var(--pk-color-text);
    font-size: var(--pk-font-size-xs);
    paint-order: stroke;
    stroke: var(--_halo);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .label.mission-hq { font-weight: 700; }
  .leader { stroke: var(--pk-color-text); stroke-width: 1; }
  /* A change of date moves each symbol from its old size to its new one; new sites grow in, closed ones shrink out. */
  .animate .mark { transition: transform var(--_duration) ease-in-out, opacity var(--_duration); }
  @starting-style { .animate .mark { opacity: 0; } }
  .mark.leaving { opacity: 0; pointer-events: none; }
  @media (prefers-reduced-motion: reduce) {
    .animate .mark { transition: none; }
  }
  .controls {
    position: absolute; inset-block-start: var(--pk-space-2); inset-inline-end: var(--pk-space-2);
    display: flex; flex-direction: column; gap: var(--pk-space-1);
  }
  .controls button { width: 32px; padding: 0; font-size: var(--pk-font-size-l); line-height: 1; box-shadow: 0 1px 2px rgb(0 0 0 / 0.2); }
  .scalebar { position: absolute; inset-block-end: var(--pk-space-2); inset-inline-start: var(--pk-space-2); pointer-events: none; }
  .scalebar line { stroke: var(--pk-color-text); stroke-width: 2; }
  .scalebar text, .legend text { fill: var(--pk-color-text); font-size: var(--pk-font-size-xs); }
  .scalebar text { paint-order: stroke; stroke: var(--_halo); stroke-width: 3px; }
  .legend-title { font-weight: 700; }
  .legend .size { fill: none; stroke: var(--pk-color-text-muted); }
  .legend .leader { stroke: var(--pk-color-text-muted); stroke-dasharray: 2 2; }
  .tooltip {
    position: absolute; z-index: 2; pointer-events: none;
    max-width: min(320px, 80%);
    padding: var(--pk-space-2) var(--pk-space-3);
    background: var(--pk-color-bg); color: var(--pk-color-text);
    border: 1px solid var(--pk-color-border); border-radius: var(--pk-radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    font-size: var(--pk-font-size-s);
  }
  .tooltip strong { display: block; margin-block-end: var(--pk-space-1); }
  .tooltip p { margin: 0; }
  .hint {
    position: absolute; inset: auto 0 0 0; margin: auto; width: fit-content; max-width: 90%;
    inset-block-end: 40%; padding: var(--pk-space-2) var(--pk-space-3);
    background: rgb(0 0 0 / 0.75); color: #fff; border-radius: var(--pk-radius); pointer-events: none;
    font-size: var(--pk-font-size-s);
  }
  .notice {
    position: absolute; inset-block-start: var(--pk-space-2); inset-inline-start: var(--pk-space-2);
    max-width: calc(100% - 64px); margin: 0; padding: var(--pk-space-2) var(--pk-space-3);
    background: var(--pk-color-bg); border: 1px solid var(--pk-color-border); border-radius: var(--pk-radius);
  }
  .below { display: flex; flex-wrap: wrap; gap: var(--pk-space-2) var(--pk-space-4); align-items: flex-start; justify-content: space-between; margin-block-start: var(--pk-space-2); }
  .disclaimer { margin: var(--pk-space-2) 0 0; font-size: var(--pk-font-size-xs); color: var(--pk-color-text-muted); }
  .notes { font-size: var(--pk-font-size-xs); color: var(--pk-color-text-muted); }
  .notes p { margin: var(--pk-space-1) 0 0; }
  .warnings { margin: var(--pk-space-2) 0 0; padding: var(--pk-space-2) var(--pk-space-3); border-inline-start: 3px solid var(--pk-color-error); font-size: var(--pk-font-size-s); }
  .warnings ul { margin: 0; padding-inline-start: var(--pk-space-4); }
  .table-wrap:not(.visually-hidden) { margin-block-start: var(--pk-space-2); max-height: 360px; overflow: auto; }
  table { border-collapse: collapse; width: 100%; font-size: var(--pk-font-size-s); }
  caption { text-align: start; font-weight: 600; padding-block-end: var(--pk-space-1); }
  th, td { text-align: start; padding: var(--pk-space-1) var(--pk-space-2); border-block-end: 1px solid var(--pk-color-border); }
  td.num { text-align: end; font-variant-numeric: tabular-nums; }
`;
