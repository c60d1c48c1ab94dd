import { LitElement } from 'lit';

/**
 * The base of the kit's elements: `lang` is a global attribute, not a Lit property, so it is observed
 * here; setting or changing an element's own `lang` re-renders it in that language (an ancestor's
 * `lang` is watched by `watchLanguages` in i18n.ts).
 */
export abstract class LangElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }
}
