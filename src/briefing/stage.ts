/**
 * The stage of a briefing: places the views a step shows in the room the header and the controls
 * leave, hides the others, and fits each drawing in its box (nothing cut, no scrolling). The map is
 * made narrower, which makes its drawing lower (its height follows its width) and keeps its type
 * large; what still does not fit is scaled down with CSS `zoom`.
 */
import { arrange, defaultArrangement, type Rect } from './arrange.js';
import type { Arrangement, ViewKind } from './steps.js';

export interface StageView { kind: ViewKind; el: HTMLElement & { updateComplete?: Promise<boolean> }; cell: HTMLElement }

const TAGS: Record<string, ViewKind> = { 'pk-mission-map': 'map', 'pk-peacebuilding-timeline': 'timeline', 'pk-sector-matrix': 'matrix' };
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

/** Waits until a view has drawn at its current size (its resize observer reports on the next frame). */
async function settled(el: StageView['el']): Promise<void> {
  await el.updateComplete;
  await frame();
  await frame();
  await el.updateComplete;
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

/** Makes one view fit its cell: narrower (the map), then scaled down. */
async function fitView(v: StageView, cell: Rect): Promise<void> {
  const el = v.el;
  const style = el.style;
  style.zoom = '';
  style.width = '';
  style.marginInline = '';
  await settled(el);
  let h = el.getBoundingClientRect().height;
  if (v.kind === 'map' && h > cell.height) {
    // The drawing's height follows the map's width; the caption, legend and notes around it do not.
    for (let i = 0; i < 3 && h > cell.height; i++) {
      const drawing = el.shadowRoot?.querySelector('svg.map')?.getBoundingClientRect().height ?? 0;
      const width = el.getBoundingClientRect().width;
      const room = drawing - (h - cell.height);
      if (!(drawing > 0) || room < drawing * 0.3) break;
      style.width = `${Math.floor((width * room) / drawing)}px`;
      style.marginInline = 'auto';
      await settled(el);
      h = el.getBoundingClientRect().height;
    }
  }
  for (let i = 0; i < 4 && h > cell.height; i++) {
    const zoom = (Number(style.zoom) || 1) * (cell.height / h) * (i ? 0.99 : 1);
    style.zoom = String(Math.floor(zoom * 1000) / 1000);
    await settled(el);
    h = el.getBoundingClientRect().height;
  }
}
