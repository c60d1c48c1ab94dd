/**
 * The sector matrix's sizes, one set for the screen (styles.ts reads them as CSS lengths, layout.ts
 * fits columns with them) and for the SVG export (export-svg.ts draws with them), so that the picture
 * saved is the picture seen.
 */

/** Side of a role glyph at the kit's 12 px type (a briefing enlarges it through --pk-matrix-glyph-size). */
export const GLYPH = 20;
/** A sector row: the glyph, 5 px above and below, the 1 px rule included (taller where a sector's name wraps). */
export const ROW = GLYPH + 10;
/** A priority area's heading row, with its rule: as tall as a sector row. */
export const AREA_ROW = ROW;
/** The actor-type groups' row above the actors' names. */
export const GROUP_ROW = 26;
/** The actors' row when their short names run across. */
export const HORIZONTAL_HEADER = 36;
/** The tallest the actors' row grows when the names run vertically. */
export const MAX_VERTICAL_HEADER = 150;

export const MIN_COLUMN = 40;
export const MAX_COLUMN = 128;
/** Below this column width, glyphs shrink by 4 px so two sit side by side (styles.ts, `.compact`). */
export const COMPACT_COLUMN = 56;
/** From this column width, the level is printed under the glyphs. */
export const LEVELS_COLUMN = 64;
export const MIN_ROW_HEADER = 120;
export const MAX_ROW_HEADER = 240;
/** From this many rows, rows off screen skip style and layout (content-visibility, styles.ts). */
export const LONG_GRID = 50;
/** From this container width, the details panel sits beside the grid rather than below it. */
export const SIDE_PANEL_WIDTH = 1100;
/** The details panel beside the grid: its widest, and the gap before it (--pk-space-3); the grid's columns fit the rest. */
export const DETAILS_WIDTH = 360;
export const DETAILS_GAP = 12;
/** Room kept for a vertical scrollbar beside the grid (classic scrollbars: 17 px on Windows, 12 in Firefox on Linux; styles.ts keeps its gutter). */
export const SCROLLBAR = 17;

/** Average advance of a 13 px bold system-ui character (short names are mostly capitals), for fitting headers without measuring. */
export const HEADER_CHAR = 8.4;
export const HEADER_PADDING = 12;
