/**
 * Fitting one view in its cell of a briefing step without shrinking its text below the kit's own
 * (12 px and up): a view that is too tall is simplified first, then drawn narrower (a map, whose
 * height follows its width), then given the kit's default type instead of the briefing's larger one.
 * Only a view that still does not fit is scaled down (a transform), the last resort: nothing is cut.
 */
import type { Rect } from './arrange.js';
import type { ViewKind } from './steps.js';

export type FitView = HTMLElement & { updateComplete?: Promise<boolean>; requestUpdate?(): void; layers?: string; legendWidth?: number };

/**
 * The attribute that says how a view was simplified, as space-separated words (fit-styles.ts acts on
 * them through the views' public parts): `simplified` hides what only serves interaction (the map's
 * table button, the matrix's cell details, the timeline's table of items: a room does not click them);
 * `legend-beside` sets the view's legend beside its drawing instead of under it; `compact` hides the
 * timeline's toolbar (its summary line, zoom buttons and date readout: the briefing's header says the date
 * and the caption what the step shows; the keys + − 0, the wheel and a drag still zoom).
 */
export const FIT_ATTRIBUTE = 'data-pk-briefing-fit';

/** How a view was made to fit, as the briefing reports it (and the tests read it). */
export type FitRung = 'as-is' | 'simplified' | 'legend-beside' | 'narrowed' | 'kit-type' | 'compact' | 'scaled';

/** The kit's default type scale, which a view falls back to (tokens.ts). */
const KIT_TYPE: Record<string, number> = { xs: 12, s: 13, m: 14, l: 16, xl: 20 };

/** Views whose height follows their width: drawn narrower, their text keeps its size. */
const NARROWS: ReadonlySet<ViewKind> = new Set(['map']);

/** The map's context a simplified map keeps: the country names and the towns, not the divisions. */
const SIMPLE_MAP_LAYERS = 'countries towns';

/** The narrowest a map is drawn before its type is made smaller, as a share of its cell's width; and at all. */
const NARROW_FIRST = 0.5;
const NARROWEST = 200;

/** Views whose legend can go beside them (through `::part(legend)`), in a place at least BESIDE_MIN legends wide. */
const BESIDE: ReadonlySet<ViewKind> = new Set(['map', 'timeline', 'matrix']);

/** Views with a compact form, the rung before the last (fit-styles.ts): the timeline without its toolbar. */
const COMPACTS: ReadonlySet<ViewKind> = new Set(['timeline']);
const BESIDE_MIN = 2.6;

/** A legend set beside a view: this many ems of its type wide, this far from the drawing. */
const LEGEND_EMS = 13;
export const SIDE_GAP = 16;

/** How each view was last fitted, and for which cell and type. */
const fitted = new WeakMap<FitView, { size: string; rung: FitRung }>();

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

/**
 * Whether a view's own scrolling box (its public part `scroller`: the matrix's grid) hides part of what it
 * holds sideways: a room cannot scroll it, so the view does not fit (the matrix's details panel, beside a
 * wide grid, leaves the grid too little room until the simplified rung hides it).
 */
function scrollsSideways(el: FitView): boolean {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="scroller"]') ?? [])].some((b) => b.scrollWidth > b.clientWidth + 1);
}

/** Whether a view fits its cell: no taller, and nothing of it scrolled out of sight. */
const fitsIn = (el: FitView, cell: Rect) => el.offsetHeight <= cell.height && !scrollsSideways(el);

/** Undoes what an earlier fitting did to a view (the page's own `layers` comes back). */
export function unfit(el: FitView): void {
  fitted.delete(el);
  const style = el.style;
  style.transform = '';
  style.transformOrigin = '';
  style.width = '';
  style.marginInline = '';
  style.removeProperty('--pk-briefing-legend-width');
  for (const k of Object.keys(KIT_TYPE)) style.removeProperty(`--pk-font-size-${k}`);
  if (el.hasAttribute(FIT_ATTRIBUTE)) {
    el.removeAttribute(FIT_ATTRIBUTE);
    const own = el.dataset.pkBriefingLayers;
    delete el.dataset.pkBriefingLayers;
    if ('layers' in el) el.layers = own === undefined || own === '\u0000' ? undefined : own;
    if ('legendWidth' in el) el.legendWidth = undefined;
  }
}

/** Makes one view fit `cell` by the rungs above; resolves with the rung it took. `typeScale`: the briefing's (1 = the kit's). */
export async function fitView(el: FitView, kind: ViewKind, cell: Rect, typeScale: number, keep = false): Promise<FitRung> {
  // A view that changed after it was fitted (a selection, data that arrived) keeps its fitting while it
  // still fits the same cell: fitting it again would draw the map anew and lose the reader's zoom.
  const size = `${Math.round(cell.width)}×${Math.round(cell.height)}×${typeScale}`;
  const rung = fitted.get(el);
  if (keep && rung?.size === size && fitsIn(el, cell)) return rung.rung;
  const done = await fitAgain(el, kind, cell, typeScale);
  fitted.set(el, { size, rung: done });
  return done;
}

async function fitAgain(el: FitView, kind: ViewKind, cell: Rect, typeScale: number): Promise<FitRung> {
  unfit(el);
  await settled(el);
  const fits = () => fitsIn(el, cell);
  if (fits()) return 'as-is';

  el.setAttribute(FIT_ATTRIBUTE, 'simplified');
  if (kind === 'map') {
    el.dataset.pkBriefingLayers = el.layers ?? '\u0000';
    el.layers = SIMPLE_MAP_LAYERS;
  }
  await settled(el);
  if (fits()) return 'simplified';

  const narrows = NARROWS.has(kind);
  // A legend beside the drawing, where the place is wide enough: the drawing as wide as the rest allows.
  let side = 0;
  const em = parseFloat(getComputedStyle(el).getPropertyValue('--pk-font-size-xs')) || 12;
  if (BESIDE.has(kind) && cell.width >= em * LEGEND_EMS * BESIDE_MIN) {
    side = Math.round(em * LEGEND_EMS);
    el.setAttribute(FIT_ATTRIBUTE, 'simplified legend-beside');
    el.style.setProperty('--pk-briefing-legend-width', `${side}px`);
    if (kind === 'map') el.legendWidth = side;
    if (narrows ? await narrow(el, cell, Math.max(NARROWEST, cell.width * NARROW_FIRST - side), side) : await setWidth(el, Math.floor(cell.width - side - SIDE_GAP), cell, side)) return 'legend-beside';
  }
  if (narrows && (await narrow(el, cell, Math.max(NARROWEST, cell.width * NARROW_FIRST - side), side))) return 'narrowed';

  if (typeScale > 1) {
    // The type and what it sets (rows, labels) shrink together: the scale that should fit, at least the kit's.
    const typeAt = async (scale: number) => {
      for (const [k, px] of Object.entries(KIT_TYPE)) el.style.setProperty(`--pk-font-size-${k}`, `${px * scale}px`);
      // A view that lays its text out itself (the timeline's rows) reads the type when it updates.
      el.requestUpdate?.();
      if (side) {
        side = Math.round(12 * scale * LEGEND_EMS);
        el.style.setProperty('--pk-briefing-legend-width', `${side}px`);
        if (kind === 'map') el.legendWidth = side;
        if (!narrows) await setWidth(el, Math.floor(cell.width - side - SIDE_GAP), cell, side);
      }
      await settled(el);
      return fits() || (narrows && (await narrow(el, cell, NARROWEST, side)));
    };
    let top = Math.max(1, Math.floor(typeScale * (cell.height / el.offsetHeight) * 100) / 100);
    if (await typeAt(top)) return 'kit-type';
    if (top > 1 && (await typeAt(1))) {
      // The kit's type fits and the guess did not: a view that does not narrow tries twice between them, by halves.
      let best = 1;
      let tried = 1;
      for (let i = 0; i < 2 && !narrows && top - best >= 0.04; i++) {
        tried = Math.round((best + top) * 50) / 100;
        if (await typeAt(tried)) best = tried;
        else top = tried;
      }
      if (tried !== best) await typeAt(best);
      return 'kit-type';
    }
  } else if (narrows && (await narrow(el, cell, NARROWEST, side))) return 'narrowed';

  if (COMPACTS.has(kind)) {
    el.setAttribute(FIT_ATTRIBUTE, `${el.getAttribute(FIT_ATTRIBUTE)} compact`);
    await settled(el);
    if (fits()) return 'compact';
  }

  await scaleDown(el, cell, side);
  return 'scaled';
}

/**
 * Draws a view narrower, centred in its cell, at the widest width (to a few pixels) at which it fits:
 * a secant search on its height against its width. False (and the width it had) when even `minWidth` does not fit.
 */
async function narrow(el: FitView, cell: Rect, minWidth: number, side = 0): Promise<boolean> {
  const start = el.style.width;
  const startMargin = el.style.marginInline;
  const widest = Math.floor(cell.width - (side ? side + SIDE_GAP : 0));
  if (side) {
    el.style.width = `${widest}px`;
    await settled(el);
    if (fitsIn(el, cell)) return setWidth(el, widest, cell, side);
  }
  let hi = { w: Math.min(widest, el.offsetWidth), h: el.offsetHeight };
  let best = 0;
  let w = Math.max(minWidth, Math.floor(hi.w * (cell.height / hi.h)));
  for (let i = 0; i < 6 && w >= minWidth; i++) {
    await setWidth(el, w, cell, side);
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
    el.style.marginInline = startMargin;
    await settled(el);
    return false;
  }
  if (el.style.width !== `${best}px`) await setWidth(el, best, cell, side);
  return fitsIn(el, cell);
}

/** Draws the view `w` wide, centred in its cell with the legend beside it (`side` wide) when there is one. */
async function setWidth(el: FitView, w: number, cell: Rect, side: number): Promise<boolean> {
  el.style.width = `${w}px`;
  const start = Math.max(0, Math.floor((cell.width - w - (side ? side + SIDE_GAP : 0)) / 2));
  el.style.marginInline = `${start}px auto`;
  await settled(el);
  return fitsIn(el, cell);
}

/**
 * The last resort: the view at its width, scaled down to its cell's height (its text then reads smaller).
 * Centred; with a legend beside it (`side`), from the cell's inline start, so that the legend stays inside the cell.
 */
async function scaleDown(el: FitView, cell: Rect, side = 0) {
  const style = el.style;
  let h = el.offsetHeight;
  style.width = `${el.offsetWidth}px`;
  style.marginInline = side ? '0 auto' : 'auto';
  style.transformOrigin = !side ? 'top center' : getComputedStyle(el).direction === 'rtl' ? 'top right' : 'top left';
  // A view that reads its width from its on-screen box lays out again once scaled: until it holds still.
  for (let i = 0; i < 4; i++) {
    style.transform = `scale(${Math.min(1, Math.floor((cell.height / h) * 1000) / 1000)})`;
    await settled(el);
    const now = el.offsetHeight;
    if (Math.abs(now - h) < 1) break;
    h = now;
  }
}
