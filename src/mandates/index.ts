/**
 * `peacekit/mandates`: this element alone (it registers its tag on import), for applications that bundle
 * the kit and want only what they use. Every element also comes with `peacekit` (all of them).
 */
export { PkMandateTrends } from './mandate-trends.js';
export * from '../shared/events.js';
export { addTranslation, LANGUAGES, loadLanguage } from '../shared/i18n.js';
