/**
 * Feeds the host's content-box size into its update cycle: UI = f(state, size). Only a change of
 * width updates the host unless `watchHeight` is set: an element whose height follows from its
 * drawing would otherwise redraw on its own growth, inside the observer's loop (the "ResizeObserver
 * loop completed with undelivered notifications" error).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private observed?: Element;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly target?: () => Element | null | undefined,
    private readonly options: { watchHeight?: boolean } = {},
  ) {
    host.addController(this);
  }

  /**
   * Until the observer has reported, the host's width read now (one layout read): an element calls it
   * before its update (`scheduleUpdate`), so that its first drawing is at the right width, in one update,
   * and its `willUpdate` reads no layout. Recorded as the size drawn for, so that the observer's first
   * report of the same width does not update again.
   */
  measure(): void {
    this.width ||= this.host.clientWidth;
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      const changed = width !== this.width || (this.options.watchHeight && height !== this.height);
      this.width = width;
      this.height = height;
      // Redraw in the next frame, not inside the observer's delivery: a redraw that changes the page's
      // layout (a scrollbar appearing) would otherwise resize observed elements again in the same loop.
      if (changed && !this.frame) {
        this.frame = requestAnimationFrame(() => {
          this.frame = 0;
          this.host.requestUpdate();
        });
      }
    });
    this.observed = this.target?.() ?? this.host;
    this.observer.observe(this.observed);
  }

  hostUpdated(): void {
    // Once the target is rendered, it alone is watched: an element whose height follows its width
    // would otherwise resize the host again inside the observer's loop (a ResizeObserver loop error).
    const el = this.target?.();
    if (el && this.observer && el !== this.observed) {
      if (this.observed) this.observer.unobserve(this.observed);
      this.observed = el;
      this.observer.observe(el);
    }
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }
}
