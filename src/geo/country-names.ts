/**
 * Country names in the reader's language. The feed names countries by ISO 3166-1 alpha-3 code; the
 * kit carries only the alpha-2 code of each (src/geo/country-codes.ts, generated), and the browser's
 * Intl.DisplayNames gives the name from Unicode CLDR in any language, kept current with the browser
 * rather than with a table in the bundle. No DOM.
 */
import { PACKED_CODES } from './country-codes.js';

let alpha2: Map<string, string> | undefined;

/** "SLE" -> "SL"; undefined for a code ISO 3166-1 does not have. */
export function alpha2Of(code: string): string | undefined {
  if (!alpha2) {
    alpha2 = new Map();
    for (let i = 0; i < PACKED_CODES.length; i += 5) alpha2.set(PACKED_CODES.slice(i, i + 3), PACKED_CODES.slice(i + 3, i + 5));
  }
  return alpha2.get(code);
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
 * "SLE" -> "Sierra Leone", "Sierra Leona", "سيراليون", "塞拉利昂"; `fallback` (a base map's own name)
 * or the code itself when Intl has none.
 */
export function countryName(code: string, lang: string, fallback?: string): string {
  const a2 = alpha2Of(code);
  return (a2 && namesIn(lang)?.of(a2)) || fallback || code;
}

/** Codes as a list of names, joined the language's way ("Liberia and Sierra Leone", "利比里亚和塞拉利昂"). */
export function countryList(codes: readonly string[], lang: string): string {
  const names = codes.map((c) => countryName(c, lang));
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}
