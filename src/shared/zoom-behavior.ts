/**
 * d3-zoom bound to an element, through its public API only. Loaded by the zoom controller
 * (zoom-controller.ts) after an element's first drawing, not before it: zooming and panning need it,
 * drawing does not, so d3-zoom and what it brings (d3-selection, d3-drag, d3-transition, ...) are a
 * file beside the bundle rather than part of what a page loads before it shows anything (DESIGN.md's
 * budget).
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';

export interface ZoomState {
  k: number;
  x: number;
  y: number;
}

export type Extent = [[number, number], [number, number]];

export interface ZoomHandlers {
  /** Which events start a gesture (d3-zoom's filter). */
  filter(event: Event): boolean;
  /** The transform changed: by a gesture (`gesture` true) or a call (a button, a key, a step). */
  zoom(t: ZoomState, gesture: boolean): void;
  /** A gesture or a call ended. */
  end(t: ZoomState, gesture: boolean): void;
}

export interface ZoomBinding {
  limit(extent: Extent, scaleExtent: [number, number], translateExtent: Extent): void;
  transform(t: ZoomState): void;
  scaleBy(k: number, point?: [number, number]): void;
  translateBy(dx: number, dy: number): void;
  detach(): void;
}

const state = ({ k, x, y }: ZoomState): ZoomState => ({ k, x, y });

export function bindZoom(node: HTMLElement, handlers: ZoomHandlers): ZoomBinding {
  const behavior = zoom<HTMLElement, unknown>()
    .filter((event: Event) => handlers.filter(event))
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => handlers.zoom(state(event.transform), !!event.sourceEvent))
    .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => handlers.end(state(event.transform), !!event.sourceEvent));
  const selection = select(node);
  // Double-click is left to the page (and would start d3-zoom's animated transition).
  selection.call(behavior).on('dblclick.zoom', null);
  return {
    limit(extent, scaleExtent, translateExtent) {
      behavior.extent(extent).scaleExtent(scaleExtent).translateExtent(translateExtent);
    },
    transform(t) {
      behavior.transform(selection, zoomIdentity.translate(t.x, t.y).scale(t.k));
    },
    scaleBy(k, point) {
      behavior.scaleBy(selection, k, point);
    },
    translateBy(dx, dy) {
      behavior.translateBy(selection, dx, dy);
    },
    detach() {
      selection.on('.zoom', null);
    },
  };
}
