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
  /** What this directive last wrote, by property: a value that did not change is not written again. */
  private written: Record<string, string> = {};

  render(_styles: StyleInfo): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [StyleInfo]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const before = this.written;
    const now: Record<string, string> = {};
    for (const name in styles) {
      const value = styles[name];
      if (value === undefined || value === null || value === '') continue;
      const text = (now[name] = String(value));
      if (before[name] !== text) style.setProperty(cssName(name), text);
    }
    for (const name in before) if (!(name in now)) style.removeProperty(cssName(name));
    this.written = now;
    return noChange;
  }
}

export const styleMap = directive(CspStyleMap);
