import { LitElement, type PropertyValues } from 'lit';

type ExportKit = typeof import('./export-kit.js');

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

  private static kit?: Promise<ExportKit>;
  private static loadedKit?: ExportKit;

  /**
   * The export code (export-kit.ts), loaded once the first element has drawn: `toSVG()` and `toPNG()`
   * work from then on (`await element.updateComplete` waits for it). Throws before.
   */
  protected get exportKit(): ExportKit {
    const kit = LangElement.loadedKit;
    if (!kit) throw new Error('peacekit: exports work once the element has drawn (await element.updateComplete)');
    return kit;
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    LangElement.kit ??= import('./export-kit.js').then((k) => (LangElement.loadedKit = k));
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (LangElement.kit) await LangElement.kit;
    return done;
  }
}
