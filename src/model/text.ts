import type { LocalizedText } from './schema.js';
import { listFormat } from './intl.js';

/**
 * Picks the text for a language from a feed string or `{ "en": ..., "fr": ... }`: the exact tag,
 * then its primary language ("fr" for "fr-CA"), then the feed's language, then the first entry.
 * Feed text is always returned as text: callers render it with Lit bindings, never as markup.
 */
export function textOf(value: LocalizedText | undefined, lang?: string, feedLang?: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  const tags = [lang, lang?.split('-')[0], feedLang, feedLang?.split('-')[0]];
  for (const tag of tags) {
    if (tag && value[tag] !== undefined) return value[tag];
  }
  const first = Object.values(value)[0];
  return first ?? '';
}

/** Items joined the language's way for a plain enumeration ("a, b, c"; Arabic "a، b، c"; Chinese "a、b、c"). */
export function listText(items: readonly string[], lang = 'en'): string {
  return listFormat(lang, { type: 'unit', style: 'short' }).format(items);
}
