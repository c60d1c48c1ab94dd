/**
 * Keeps the step shown laid out: lays its views out and fits them (stage.ts, fit.ts) when the step
 * changes, when the stage resizes, and when a view changes its height after it was fitted (its data or
 * its base map arrived); one fitting at a time, in order.
 */
import { chosenViews } from './arrange.js';
import type { FitRung } from './fit.js';
import { findViews, heights, layOut } from './stage.js';
import type { BriefingStep } from './steps.js';

/** The briefing's type against the kit's: 1.4 on a 1920 × 1080 screen, less on smaller ones, at least 1. */
export function autoTypeScale(width: number, height: number): number {
  return Math.max(1, Math.min(1.4, 1.75 * Math.min(width / 1920, height / 1080)));
}

export class StageFit {
  /** How each view the step shows was made to fit, in the step's order. */
  fits: FitRung[] = [];
  private readonly resize: ResizeObserver;
  private run = 0;
  private fitted?: number[];
  private refits = 0;
  private held = false;
  /** Resolves when the last fitting asked for is done. */
  private laidOut: Promise<void> = Promise.resolve();

  constructor(private readonly host: HTMLElement, private readonly stage: () => HTMLElement | null | undefined, private readonly step: () => BriefingStep | undefined) {
    this.resize = new ResizeObserver(this.onResize);
  }

  observe(): void {
    const stage = this.stage();
    if (stage) this.resize.observe(stage);
  }

  disconnect(): void {
    this.resize.disconnect();
  }

  /** While held (an export walks the steps and draws the views unfitted), a view's change of height is not fitted. */
  hold(held: boolean): void {
    this.held = held;
  }

  /** Runs `task` (a step's focus and fitting) after the fittings before it; a new step fits from scratch. */
  queue(task: (fit: () => Promise<void>) => Promise<void>): void {
    this.laidOut = this.laidOut.then(() => {
      this.fitted = undefined;
      this.refits = 0;
      return task(() => this.layOut());
    }).catch(() => undefined);
  }

  /** Fits the step shown again; with `keep`, a view that still fits keeps how it was fitted. */
  relayout = (keep = false): void => {
    this.fitted = undefined;
    this.laidOut = this.laidOut.then(() => this.layOut(keep)).catch(() => undefined);
  };

  /** Resolves when the step shown is laid out and no fitting is left to do. */
  get complete(): Promise<void> {
    return (async () => {
      // A fitting may start while another ends (a view that changed its height): until none is left.
      for (let p = this.laidOut; ; p = this.laidOut) {
        await p;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        if (p === this.laidOut) return;
      }
    })();
  }

  private board() {
    return this.host.querySelector<HTMLElement>('pk-dossier');
  }

  private async layOut(keep = false) {
    const step = this.step();
    const stage = this.stage();
    if (!step || !stage) return;
    const run = ++this.run;
    const box = stage.getBoundingClientRect();
    if (!box.width || !box.height) return;
    const host = this.host.getBoundingClientRect();
    this.host.style.setProperty('--_auto-scale', String(autoTypeScale(host.width, host.height)));
    const style = getComputedStyle(this.host);
    const typeScale = parseFloat(style.getPropertyValue('--pk-font-size-xs')) / 12 || 1;
    const views = findViews(this.host, this.board());
    const chosen = chosenViews(step, views.map((v) => v.kind));
    const fits = await layOut(views, chosen, step.layout, step.share, { width: box.width, height: box.height }, 16, style.direction === 'rtl', this.board(), typeScale, keep);
    if (run !== this.run) return;
    this.fits = fits;
    this.fitted = heights(views);
    for (const v of views) this.resize.observe(v.el);
  }

  private onResize = (entries: ResizeObserverEntry[]) => {
    if (entries.some((e) => e.target === this.stage())) {
      this.refits = 0;
      this.relayout();
      return;
    }
    // While a fitting runs (nothing recorded yet), the views' changes are its own.
    const fitted = this.fitted;
    if (!fitted || this.held) return;
    const now = heights(findViews(this.host, this.board()));
    // Twice at most: a view whose height follows how it is fitted would otherwise be fitted for ever.
    if ((now.length !== fitted.length || now.some((h, i) => Math.abs(h - fitted[i]) > 1)) && this.refits++ < 2) this.relayout(true);
  };
}
