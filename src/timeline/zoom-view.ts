/**
 * The timeline's visible days and the zoom transform that shows them, relative to the whole extent
 * drawn across the plot: the arithmetic between d3-zoom's transform (shared/zoom-controller.ts) and
 * the date domain the layout uses. Pure. No DOM.
 */
import { DAY_MS, type Day } from '../model/index.js';
import { invertX, type ZoomState } from '../shared/zoom-controller.js';

/** The closest zoom: four months across the plot, so month ticks always show. */
export const MIN_SPAN_DAYS = 120;

/** The plot's horizontal place in the chart, in px. */
export interface PlotSpan {
  plotLeft: number;
  plotWidth: number;
}

/** The zoom transform that shows `domain`. */
export function transformFor(extent: readonly [Day, Day], plot: PlotSpan, domain: readonly [Day, Day]): ZoomState {
  const [e0, e1] = extent;
  const { plotLeft: left, plotWidth: width } = plot;
  const k = (e1 - e0) / (domain[1] - domain[0]);
  const base0 = left + ((domain[0] - e0) / (e1 - e0)) * width;
  return { k, x: left - k * base0, y: 0 };
}

/** The days a zoom transform shows. */
export function domainOf(extent: readonly [Day, Day], plot: PlotSpan, t: ZoomState): [Day, Day] {
  const [e0, e1] = extent;
  const { plotLeft: left, plotWidth: width } = plot;
  const day = (px: number) => Math.round(e0 + ((invertX(t, px) - left) / width) * (e1 - e0));
  return [day(left), day(left + width)];
}

/** Whether a domain is the whole extent (to within a day): the view is then reset to none. */
export function isExtent(extent: readonly [Day, Day], domain: readonly [Day, Day]): boolean {
  return Math.abs(domain[0] - extent[0]) < DAY_MS && Math.abs(domain[1] - extent[1]) < DAY_MS;
}

/** The largest zoom factor: the whole extent over four months. */
export function maxScale(extent: readonly [Day, Day]): number {
  return Math.max(1, (extent[1] - extent[0]) / (MIN_SPAN_DAYS * DAY_MS));
}

/** `start`..`end` (feed days) within the extent, widened about its middle to four months at least; null when empty. */
export function zoomDomain(extent: readonly [Day, Day], start: Day, end: Day): [Day, Day] | null {
  const [e0, e1] = extent;
  let d0 = Math.max(e0, start);
  let d1 = Math.min(e1, end + DAY_MS);
  if (!(d1 > d0)) return null;
  const short = MIN_SPAN_DAYS * DAY_MS - (d1 - d0);
  if (short > 0) [d0, d1] = [Math.max(e0, d0 - short / 2), Math.min(e1, d1 + short / 2)];
  return [d0, d1];
}

/**
 * The pan (in px at the current zoom's base, for `translateBy`) that brings `start`..`end` into a
 * view, with a tenth of the view as margin; 0 when it is already in view.
 */
export function revealShift(domain: readonly [Day, Day], plotWidth: number, k: number, start: Day, end: Day = start): number {
  const [d0, d1] = domain;
  const span = d1 - d0;
  if (start >= d0 && end + DAY_MS <= d1) return 0;
  const target = start < d0 ? start - span * 0.1 : Math.min(start, end + DAY_MS - span * 0.9);
  return ((d0 - target) * (plotWidth / span)) / k;
}
