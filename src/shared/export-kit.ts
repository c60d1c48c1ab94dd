/**
 * The export code of every element, in one module that an element loads once it has drawn (see
 * `LangElement.exportKit`): SVG serialization, PNG rendering, the map's, the matrix's, the mandate trends' and the timeline's compositions.
 * Nobody needs it to see a drawing, so it is a file beside the bundle, not part of what a page loads
 * before its first drawing (DESIGN.md's budget).
 */
export { svgStringToPng, svgToString, withFinePrint } from './export.js';
export { finishPicture } from './picture.js';
export { composeSVG } from '../map/export.js';
export { matrixToSVG } from '../matrix/export-svg.js';
export { trendToSVG } from '../mandates/export-svg.js';
export { yearsToSVG } from '../mandates/export-years-svg.js';
export { timelineSVG } from '../timeline/export.js';
