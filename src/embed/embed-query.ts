/**
 * What an embed page's URL asks for (`embed.html?src=…&view=…&mission=…&date=…&lang=…`): pure, no DOM.
 * Only an http or https feed address is taken; anything else (javascript:, data:, file:) leaves `src`
 * out and the page says so.
 */

export const EMBED_VIEWS = {
  map: 'pk-mission-map',
  matrix: 'pk-sector-matrix',
  timeline: 'pk-peacebuilding-timeline',
  dossier: 'pk-dossier',
} as const;

export type EmbedView = keyof typeof EMBED_VIEWS;

export interface EmbedRequest {
  /** The feed's absolute http(s) address; absent when the query gave none or another kind. */
  src?: string;
  view: EmbedView;
  /** Attributes for the view (or the dossier): mission, date, theme, credentials, strict. */
  attributes: Record<string, string>;
  /** The page's language (a BCP 47 tag) and direction. */
  lang?: string;
  dir: 'ltr' | 'rtl';
  /** Said in the height messages, to tell several embeds on one page apart. */
  id: string;
}

const CHOICES: Record<string, RegExp> = {
  mission: /^[\w.-]{1,64}$/,
  date: /^\d{4}(-\d{2}){0,2}$/,
  theme: /^(light|dark|auto)$/,
  credentials: /^(omit|same-origin|include)$/,
  strict: /^$/,
};

/** Reads the embed page's query, against the page's own address (a relative `src` is on its origin). */
export function readEmbedQuery(search: string, base: string): EmbedRequest {
  const query = new URLSearchParams(search);
  let src: string | undefined;
  try {
    const url = new URL(query.get('src') ?? '', base);
    if (query.get('src') && /^https?:$/.test(url.protocol)) src = url.href;
  } catch {
    // Not a URL: src stays out.
  }
  const view = (query.get('view') ?? 'dossier') as EmbedView;
  const attributes: Record<string, string> = {};
  for (const [name, pattern] of Object.entries(CHOICES)) {
    const value = query.get(name);
    if (value !== null && pattern.test(value)) attributes[name] = value;
  }
  const lang = query.get('lang') ?? undefined;
  const validLang = lang && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(lang) ? lang : undefined;
  return {
    src,
    view: view in EMBED_VIEWS ? view : 'dossier',
    attributes,
    lang: validLang,
    dir: validLang && /^(ar|he|fa|ur)\b/i.test(validLang) ? 'rtl' : 'ltr',
    id: (query.get('id') ?? '').slice(0, 100),
  };
}

/** The message an embed page posts to its parent whenever its height changes. */
export interface EmbedHeightMessage {
  type: 'peacekit:height';
  /** The page's content height, in CSS pixels (whole). */
  height: number;
  /** The embed's `id` query parameter ('' without one). */
  id: string;
}
