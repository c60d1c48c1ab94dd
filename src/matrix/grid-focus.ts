/**
 * The behaviour of an ARIA grid (WAI-ARIA APG grid pattern) as a Lit controller, shared by
 * `<pk-sector-matrix>` and `<pk-mandate-trends>`: one tab stop that roves (tabindex 0 on the active
 * cell, -1 on the others), arrows, Home/End, Ctrl+Home/End and PageUp/PageDown (navigation.ts, mirrored
 * right to left), Enter or Space to act on a cell, hover, a live region's announcement, and the
 * highlight of the focused or hovered cell's row and column painted as classes, never by a re-render
 * (a 300 × 40 grid re-rendered on every key would miss the frame).
 *
 * The element says what its grid is: where its cells are, how wide each row is, what Enter does.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { moveInGrid, type GridPosition } from './navigation.js';

export interface GridFocusHost {
  /** The grid's element, once drawn. */
  grid(): HTMLElement | null | undefined;
  /** Per navigable row, how many of its cells take focus. */
  widths(): readonly number[];
  /** The element at a position, or null (not drawn). */
  cellAt(pos: GridPosition): HTMLElement | null;
  /** The position of an element in the grid, or null outside its cells. */
  positionOf(el: Element | null): GridPosition | null;
  /** Right to left: arrows are mirrored. */
  rtl(): boolean;
  /** Enter or Space on the active cell, or a click on a cell. */
  activate(pos: GridPosition): void;
  /** The cell shown in the details panel changed (hover, else focus); null keeps the last one. */
  show(pos: GridPosition | null): void;
  /** Elements that mark a position's row and column (classes `hl`); none by default. */
  highlightOf?(pos: GridPosition): (Element | null | undefined)[];
  /** Where focus landing on a cell puts the tab stop (e.g. keep the column through a one-cell row). */
  landOn?(pos: GridPosition, previous: GridPosition): GridPosition;
}

/**
 * Scrolls a cell into view clear of the sticky headers: the grid's scroller keeps room for them with
 * scroll-padding, which the browser's own focus scroll ignores and scrollIntoView respects. Rows laid
 * out only once near the view (content-visibility) may then take their real height and push the cell
 * on: it is scrolled again in the next frames until it stays put (three at most).
 */
export function revealCell(el: Element, frames = 3): void {
  const top = el.getBoundingClientRect().top;
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  if (frames > 1) requestAnimationFrame(() => el.getBoundingClientRect().top !== top && revealCell(el, frames - 1));
}

export class GridFocusController implements ReactiveController {
  /** The grid's tab stop, kept across re-renders. */
  active: GridPosition = { row: 0, col: 0 };
  /** What the live region says: the last choice made with Enter or a click. */
  announcement = '';
  private hover: GridPosition | null = null;
  private painted = new Map<string, Element[]>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly grid: GridFocusHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Says a sentence through the element's live region (rendered from `announcement`). */
  announce(text: string): void {
    this.announcement = text;
    this.host.requestUpdate();
  }

  /** Keeps a remembered position inside the grid after its rows or columns changed. */
  clamp(pos: GridPosition): GridPosition {
    const widths = this.grid.widths();
    const row = Math.max(0, Math.min(pos.row, widths.length - 1));
    return { row, col: Math.max(0, Math.min(pos.col, Math.max(1, ...widths) - 1)) };
  }

  /** After the grid was drawn again: the tab stop and the highlight follow; `refocus` puts focus back on the active cell. */
  gridDrawn(refocus = false): void {
    this.active = this.clamp(this.active);
    for (const cls of this.painted.keys()) this.paint(cls, []);
    this.setTabStop();
    const cell = this.grid.cellAt(this.active);
    if (refocus) cell?.focus({ preventScroll: true });
    this.paintHighlight();
  }

  /** Moves the tab stop and focus to a position. */
  moveTo(pos: GridPosition): void {
    this.active = pos;
    this.setTabStop();
    this.grid.cellAt(pos)?.focus({ preventScroll: true });
  }

  /** Whether focus is on one of the grid's cells. */
  get hasFocus(): boolean {
    const focused = (this.host.shadowRoot ?? document).activeElement;
    return Boolean(focused && this.grid.positionOf(focused));
  }

  readonly onKeydown = (e: KeyboardEvent): void => {
    if (!this.grid.positionOf(e.target as Element)) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.grid.activate(this.active);
      return;
    }
    const next = moveInGrid(this.active, { key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, rtl: this.grid.rtl() }, { widths: this.grid.widths() });
    if (!next) return;
    e.preventDefault();
    this.moveTo(next);
  };

  readonly onFocusin = (e: FocusEvent): void => {
    const pos = this.grid.positionOf(e.target as Element);
    if (!pos) return;
    this.active = this.grid.landOn ? this.grid.landOn(pos, this.active) : pos;
    this.setTabStop();
    this.grid.show(pos);
    this.paintHighlight();
    const target = e.target as HTMLElement;
    requestAnimationFrame(() => revealCell(target));
  };

  readonly onClick = (e: MouseEvent): void => {
    if ((e.target as Element).closest('a')) return; // a link in a cell opens its page
    const pos = this.grid.positionOf(e.target as Element);
    if (pos) this.grid.activate(pos);
  };

  readonly onPointerover = (e: PointerEvent): void => {
    const pos = this.grid.positionOf(e.target as Element);
    if (!pos || (this.hover?.row === pos.row && this.hover.col === pos.col)) return;
    this.hover = pos;
    this.grid.show(pos);
    this.paintHighlight();
  };

  readonly onPointerleave = (): void => {
    this.hover = null;
    this.grid.show(this.hasFocus ? this.active : null);
    this.paintHighlight();
  };

  /** One cell with tabindex 0: the active one. */
  setTabStop(): void {
    const target = this.grid.cellAt(this.active);
    for (const el of this.grid.grid()?.querySelectorAll('[tabindex="0"]') ?? []) if (el !== target) el.setAttribute('tabindex', '-1');
    if (target && target.getAttribute('tabindex') !== '0') target.setAttribute('tabindex', '0');
  }

  /** The hovered cell's, else the focused cell's, row and column, as the class `hl`. */
  paintHighlight(): void {
    const pos = this.hover ?? (this.hasFocus ? this.active : null);
    this.paint('hl', pos && this.grid.highlightOf ? this.grid.highlightOf(pos) : []);
  }

  /** Puts a class on these elements and takes it off those that had it: a few nodes touched, no re-render. */
  paint(cls: string, elements: readonly (Element | null | undefined)[]): void {
    const next = elements.filter((el): el is Element => Boolean(el));
    for (const el of this.painted.get(cls) ?? []) if (!next.includes(el)) el.classList.remove(cls);
    for (const el of next) el.classList.add(cls);
    this.painted.set(cls, next);
  }
}
