/**
 * A `styleMap` that is safe under a strict Content-Security-Policy (`style-src 'self'`): it always
 * writes through the CSSOM (`element.style.setProperty`), which CSP allows. Lit's own styleMap writes
 * a `style="..."` attribute on first render, which such a policy blocks (lit/lit#4719, open).
 * Same call shape as Lit's, in a `style` attribute only: `style=${styleMap({ height: '20px', '--_c': color })}`.
 */
import { noChange, type AttributePart } from 'lit';
import { Directive, directive } from 'lit/directive.js';

export type StyleInfo = Readonly<Record<string, string | number | undefined | null>>;

const cssName = (name: string) => (name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

class CspStyleMap extends Directive {
  private previous = new Set<string>();

  render(_styles: StyleInfo): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [StyleInfo]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) {
      if (styles[name] === undefined || styles[name] === null) style.removeProperty(cssName(name));
    }
    this.previous = new Set();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined || value === null || value === '') {
        style.removeProperty(cssName(name));
      } else {
        style.setProperty(cssName(name), String(value));
        this.previous.add(name);
      }
    }
    return noChange;
  }
}

export const styleMap = directive(CspStyleMap);
