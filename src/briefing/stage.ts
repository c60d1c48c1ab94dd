/**
 * The stage of a briefing: places the views a step shows in the room the header and the controls
 * leave, hides the others, and fits each drawing in its box (nothing cut, no scrolling): a view taller
 * than its box is scaled down, at the box's width.
 */
import { arrange, defaultArrangement, type Rect } from './arrange.js';
import type { Arrangement, ViewKind } from './steps.js';

export interface StageView { kind: ViewKind; el: HTMLElement & { updateComplete?: Promise<boolean> }; cell: HTMLElement }

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

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/**
 * Waits until a view has drawn at its current size: its resize observer reports on a later frame, and it
 * may draw again then (the map, once it knows its width): until its height holds for three frames.
 */
async function settled(el: StageView['el']): Promise<void> {
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
 * Lays the chosen views out in `box` (the stage's size) and fits each in its cell. Resolves when every
 * view fits; the views not chosen are hidden.
 */
export async function layOut(views: StageView[], chosen: readonly ViewKind[], arrangement: Arrangement | undefined, share: readonly number[] | undefined,
  box: { width: number; height: number }, gap: number, rtl: boolean, board: HTMLElement | null): Promise<void> {
  if (board) Object.assign(board.style, { position: 'absolute', inset: '0', display: 'block', margin: '0', padding: '0' });
  const shown = chosen.map((k) => views.find((v) => v.kind === k)).filter((v): v is StageView => !!v);
  const rects = arrange(shown.length, arrangement ?? defaultArrangement(shown.length), { x: 0, y: 0, ...box }, gap, share);
  for (const v of views) {
    const i = shown.indexOf(v);
    if (i < 0) {
      v.cell.style.display = 'none';
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
  await Promise.all(shown.map((v, i) => fitView(v, rects[i])));
}

/**
 * Makes one view fit its cell: what does not fit is scaled down (a transform: the view's own layout,
 * and so its labels, stay as they are at the cell's width), centred in its cell.
 */
async function fitView(v: StageView, cell: Rect): Promise<void> {
  const el = v.el;
  const style = el.style;
  style.transform = '';
  style.width = '';
  style.marginInline = '';
  await settled(el);
  let h = el.offsetHeight;
  if (h <= cell.height) return;
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

/** The views' heights once fitted, to tell a view that changed later (a base map that arrived) from the fitting itself. */
export function heights(views: StageView[]): number[] {
  return views.map((v) => v.el.offsetHeight);
}
