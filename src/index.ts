/**
 * peacekit, the library's entry: every element and the model (bundle.ts, the entry of the
 * self-contained dist/peacekit.js), and the Geo-PKO converter (dist/geo-pko.js in the bundle build).
 */
export * from './bundle.js';
export * from './model/index.js';
export { PkBriefing, parseBriefing, type Briefing, type BriefingStep } from './briefing/index.js';
export { PkMandateTrends } from './mandates/index.js';
export { fromGeoPKO, type GeoPKOResult } from './geo/geo-pko.js';
// Where the base maps are, for applications that bundle the library (the script-tag bundle finds them beside itself).
export { setMapFiles } from './geo/map-files.js';
