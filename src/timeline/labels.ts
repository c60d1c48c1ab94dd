/**
 * Labels that do not collide, without measuring the DOM: widths are estimated from the characters
 * (shared/text-width.ts), so layout stays pure and testable.
 */

export { fitText, textWidth } from '../shared/text-width.js';

export interface PlacedLabel {
  /** Row below the marker (0 = nearest), or -1 when no row has room: the label is left out. */
  row: number;
  /** Where the text is anchored: right of the marker (`start`) or left of it (`end`). */
  anchor: 'start' | 'end';
  /** The anchor's x. */
  x: number;
}

/**
 * Places labels beside point markers (sorted by x) in up to `maxRows` rows: each label goes right of
 * its marker, or left of it when it would run past `right`, into the first row where it overlaps no
 * earlier label. A label with no room is left out (row -1); its marker stays and shows it on hover.
 */
export function placePointLabels(anchors: readonly { x: number; width: number }[], right: number, maxRows: number, gap = 6): PlacedLabel[] {
  const rowEnds: number[] = [];
  const rowSpans: [number, number][][] = [];
  const fits = (row: number, a: number, b: number) => (rowSpans[row] ?? []).every(([s, e]) => b + gap <= s || a >= e + gap);
  return anchors.map(({ x, width }) => {
    const toRight = x + 4 + width <= right;
    const a = toRight ? x + 4 : Math.max(0, x - 4 - width);
    const b = a + width;
    for (let row = 0; row < maxRows; row++) {
      if (fits(row, a, b)) {
        (rowSpans[row] ??= []).push([a, b]);
        rowEnds[row] = Math.max(rowEnds[row] ?? 0, b);
        // Pushed right of the plot's left edge when there is no room on the left: it ends at b, not at x - 4.
        return { row, anchor: toRight ? 'start' : 'end', x: toRight ? x + 4 : b } as PlacedLabel;
      }
    }
    return { row: -1, anchor: 'start', x } as PlacedLabel;
  });
}
