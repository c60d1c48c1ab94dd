/** Feeds the host's content-box size into its update cycle: UI = f(state, size). */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private observed?: Element;

  constructor(private readonly host: ReactiveControllerHost & Element, private readonly target?: () => Element | null | undefined) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      if (width === this.width && height === this.height) return;
      this.width = width;
      this.height = height;
      this.host.requestUpdate();
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
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }
}
