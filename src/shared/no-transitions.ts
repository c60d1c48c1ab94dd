/**
 * Stands in for d3-transition and d3-interpolate where d3-zoom imports them, in the self-contained
 * bundle, Storybook and the tests (vite.config.ts, web-test-runner.config.mjs). d3-zoom uses them
 * only for animated zooms: `interrupt` to stop a running transition before a gesture,
 * `interpolateZoom` to tween one. The kit never starts one (it animates with CSS; both zoomable
 * elements remove d3-zoom's double-click handler, the one place d3-zoom would start a transition, and
 * a test double-clicks each). Leaving out d3-transition, d3-ease, d3-timer, d3-interpolate and
 * d3-color keeps about 9.5 KB gzip out of the bundle (DESIGN.md's 80 KB budget). The library build
 * leaves d3-zoom, and so the real modules, to the application.
 */
import { selection } from 'd3-selection';

/** d3-transition's `interrupt(node)`: no transition is ever active on a node of the kit. */
export function interrupt(): void {}

// d3-zoom's `zoom.transform` calls `selection.interrupt()` and chains on the same selection.
(selection.prototype as unknown as { interrupt(): unknown }).interrupt = function (this: unknown) {
  return this;
};

/** d3-zoom's default tween between two views, used only inside a transition, which never runs here. */
export function interpolateZoom(): never {
  throw new Error('peacekit: animated zoom transitions are not part of the bundle');
}
