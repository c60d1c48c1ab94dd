/**
 * The kit's own strings, by language: each element takes the language of its `lang`, else the nearest
 * ancestor's, else the document's, and re-renders when any of them changes. English is built in; the
 * five other UN languages are separate modules, fetched beside the bundle the first time an element
 * needs one. A key a language lacks falls back to English, key by key; a regional catalogue ("fr-CA")
 * falls back to its language's.
 *
 * This was built on @shoelace-style/localize until the kit overrode its language and direction
 * lookups, merged catalogues its own way and reached into it for the regional search: what was left of
 * the library was a registry and a set of connected elements, which are the few lines below.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Messages } from './messages/en.js';
import type { Translation } from './messages/translation.js';

/** The six official languages of the United Nations, which the kit speaks. */
export const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;

type Loader = () => Promise<Record<string, Translation>>;

const loaders: Record<string, Loader> = {
  fr: () => import('./messages/fr.js'),
  es: () => import('./messages/es.js'),
  ar: () => import('./messages/ar.js'),
  ru: () => import('./messages/ru.js'),
  zh: () => import('./messages/zh.js'),
};

/**
 * Registers catalogues: a new language, or corrections to one already there (laid over it key by key,
 * at every depth, where the library alone would replace a whole section).
 */
export function addTranslation(...catalogues: Translation[]): void {
  for (const catalogue of catalogues) {
    const code = catalogue.$code.toLowerCase();
    const existing = translations.get(code);
    translations.set(code, existing ? overlay(existing, catalogue) : catalogue);
  }
  update();
}

const registered = new Set<string>(['en']);
const pending = new Map<string, Promise<void>>();

/** The primary language subtag of a BCP 47 tag, lower case ("fr-CA" -> "fr"); "en" when not a tag. */
export function primaryOf(lang: string | undefined): string {
  try {
    return new Intl.Locale(lang || 'en').language.toLowerCase();
  } catch {
    return 'en';
  }
}

/** How long an element waits for a language's strings before it says so and draws in English. */
export const LANGUAGE_LIMITS = { timeoutMs: 10_000 };

const failures = new Map<string, string>();

/**
 * Why a language's strings are missing (a time-out, a network or CSP error), or undefined when they
 * loaded or are still coming. The elements show it, and draw in English meanwhile.
 */
export function languageFailure(lang: string): string | undefined {
  return failures.get(primaryOf(lang));
}

/**
 * Where a language's strings come from: by default `peacekit-<code>.js` beside the bundle. A page that
 * serves them elsewhere can point a language at its own loader (and tests make one fail or hang).
 * Takes effect for a language not yet loaded.
 */
export function setLanguageLoader(code: string, loader: Loader): void {
  const key = primaryOf(code);
  loaders[key] = loader;
  pending.delete(key);
  failures.delete(key);
}

/**
 * Fetches a language's catalogue once; elements waiting for it re-render when it arrives. After
 * `LANGUAGE_LIMITS.timeoutMs` without an answer, or on a failure, the language is recorded as failed
 * (`languageFailure`) and the elements re-render in English with a notice; strings that arrive late
 * are still taken.
 */
export function loadLanguage(lang: string): Promise<void> {
  const code = primaryOf(lang);
  if (registered.has(code) || !loaders[code]) return Promise.resolve();
  let promise = pending.get(code);
  if (!promise) {
    const loader = loaders[code];
    const fail = (reason: string) => {
      if (registered.has(code) || loaders[code] !== loader) return;
      failures.set(code, reason);
      update();
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        const ms = LANGUAGE_LIMITS.timeoutMs;
        fail(`no answer within ${ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`}`);
        resolve();
      }, LANGUAGE_LIMITS.timeoutMs);
    });
    const load = loader()
      .then((module) => {
        if (loaders[code] !== loader) return;
        if (!module?.[code]) throw new Error(`the module has no "${code}" catalogue`);
        registered.add(code);
        failures.delete(code);
        addTranslation(module[code]);
      })
      .catch((e: unknown) => fail((e as Error)?.message ?? String(e)))
      .finally(() => clearTimeout(timer));
    promise = Promise.race([load, timeout]);
    pending.set(code, promise);
  }
  return promise;
}

/** The catalogues registered, by lower-case tag ("en", "fr", "fr-ca"). */
const translations = new Map<string, Translation>([['en', en as unknown as Translation]]);
/** The elements connected to the page, re-rendered when a catalogue arrives or a `lang` changes. */
const connected = new Set<ReactiveControllerHost>();

/** Re-renders every connected element of the kit (a catalogue arrived, a `lang` changed). */
export function update(): void {
  for (const host of connected) host.requestUpdate();
}

/** The regional catalogue and the language's, for a tag: "fr-CA" -> fr-ca, fr. */
function translationData(tag: string): { primary?: Translation; secondary?: Translation } {
  const locale = new Intl.Locale(tag.replace(/_/g, '-'));
  const language = locale.language.toLowerCase();
  const region = locale.region?.toLowerCase();
  return { primary: region ? translations.get(`${language}-${region}`) : undefined, secondary: translations.get(language) };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `base` with `over`'s keys laid on it, at every depth (functions and strings replace). */
function overlay<T>(base: T, over: unknown): T {
  if (!isRecord(over)) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    out[key] = isRecord(value) && isRecord(out[key]) ? overlay(out[key], value) : value;
  }
  return out as T;
}

const merged = new Map<string, { layers: unknown[]; messages: Messages }>();

/** The messages for a language tag: the regional catalogue, then the language's, then English, key by key. */
export function messagesFor(lang: string | undefined): Messages {
  const tag = (lang || 'en').toLowerCase();
  let data: { primary?: Translation; secondary?: Translation } = {};
  try {
    data = translationData(tag);
  } catch {
    // Not a language tag: English.
  }
  // English as registered, with any corrections a page has added (and the sections elements loaded on demand register, such as `mandates`).
  const english = (translations.get('en') as unknown as Messages | undefined) ?? (en as Messages);
  const layers = [english, data.secondary, data.primary];
  const cached = merged.get(tag);
  if (cached && cached.layers.every((layer, i) => layer === layers[i])) return cached.messages;
  const messages = overlay(overlay(english, data.secondary), data.primary);
  merged.set(tag, { layers, messages });
  return messages;
}

/** The element's language: its own `lang`, else the nearest ancestor's, else the document's. */
export function langOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const holder: Element | null = node.closest('[lang]');
    if (holder?.getAttribute('lang')) return holder.getAttribute('lang')!;
    // Cross shadow boundaries: an element inside another component takes that host's language.
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || 'en';
}

/**
 * The writing direction of an element's text: its catalogue's. A language without a catalogue is shown
 * in English, so it is laid out left to right whatever its script.
 */
export function dirOf(lang: string): 'ltr' | 'rtl' {
  return messagesFor(lang).$dir;
}

/**
 * The controller each element holds: its language and direction, and its messages (fetching the
 * language's catalogue on first use). The library re-renders connected elements when a catalogue
 * arrives or the document's `lang` changes; `watchLanguages` adds any ancestor's `lang`.
 */
export class Localize implements ReactiveController {
  private cached?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The language tag, read once per update: renders ask for it often, and it walks the ancestors. */
  lang(): string {
    if (this.cached === undefined) {
      try {
        this.cached = new Intl.Locale(langOf(this.host).replace(/_/g, '-')).toString();
      } catch {
        this.cached = 'en';
      }
    }
    return this.cached;
  }

  /** Forgets the language read before: the host calls it as an update begins (willUpdate). */
  refresh(): void {
    this.cached = undefined;
    this.cachedMessages = undefined;
  }

  hostConnected(): void {
    connected.add(this.host);
    this.refresh(); // moved under another ancestor
  }

  hostDisconnected(): void {
    connected.delete(this.host);
  }

  dir(): 'ltr' | 'rtl' {
    return dirOf(this.lang());
  }

  private cachedMessages?: Messages;

  /** The strings in the element's language, looked up once per update like the language itself. */
  messages(): Messages {
    if (!this.cachedMessages) {
      const lang = this.lang();
      void loadLanguage(lang);
      this.cachedMessages = messagesFor(lang);
    }
    return this.cachedMessages;
  }

  private internals?: ElementInternals | null;

  /** Exposes the direction as a custom state, `:host(:state(rtl))`, without touching the host's attributes. */
  hostUpdate(): void {
    if (this.internals === undefined) {
      try {
        this.internals = (this.host as HTMLElement).attachInternals();
      } catch {
        this.internals = null; // the page's own subclass took the internals: the page's direction applies
      }
    }
    const states = this.internals?.states;
    if (!states) return;
    const dir = this.dir();
    // Adding a state the set already holds still restyles the whole shadow tree in Chromium (a 27.9 ms
    // style pass for 20,000 nodes, measured in Chromium 156): every update would pay it, a zoom step or a focus move too.
    if (states.has(dir)) return;
    states.delete(dir === 'rtl' ? 'ltr' : 'rtl');
    states.add(dir);
  }
}

let watching = false;
/** One observer for the page: a `lang` set or changed on any element re-renders the kit's elements. */
export function watchLanguages(): void {
  if (watching || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  watching = true;
  new MutationObserver(() => update()).observe(document.documentElement, {
    attributes: true, attributeFilter: ['lang'], subtree: true,
  });
}
