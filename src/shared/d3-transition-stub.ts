/**
 * Stands in for d3-transition in the self-contained bundle, Storybook and the tests (vite.config.ts
 * and web-test-runner.config.mjs alias it): d3-zoom imports d3-transition only to interrupt
 * transitions before a gesture, and the kit never schedules one (it animates with CSS; both zoomable
 * elements remove d3-zoom's double-click handler, the one place d3-zoom would start a transition).
 * With nothing to interrupt, `interrupt` is a no-op; dropping d3-transition, d3-ease and d3-timer
 * keeps about 4.5 KB gzip out of the bundle (DESIGN.md's 80 KB budget). The library build leaves
 * d3-zoom, and so the real d3-transition, to the application.
 */
import { selection } from 'd3-selection';

/** d3-transition's `interrupt(node)`: no transition is ever active on a node of the kit. */
export function interrupt(): void {}

// d3-zoom's `zoom.transform` calls `selection.interrupt()` and chains on the same selection.
(selection.prototype as unknown as { interrupt(): unknown }).interrupt = function (this: unknown) {
  return this;
};
