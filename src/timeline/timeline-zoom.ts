/**
 * Zoom and pan for the timeline, through the zoom controller shared with the map
 * (shared/zoom-controller.ts): buttons and keys step the view at once; a drag, pinch or wheel moves
 * the drawn layer as one composited transform (`gesture`) and lays out once at its end. The view is
 * the element's; the arithmetic between transform and days is zoom-view.ts's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Day } from '../model/index.js';
import { ZoomController, type ZoomState } from '../shared/zoom-controller.js';
import type { TimelineModel } from './lanes.js';
import type { TimelineLayout } from './layout.js';
import { domainOf, isExtent, maxScale, revealShift, transformFor } from './zoom-view.js';

/** Between a gesture's start and end the drawn bars are moved as one composited layer by this much. */
export interface Gesture {
  scale: number;
  dx: number;
  domain: [Day, Day];
}

export interface TimelineZoomOptions {
  model(): TimelineModel | null;
  layout(): TimelineLayout | null;
  chart(): HTMLElement | undefined;
  /** A completed zoom: the days now in view, null for the whole extent. */
  view(domain: [Day, Day] | null): void;
  /** A gesture started or moved (the tooltip goes). */
  moving(): void;
}

export class TimelineZoom implements ReactiveController {
  /** The gesture going on, if any. */
  gesture: Gesture | null = null;
  private readonly zoom: ZoomController;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: TimelineZoomOptions) {
    host.addController(this);
    this.zoom = new ZoomController(host, {
      filter: (event: Event) => {
        const target = event.target as Element;
        if (target.closest?.('.cursor, .axis-hit, button, .tip')) return false;
        // The wheel zooms only on purpose: with Ctrl/Cmd, or once the timeline has focus.
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey || !!options.chart()?.matches(':focus-within');
        return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
      },
      zoom: (t, gesture) => this.onZoom(t, gesture),
      end: () => this.onZoomEnd(),
    });
  }

  /** Resolves once d3-zoom is bound. */
  get ready(): Promise<void> {
    return this.zoom.ready;
  }

  hostUpdated(): void {
    const chart = this.options.chart();
    const model = this.options.model();
    const layout = this.options.layout();
    if (!chart || !layout || !model) return;
    this.zoom.attach(chart);
    if (this.gesture) return;
    const { plotLeft, plotWidth, height } = layout;
    this.zoom.limit([[plotLeft, 0], [plotLeft + plotWidth, height]], [1, maxScale(model.extent)]);
    this.zoom.sync(transformFor(model.extent, layout, layout.domain));
  }

  private onZoom(transform: ZoomState, gesture: boolean): void {
    const model = this.options.model()!;
    const layout = this.options.layout()!;
    const domain = domainOf(model.extent, layout, transform);
    if (!gesture) {
      // Buttons and keys: one step, laid out at once.
      this.gesture = null;
      this.options.view(isExtent(model.extent, domain) ? null : domain);
      return;
    }
    const t0 = transformFor(model.extent, layout, layout.domain);
    const scale = transform.k / t0.k;
    const left = layout.plotLeft;
    this.gesture = { scale, dx: scale * (left - t0.x) + transform.x - left, domain };
    this.options.moving();
    this.host.requestUpdate();
  }

  private onZoomEnd(): void {
    if (!this.gesture) return;
    const domain = this.gesture.domain;
    this.gesture = null;
    this.options.view(isExtent(this.options.model()!.extent, domain) ? null : domain);
    this.host.requestUpdate();
  }

  /** Zooms by `factor` about `centerX` (px in the chart). */
  zoomBy(factor: number, centerX: number): void {
    this.zoom.scaleBy(factor, [centerX, 0]);
  }

  showAll(): void {
    this.zoom.transform({ k: 1, x: 0, y: 0 });
  }

  /** Pans (without zooming) so that a day range is in view. */
  reveal(start: Day, end: Day = start): void {
    const model = this.options.model();
    const layout = this.options.layout();
    if (!model || !layout) return;
    const dx = revealShift(layout.domain, layout.plotWidth, transformFor(model.extent, layout, layout.domain).k, start, end);
    if (dx) this.zoom.translateBy(dx, 0);
  }
}
