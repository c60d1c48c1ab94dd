/**
 * The kit's one cache of Intl formatters. Building a formatter costs far more than using one (a map of
 * 500 sites or a timeline of 5,000 bars formats a number or a date for each), so each kind, language
 * and set of options is built once per page. A language the browser cannot format falls back to
 * English (an unknown tag throws a RangeError when a formatter is built). No DOM.
 */
const made = new Map<string, unknown>();

function cached<T>(kind: string, lang: string, options: object | undefined, make: (lang: string) => T): T {
  const key = `${kind}|${lang}|${options ? JSON.stringify(options) : ''}`;
  let f = made.get(key) as T | undefined;
  if (f === undefined) {
    try {
      f = make(lang);
    } catch {
      f = make('en');
    }
    made.set(key, f);
  }
  return f;
}

export const numberFormat = (lang: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('n', lang, options, (l) => new Intl.NumberFormat(l, options));
export const dateFormat = (lang: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('d', lang, options, (l) => new Intl.DateTimeFormat(l, options));
export const listFormat = (lang: string, options?: Intl.ListFormatOptions): Intl.ListFormat =>
  cached('l', lang, options, (l) => new Intl.ListFormat(l, options));
export const collator = (lang: string, options?: Intl.CollatorOptions): Intl.Collator =>
  cached('c', lang, options, (l) => new Intl.Collator(l, options));
export const pluralRules = (lang: string, options?: Intl.PluralRulesOptions): Intl.PluralRules =>
  cached('p', lang, options, (l) => new Intl.PluralRules(l, options));
/** Region or language names; `null` where the browser has none (the caller then uses its own). */
export const displayNames = (langs: string[], options: Intl.DisplayNamesOptions): Intl.DisplayNames | null =>
  cached('x', langs.join(','), options, () => {
    try {
      return new Intl.DisplayNames(langs, options);
    } catch {
      return null;
    }
  });
