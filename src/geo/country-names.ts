/**
 * Country names in the reader's language. The feed names countries by ISO 3166-1 alpha-3 code; the
 * base maps carry each country's alpha-2 code (added from i18n-iso-countries when they are built), and
 * the browser's Intl.DisplayNames gives the name from Unicode CLDR in any language, kept current with
 * the browser rather than with a table in the bundle. No DOM.
 */
import { displayNames, listFormat } from '../model/intl.js';

/** What a base map knows of a country: its alpha-2 code and its own (English) name. */
export interface CountryCodes {
  a2?: string;
  name?: string;
  /** The UN's short name by language, where the browser's (CLDR) differs ("Congo - Kinshasa"). */
  un?: Record<string, string>;
}

const namesIn = (lang: string) => displayNames([lang, 'en'], { type: 'region', fallback: 'none' });

/**
 * "SLE" -> "Sierra Leone", "Sierra Leona", "سيراليون", "塞拉利昂": the UN's short name where the base map
 * gives one for the language ("Democratic Republic of the Congo", not CLDR's "Congo - Kinshasa"), else
 * the browser's; the base map's name, or the code itself, when neither has one.
 */
export function countryName(code: string, lang: string, country?: CountryCodes): string {
  const un = country?.un?.[lang] ?? country?.un?.[lang.split('-')[0].toLowerCase()];
  return un || (country?.a2 && namesIn(lang)?.of(country.a2)) || country?.name || code;
}

/** Codes as a list of names, joined the language's way ("Liberia and Sierra Leone", "利比里亚和塞拉利昂"). */
export function countryList(codes: readonly string[], lang: string, lookup: (code: string) => CountryCodes | undefined): string {
  return listFormat(lang, { type: 'conjunction' }).format(codes.map((c) => countryName(c, lang, lookup(c))));
}
