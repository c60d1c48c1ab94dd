/**
 * How the bench measures, in the page: the main-thread work an element does to draw (every Lit
 * update it performs, timed with performance.now(), plus one forced style and layout pass), not the
 * idle time between frames. The plain-d3 baseline is measured the same way: its drawing, plus the
 * forced style and layout pass.
 */
import type { LitElement } from 'lit';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** Times an element's updates while `act` runs and until it settles (no update pending over two frames). */
export async function work(el: LitElement, act: () => void): Promise<number> {
  let busy = 0;
  const proto = Object.getPrototypeOf(el) as { performUpdate: () => void };
  const own = el as unknown as { performUpdate: () => void };
  own.performUpdate = function performUpdate(this: LitElement) {
    const t = performance.now();
    proto.performUpdate.call(this);
    busy += performance.now() - t;
  };
  try {
    const t0 = performance.now();
    act();
    busy += performance.now() - t0;
    for (let quiet = 0; quiet < 2; ) {
      await el.updateComplete;
      await frame();
      quiet = el.isUpdatePending ? 0 : quiet + 1;
    }
    const t1 = performance.now();
    void document.body.offsetHeight; // style and layout of everything drawn
    busy += performance.now() - t1;
    return busy;
  } finally {
    delete (own as Partial<typeof own>).performUpdate;
  }
}

/** Times a plain drawing function and the forced style and layout pass after it. */
export function baseline(draw: () => void): number {
  const t0 = performance.now();
  draw();
  void document.body.offsetHeight;
  return performance.now() - t0;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function stage(width: number, height: number): HTMLElement {
  const host = document.createElement('div');
  host.style.setProperty('width', `${width}px`);
  host.style.setProperty('height', `${height}px`);
  host.style.setProperty('overflow', 'hidden');
  document.body.append(host);
  return host;
}

export { frame };

/**
 * After the next frame is painted: a task queued from a requestAnimationFrame callback runs once that
 * frame's style, layout and paint are done.
 */
export const painted = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }));

/**
 * As the user waits (issue 19): wall time from handing the feed in to the first painted frame after
 * which the element has no update pending. Parsing, every update, style, layout and paint are in it,
 * and so is any idle time the element leaves between its updates.
 */
export async function untilPainted(el: LitElement, act: () => void): Promise<number> {
  const t0 = performance.now();
  act();
  for (;;) {
    await el.updateComplete;
    await painted();
    if (!el.isUpdatePending) break;
  }
  return performance.now() - t0;
}

/** The same for a plain drawing function (d3 or Plot): drawn, then the frame painted. */
export async function drawnUntilPainted(draw: () => void): Promise<number> {
  const t0 = performance.now();
  draw();
  await painted();
  return performance.now() - t0;
}
