/**
 * peacekit: registers every element. Each element is also importable alone
 * (`peacekit/map`, ...); registering twice (two copies of the kit on a page) does not throw.
 *
 * This is the self-contained bundle's entry (dist/peacekit.js); the library's entry, index.ts, adds
 * the Geo-PKO converter, which the bundle leaves to its own file (dist/geo-pko.js): it is a data
 * tool for one demo page, not a widget, and would cost the bundle about 1.1 KB gzip (DESIGN.md's budget).
 */
// The order of the bundle, for gzip, which finds repeats only within 32 KB: the libraries first, then
// the stylesheets side by side (they share custom properties and selectors), then the kit's code.
// About 1.2 KB gzip of DESIGN.md's budget against the order of first use. Evaluating these first
// changes nothing: the libraries and stylesheets only define functions and build css`` results
// (tokens.ts also registers the --pk-* properties, which no module reads before an element renders).
import 'd3-geo';
import 'topojson-client';
// (Not supercluster: the clusterer is a file of its own, fetched with a mission view's base map.)
import 'd3-time';
import 'valibot';
import './shared/tokens.js';
import './map/styles.js';
import './matrix/styles.js';
import './timeline/styles.js';
// Of the model, the bundle exports the parser (a page can check a feed with it) and the types; the
// queries and vocabularies are the library build's (`peacekit/model`), which applications bundle.
export { parseFeed } from './model/parse.js';
export type * from './model/index.js';
export * from './shared/events.js';
export { PkFeedElement } from './shared/feed-element.js';
// How feeds are fetched on the page: credentials, a fetch of your own (headers, tokens), time-out, size cap.
export { setFeedOptions, type FeedFetcher, type FeedOptions } from './shared/fetch-feed.js';
export { addTranslation, LANGUAGES, loadLanguage, messagesFor, setLanguageLoader } from './shared/i18n.js';
export type { Translation } from './shared/messages/translation.js';
export type { Messages } from './shared/messages/en.js';
// Elements (each file registers its own tag with define()). The dossier comes first so that it
// provides its context before the elements inside it upgrade.
import './dossier/dossier.js';
export { PkDossier } from './dossier/dossier.js';
import './matrix/sector-matrix.js';
export { PkSectorMatrix } from './matrix/sector-matrix.js';
import './timeline/peacebuilding-timeline.js';
export { PkPeacebuildingTimeline } from './timeline/peacebuilding-timeline.js';
import './map/mission-map.js';
export { PkMissionMap } from './map/mission-map.js';
// Elements a page rarely uses are defined when their tag first appears (their code is a file beside
// the bundle): the briefing and the mandate trends. The library build (index.ts) imports them like the others.
import { defineOnDemand } from './shared/define-on-demand.js';
export { loadElement } from './shared/define-on-demand.js';
defineOnDemand('pk-briefing', () => import('./briefing/briefing.js'));
defineOnDemand('pk-mandate-trends', () => import('./mandates/mandate-trends.js'));
