import type { LocalizedText } from './schema.js';

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

const lists = new Map<string, Intl.ListFormat | null>();

/** Items joined the language's way for a plain enumeration ("a, b, c"; Arabic "a، b، c"; Chinese "a、b、c"). */
export function listText(items: readonly string[], lang = 'en'): string {
  if (!lists.has(lang)) {
    try {
      lists.set(lang, new Intl.ListFormat(lang, { type: 'unit', style: 'short' }));
    } catch {
      lists.set(lang, null);
    }
  }
  return lists.get(lang)?.format(items) ?? items.join(', ');
}
