/**
 * Country names in the reader's language. The feed names countries by ISO 3166-1 alpha-3 code; the
 * base maps carry each country's alpha-2 code (added from i18n-iso-countries when they are built), and
 * the browser's Intl.DisplayNames gives the name from Unicode CLDR in any language, kept current with
 * the browser rather than with a table in the bundle. No DOM.
 */

/** What a base map knows of a country: its alpha-2 code and its own (English) name. */
export interface CountryCodes {
  a2?: string;
  name?: string;
  /** The UN's short name by language, where the browser's (CLDR) differs ("Congo - Kinshasa"). */
  un?: Record<string, string>;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

function namesIn(lang: string): Intl.DisplayNames | null {
  if (!displayNames.has(lang)) {
    try {
      displayNames.set(lang, new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'none' }));
    } catch {
      displayNames.set(lang, null);
    }
  }
  return displayNames.get(lang)!;
}

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
  const names = codes.map((c) => countryName(c, lang, lookup(c)));
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}
