/**
 * The strings the kit itself shows, by language. English is the source; other languages come with
 * the localization issue and fall back to English, key by key.
 */
import { en, type Messages } from './messages/en.js';

const catalogues: Record<string, Partial<Messages>> = { en };

/** The messages for a language tag ("fr-CA" -> "fr" -> English). */
export function messagesFor(lang: string | undefined): Messages {
  const primary = (lang ?? 'en').toLowerCase().split('-')[0];
  const found = catalogues[primary];
  return found && found !== en ? { ...en, ...found } : en;
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
