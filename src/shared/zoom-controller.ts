/**
 * Zoom and pan for the map and the timeline: one reactive controller over d3-zoom's public API
 * (zoom-behavior.ts), which it loads once the element has drawn. Until then a call is kept and made
 * when it arrives. `sync` sets the transform without telling the element (after the element itself
 * changed its view, e.g. a new frame), where d3-zoom alone would report it as a zoom.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Extent, ZoomBinding, ZoomHandlers, ZoomState } from './zoom-behavior.js';

export type { Extent, ZoomState } from './zoom-behavior.js';

export const IDENTITY: ZoomState = { k: 1, x: 0, y: 0 };

/** A transform's inverse along x: the position at zoom 1 of a point now at `px`. */
export const invertX = (t: ZoomState, px: number) => (px - t.x) / t.k;

let module: Promise<typeof import('./zoom-behavior.js')> | undefined;

export class ZoomController implements ReactiveController {
  private binding?: ZoomBinding;
  private node?: HTMLElement;
  private loading?: Promise<void>;
  private syncing = false;
  private queued: ((b: ZoomBinding) => void)[] = [];

  constructor(host: ReactiveControllerHost, private readonly handlers: ZoomHandlers) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.binding?.detach();
    this.binding = this.node = undefined;
    this.loading = undefined;
  }

  /** Resolves once d3-zoom is bound (at once when no element was attached). */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  /** Binds to `node` (again when the element drew a new one), loading d3-zoom the first time. */
  attach(node: HTMLElement): void {
    if (node === this.node) return;
    this.binding?.detach();
    this.binding = undefined;
    this.node = node;
    const handlers: ZoomHandlers = {
      filter: (e) => this.handlers.filter(e),
      zoom: (t, gesture) => { if (!this.syncing) this.handlers.zoom(t, gesture); },
      end: (t, gesture) => { if (!this.syncing) this.handlers.end(t, gesture); },
    };
    module ??= import('./zoom-behavior.js');
    this.loading = module.then((m) => {
      if (this.node !== node) return;
      this.binding = m.bindZoom(node, handlers);
      for (const call of this.queued.splice(0)) call(this.binding);
    });
  }

  private call(f: (b: ZoomBinding) => void): void {
    if (this.binding) f(this.binding);
    else this.queued.push(f);
  }

  limit(extent: Extent, scaleExtent: [number, number], translateExtent: Extent = extent): void {
    this.call((b) => b.limit(extent, scaleExtent, translateExtent));
  }

  /** Sets the transform without reporting it to the element. */
  sync(t: ZoomState): void {
    this.call((b) => {
      this.syncing = true;
      try {
        b.transform(t);
      } finally {
        this.syncing = false;
      }
    });
  }

  transform(t: ZoomState): void {
    this.call((b) => b.transform(t));
  }

  scaleBy(k: number, point?: [number, number]): void {
    this.call((b) => b.scaleBy(k, point));
  }

  translateBy(dx: number, dy: number): void {
    this.call((b) => b.translateBy(dx, dy));
  }
}
