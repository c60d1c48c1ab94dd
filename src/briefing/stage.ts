/**
 * The stage of a briefing: places the views a step shows in the room the header and the controls
 * leave, hides the others, and fits each drawing in its box (nothing cut, no scrolling, text no smaller
 * than the kit's: fit.ts).
 */
import { arrange, defaultArrangement } from './arrange.js';
import { fitView, unfit, type FitRung } from './fit.js';
import type { Arrangement, ViewKind } from './steps.js';

export interface StageView { kind: ViewKind; el: HTMLElement & { updateComplete?: Promise<boolean>; layers?: string }; cell: HTMLElement }

const TAGS: Record<string, ViewKind> = { 'pk-mission-map': 'map', 'pk-peacebuilding-timeline': 'timeline', 'pk-sector-matrix': 'matrix', 'pk-mandate-trends': 'mandates' };
export const VIEW_SELECTOR = Object.keys(TAGS).join(', ');

/** The views inside `root`, each with its cell: the ancestor that is a child of `board` (or of `root`). */
export function findViews(root: HTMLElement, board: HTMLElement | null): StageView[] {
  const parent = board ?? root;
  return [...root.querySelectorAll<HTMLElement>(VIEW_SELECTOR)].map((el) => {
    let cell: HTMLElement = el;
    while (cell.parentElement && cell.parentElement !== parent) cell = cell.parentElement;
    return { kind: TAGS[el.localName], el, cell };
  });
}

/**
 * Lays the chosen views out in `box` (the stage's size) and fits each in its cell. Resolves, when every
 * view fits, with how each chosen view was fitted; the views not chosen are hidden. `typeScale`: the
 * briefing's type against the kit's; `keep`: a view that still fits its cell keeps how it was fitted.
 */
export async function layOut(views: StageView[], chosen: readonly ViewKind[], arrangement: Arrangement | undefined, share: readonly number[] | undefined,
  box: { width: number; height: number }, gap: number, rtl: boolean, board: HTMLElement | null, typeScale: number, keep = false): Promise<FitRung[]> {
  if (board) Object.assign(board.style, { position: 'absolute', inset: '0', display: 'block', margin: '0', padding: '0' });
  const shown = chosen.map((k) => views.find((v) => v.kind === k)).filter((v): v is StageView => !!v);
  const rects = arrange(shown.length, arrangement ?? defaultArrangement(shown.length), { x: 0, y: 0, ...box }, gap, share);
  for (const v of views) {
    const i = shown.indexOf(v);
    if (i < 0) {
      v.cell.style.display = 'none';
      unfit(v.el);
      continue;
    }
    const r = rects[i];
    const x = rtl ? box.width - r.x - r.width : r.x;
    Object.assign(v.cell.style, {
      display: 'block', position: 'absolute', boxSizing: 'border-box', overflow: 'hidden', margin: '0',
      left: `${x}px`, top: `${r.y}px`, width: `${r.width}px`, height: `${r.height}px`, maxHeight: 'none',
    });
    // The matrix's grid scrolls under sticky headers beyond a height: here it is given its full height and fitted.
    v.el.style.setProperty('--pk-matrix-max-height', 'none');
  }
  return Promise.all(shown.map((v, i) => fitView(v.el, v.kind, rects[i], typeScale, keep)));
}

/** The views' heights once fitted, to tell a view that changed later (a base map that arrived) from the fitting itself. */
export function heights(views: StageView[]): number[] {
  return views.map((v) => v.el.offsetHeight);
}
