/**
 * `peacekit/matrix`: this element alone (it registers its tag on import), for applications that bundle
 * the kit and want only what they use. Every element also comes with `peacekit` (all of them).
 */
export { PkSectorMatrix } from './sector-matrix.js';
export * from '../shared/events.js';
export { setFeedOptions, type FeedFetcher, type FeedOptions } from '../shared/fetch-feed.js';
export { addTranslation, LANGUAGES, loadLanguage } from '../shared/i18n.js';
