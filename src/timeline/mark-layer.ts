/**
 * A layer of SVG marks written as plain elements (createElementNS, setAttribute, textContent: never
 * markup), as d3 and Observable Plot write theirs. A timeline draws a few hundred bars, mandates and
 * events: one Lit template instance a mark cost more in cloning, markers and bookkeeping than the
 * elements themselves. The layer is written anew when its items or its context (the layout) change; a
 * mark with focus keeps it; a move of the tab stop only moves a `tabindex`.
 */
import { noChange } from 'lit';
import { Directive, directive, type DirectiveResult, type ElementPart } from 'lit/directive.js';
import { SVG_NS, writeElement } from '../shared/write-element.js';

/** An SVG element with its attributes, appended to `parent`. */
export const shape = (tag: string, attrs: Record<string, string | number>, parent: Element | DocumentFragment): Element => writeElement(tag, attrs, parent, SVG_NS);

/** A `<text>` with its attributes (class, place) and its words. */
export function text(attrs: Record<string, string | number>, content: string, into: Element | DocumentFragment): void {
  shape('text', attrs, into).textContent = content;
}

/**
 * Writes one item into the layer; returns the focusable mark it drew, if any (the item then has a
 * `key`). A module-level function: the layer compares items and context, not writers.
 */
export type MarkWriter<T, C> = (item: T, into: DocumentFragment, context: C) => Element | void;

class MarkLayer extends Directive {
  private items?: readonly unknown[];
  private context?: unknown;
  private marks = new Map<string, Element>();
  private tabStop?: Element;

  render(_items: readonly unknown[], _write: MarkWriter<never, never>, _context?: unknown, _focusKey?: string): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [items, write, context, focusKey = '']: [readonly object[], MarkWriter<object, unknown>, unknown, string?]): typeof noChange {
    if (items !== this.items || context !== this.context) {
      // A mark with focus keeps it across the rewrite (more lanes scrolled into view, a new layout).
      const focused = (part.element.getRootNode() as ShadowRoot).activeElement;
      const refocus = focused && part.element.contains(focused) ? focused.getAttribute('data-key') : null;
      this.items = items;
      this.context = context;
      this.marks.clear();
      this.tabStop = undefined;
      const out = document.createDocumentFragment();
      for (const item of items) {
        const mark = write(item, out, context);
        if (mark) this.marks.set((item as { key: string }).key, mark);
      }
      part.element.replaceChildren(out);
      this.moveTabStop(focusKey);
      if (refocus) (this.marks.get(refocus) as SVGElement | undefined)?.focus({ preventScroll: true });
    }
    this.moveTabStop(focusKey);
    return noChange;
  }

  private moveTabStop(focusKey: string): void {
    const stop = this.marks.get(focusKey);
    if (stop === this.tabStop) return;
    this.tabStop?.removeAttribute('tabindex');
    stop?.setAttribute('tabindex', '0');
    this.tabStop = stop;
  }
}

/**
 * Writes `items` with `write` into the element it is on, anew when the items or `context` change. The
 * mark whose key is `focusKey` carries `tabindex="0"`: the layer's one tab stop (arrow keys move it).
 */
export const markLayer = directive(MarkLayer) as <T extends object, C>(items: readonly T[], write: MarkWriter<T, C>, context?: C, focusKey?: string) => DirectiveResult<typeof MarkLayer>;
