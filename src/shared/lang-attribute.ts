import type { LitElement } from 'lit';

type LitClass = (abstract new (...args: any[]) => LitElement) & { readonly observedAttributes: string[] }; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * `lang` is a global attribute, not a Lit property: an element built on this observes it, so that
 * setting or changing its own `lang` re-renders it in that language (an ancestor's `lang` is watched
 * by `watchLanguages` in i18n.ts).
 */
export function ObservesLang<T extends LitClass>(Base: T) {
  abstract class WithLang extends Base {
    static override get observedAttributes(): string[] {
      return [...super.observedAttributes, 'lang'];
    }

    override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      super.attributeChangedCallback(name, old, value);
      if (name === 'lang' && old !== value) this.requestUpdate();
    }
  }
  return WithLang;
}
