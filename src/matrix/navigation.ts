/**
 * Keyboard movement in the matrix grid (WAI-ARIA APG grid pattern): arrows, Home/End within a row,
 * Ctrl+Home/End to the first/last cell, PageUp/PageDown by a screenful. Pure: a position and a key in,
 * a position out. An area row is one cell wide; moving through it keeps the remembered column.
 */

export interface GridPosition {
  row: number;
  col: number;
}

export interface GridShape {
  /** Per row, how many cells can take focus (1 for an area heading, the column count for a sector). */
  widths: readonly number[];
}

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /** Right to left: the grid is mirrored, so ArrowLeft moves to the next column (APG grid pattern). */
  rtl?: boolean;
}

const MIRRORED: Record<string, string> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };

const PAGE = 10;

/** The position after a key, or `null` when the key does not move focus. */
export function moveInGrid(pos: GridPosition, input: KeyInput, shape: GridShape): GridPosition | null {
  const last = shape.widths.length - 1;
  if (last < 0) return null;
  const ctrl = input.ctrlKey || input.metaKey;
  const widthOf = (row: number) => Math.max(shape.widths[row] ?? 1, 1);
  const at = (row: number, col: number) => ({ row: clamp(row, 0, last), col: Math.max(0, col) });
  const narrow = widthOf(pos.row) === 1;
  const key = input.rtl ? MIRRORED[input.key] ?? input.key : input.key;
  switch (key) {
    case 'ArrowRight':
      if (narrow) return null;
      return at(pos.row, Math.min(pos.col + 1, widthOf(pos.row) - 1));
    case 'ArrowLeft':
      if (narrow) return null;
      return at(pos.row, Math.min(pos.col, widthOf(pos.row) - 1) - 1);
    case 'ArrowDown':
      return at(pos.row + 1, pos.col);
    case 'ArrowUp':
      return at(pos.row - 1, pos.col);
    case 'PageDown':
      return at(pos.row + PAGE, pos.col);
    case 'PageUp':
      return at(pos.row - PAGE, pos.col);
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : at(pos.row, 0);
    case 'End':
      return ctrl ? { row: last, col: widthOf(last) - 1 } : at(pos.row, widthOf(pos.row) - 1);
    default:
      return null;
  }
}

/** The cell a remembered column lands on in a row (an area heading has one cell). */
export function cellInRow(pos: GridPosition, shape: GridShape): number {
  return Math.min(pos.col, Math.max(shape.widths[pos.row] ?? 1, 1) - 1);
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}
