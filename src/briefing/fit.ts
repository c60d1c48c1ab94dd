/**
 * Fitting one view in its cell of a briefing step without shrinking its text below the kit's own
 * (12 px and up): a view that is too tall is simplified first, then drawn narrower (a map, whose
 * height follows its width), then given the kit's default type instead of the briefing's larger one.
 * Only a view that still does not fit is scaled down (a transform), the last resort: nothing is cut.
 */
import type { Rect } from './arrange.js';
import type { ViewKind } from './steps.js';

export type FitView = HTMLElement & { updateComplete?: Promise<boolean>; layers?: string };

/**
 * The attribute that marks a simplified view; fit-styles.ts hides, through the view's public parts,
 * what only serves interaction (the map's table button, the matrix's cell details, the timeline's
 * table of items): a room does not click them.
 */
export const FIT_ATTRIBUTE = 'data-pk-briefing-fit';

/** How a view was made to fit, as the briefing reports it (and the tests read it). */
export type FitRung = 'as-is' | 'simplified' | 'narrowed' | 'kit-type' | 'scaled';

/** The kit's default type scale, which a view falls back to (tokens.ts). */
const KIT_TYPE: Record<string, number> = { xs: 12, s: 13, m: 14, l: 16, xl: 20 };

/** Views whose height follows their width: drawn narrower, their text keeps its size. */
const NARROWS: ReadonlySet<ViewKind> = new Set(['map']);

/** The map's context a simplified map keeps: the country names and the towns, not the divisions. */
const SIMPLE_MAP_LAYERS = 'countries towns';

/** The narrowest a map is drawn before its type is made smaller, as a share of its cell's width; and at all. */
const NARROW_FIRST = 0.5;
const NARROWEST = 200;

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/**
 * Waits until a view has drawn at its current size: its resize observer reports on a later frame, and it
 * may draw again then (the map, once it knows its width): until its height holds for three frames.
 */
export async function settled(el: FitView): Promise<void> {
  let last = -1;
  let same = 0;
  for (let i = 0; i < 40 && same < 3; i++) {
    await el.updateComplete;
    await frame();
    const h = el.offsetHeight;
    same = h === last ? same + 1 : 0;
    last = h;
  }
}

/** Undoes what an earlier fitting did to a view (the page's own `layers` comes back). */
export function unfit(el: FitView): void {
  const style = el.style;
  style.transform = '';
  style.transformOrigin = '';
  style.width = '';
  style.marginInline = '';
  for (const k of Object.keys(KIT_TYPE)) style.removeProperty(`--pk-font-size-${k}`);
  if (el.hasAttribute(FIT_ATTRIBUTE)) {
    el.removeAttribute(FIT_ATTRIBUTE);
    const own = el.dataset.pkBriefingLayers;
    delete el.dataset.pkBriefingLayers;
    if ('layers' in el) el.layers = own === undefined || own === '\u0000' ? undefined : own;
  }
}

/** Makes one view fit `cell` by the rungs above; resolves with the rung it took. `typeScale`: the briefing's (1 = the kit's). */
export async function fitView(el: FitView, kind: ViewKind, cell: Rect, typeScale: number): Promise<FitRung> {
  unfit(el);
  await settled(el);
  const fits = () => el.offsetHeight <= cell.height;
  if (fits()) return 'as-is';

  el.setAttribute(FIT_ATTRIBUTE, 'simplified');
  if (kind === 'map') {
    el.dataset.pkBriefingLayers = el.layers ?? '\u0000';
    el.layers = SIMPLE_MAP_LAYERS;
  }
  await settled(el);
  if (fits()) return 'simplified';

  const narrows = NARROWS.has(kind);
  if (narrows && (await narrow(el, cell, Math.max(NARROWEST, cell.width * NARROW_FIRST)))) return 'narrowed';

  if (typeScale > 1) {
    // The type and what it sets (rows, labels) shrink together: the scale that should fit, at least the kit's.
    const h = el.offsetHeight;
    for (const scale of [Math.max(1, Math.floor(typeScale * (cell.height / h) * 100) / 100), 1]) {
      for (const [k, px] of Object.entries(KIT_TYPE)) el.style.setProperty(`--pk-font-size-${k}`, `${px * scale}px`);
      await settled(el);
      if (fits()) return 'kit-type';
      if (scale === 1) break;
    }
  }
  if (narrows && (await narrow(el, cell, NARROWEST))) return 'kit-type';

  await scaleDown(el, cell);
  return 'scaled';
}

/**
 * Draws a view narrower, centred in its cell, at the widest width (to a few pixels) at which it fits:
 * a secant search on its height against its width. False (and the width it had) when even `minWidth` does not fit.
 */
async function narrow(el: FitView, cell: Rect, minWidth: number): Promise<boolean> {
  const start = el.style.width;
  let hi = { w: el.offsetWidth, h: el.offsetHeight };
  let best = 0;
  let w = Math.max(minWidth, Math.floor(hi.w * (cell.height / hi.h)));
  el.style.marginInline = 'auto';
  for (let i = 0; i < 6 && w >= minWidth; i++) {
    el.style.width = `${w}px`;
    await settled(el);
    const h = el.offsetHeight;
    if (h <= cell.height) {
      best = w;
      // Towards the widest that fits, between this width and the narrowest one found too tall.
      const next = hi.h > h ? Math.floor(w + ((cell.height - h) * (hi.w - w)) / (hi.h - h)) - 2 : w;
      if (next - w < 8) break;
      w = Math.min(next, hi.w - 4);
    } else {
      hi = { w, h };
      if (w <= minWidth) break;
      w = Math.max(minWidth, Math.floor(w * (cell.height / h)) - 2);
    }
  }
  if (!best) {
    el.style.width = start;
    if (!start) el.style.marginInline = '';
    await settled(el);
    return false;
  }
  if (el.style.width !== `${best}px`) {
    el.style.width = `${best}px`;
    await settled(el);
  }
  return el.offsetHeight <= cell.height;
}

/** The last resort: the view at its width, scaled down to its cell's height (its text then reads smaller). */
async function scaleDown(el: FitView, cell: Rect) {
  const style = el.style;
  let h = el.offsetHeight;
  style.width = `${el.offsetWidth}px`;
  style.marginInline = 'auto';
  style.transformOrigin = 'top center';
  // A view that reads its width from its on-screen box lays out again once scaled: until it holds still.
  for (let i = 0; i < 4; i++) {
    style.transform = `scale(${Math.floor((cell.height / h) * 1000) / 1000})`;
    await settled(el);
    const now = el.offsetHeight;
    if (Math.abs(now - h) < 1) break;
    h = now;
  }
}
