/**
 * Which part of a tall chart is near the viewport, so that a large timeline draws only the lanes
 * there (and the rest as the reader scrolls to them). Invisible bands, one every `BAND` px of the
 * chart (layout.ts), are watched by an IntersectionObserver with a viewport's margin above and below; the window
 * is the span of those in or near view, and only grows: what was drawn stays (scrolling back redraws
 * nothing). No layout reads: the browser reports intersections itself.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BAND } from './layout.js';

export class LaneWindowController implements ReactiveController {
  /** The chart's px in or near view (top, bottom); none before the first report (the element then draws its `firstWindow`). */
  window?: [number, number];
  private observer?: IntersectionObserver;
  private near = new Set<number>();
  private watched: Element[] = [];

  constructor(private readonly host: ReactiveControllerHost & Element, private readonly bands: () => readonly Element[]) {
    host.addController(this);
  }

  hostUpdated(): void {
    const bands = this.bands();
    if (bands.length === this.watched.length && bands.every((b, i) => b === this.watched[i])) return;
    this.observer ??= new IntersectionObserver((entries) => this.report(entries), { rootMargin: '100% 0px' });
    for (const b of this.watched) this.observer.unobserve(b);
    this.near.clear();
    this.watched = [...bands];
    for (const b of this.watched) this.observer.observe(b);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched = [];
    this.near.clear();
  }

  private report(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      const i = this.watched.indexOf(e.target);
      if (i < 0) continue;
      if (e.isIntersecting) this.near.add(i);
      else this.near.delete(i);
    }
    if (!this.near.size) return; // scrolled away: keep what is drawn
    const [top, bottom] = this.window ?? [0, 0];
    const next: [number, number] = [Math.min(top, Math.min(...this.near) * BAND), Math.max(bottom, (Math.max(...this.near) + 1) * BAND)];
    if (this.window && next[0] === top && next[1] === bottom) return;
    this.window = next;
    this.host.requestUpdate();
  }
}
