/**
 * What the timeline needs only once it has drawn: the tooltip's text, the accessible table, moving
 * between marks (keyboard, pointer, focus), the date cursor's drag and keys, zoom and pan, and the
 * watch on which lanes of a large timeline come into view. Loaded after the first drawing, so that it is not
 * in what a page loads before it (DESIGN.md's budget); `updateComplete` waits for it.
 */
export { CursorController } from './cursor-controller.js';
export { LaneWindowController } from './lane-window.js';
export { TimelineZoom } from './timeline-zoom.js';
export { MarksController } from './marks-controller.js';
export { tipText } from './mark-text.js';
export { tableBody, timelineTable } from './table.js';
