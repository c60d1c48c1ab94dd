/**
 * `peacekit/react`: the five elements as React components, made with `@lit/react`'s `createComponent`.
 * They work in React 17 to 19 whatever the load order: each wrapper imports its element, and sets
 * `data`, `selection`, `briefing`... as properties once React has rendered the element. Events are
 * typed `onPk…` props: `<PeacebuildingTimeline onPkDateChange={(e) => setDate(e.detail.date)} />`.
 * This entry brings every element; `peacekit/react/timeline` (map, matrix, dossier, briefing) brings one.
 * For the plain elements in JSX (`<pk-mission-map>`), see `peacekit/react/jsx`.
 */
export { PeacebuildingTimeline } from './timeline.js';
export { MissionMap } from './map.js';
export { SectorMatrix } from './matrix.js';
export { Dossier } from './dossier.js';
export { Briefing } from './briefing.js';
export type { PkDateChangeEvent, PkExportErrorEvent, PkFeedErrorEvent, PkFeedLoadEvent, PkRetryEvent, PkSelectEvent, PkStepChangeEvent } from '../shared/events.js';
