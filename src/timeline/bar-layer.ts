/**
 * The bars and their texts, written into their group as plain SVG elements (createElementNS,
 * setAttribute, textContent: never markup), as d3 and Observable Plot do. A few hundred to a few
 * thousand bars are the bulk of the drawing; one Lit template instance per bar cost three times the
 * elements' own creation. A new set of drawn bars is written anew (a focused bar keeps its focus); a
 * move of the tab stop only moves its `tabindex`. Each bar is one shape (the focusable mark itself) or a group of its parts.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { DrawnBar } from './bars.js';

const NS = 'http://www.w3.org/2000/svg';

function shape(tag: string, attrs: Record<string, string | number>, parent: Element | DocumentFragment): Element {
  const el = document.createElementNS(NS, tag);
  for (const name in attrs) el.setAttribute(name, String(attrs[name]));
  parent.appendChild(el);
  return el;
}

/** One bar: its shape or its group of parts, with its name for assistive technology. */
function writeBar(d: DrawnBar, into: DocumentFragment): Element {
  const b = d.bar;
  const mark = { class: d.cls, 'data-key': d.key, role: 'button', 'aria-label': d.aria };
  const box = { x: b.x0, y: b.y, width: d.width, height: b.h };
  if (d.shape === 'bar') return shape('rect', { ...mark, ...box }, into);
  if (d.shape === 'diamond') return shape('path', { ...mark, d: d.diamond }, into);
  const g = shape('g', mark, into);
  if (d.shape === 'need') {
    // Required as the outline, what came as the solid part of its height: the gap reads as the empty rest.
    shape('rect', { class: 'need', ...box }, g);
    shape('rect', { class: 'got', ...box, y: d.received!.y, height: d.received!.h }, g);
  } else {
    shape('rect', box, g);
    if (d.shape === 'tail') shape('rect', { class: 'tail', x: b.x1 - d.tail, y: b.y, width: d.tail, height: b.h, mask: 'url(#pk-tl-fade)' }, g);
  }
  shape('path', { class: 'arrow', d: d.arrow }, g);
  return g;
}

function writeText(cls: string, x: number, y: number, text: string, into: DocumentFragment): void {
  shape('text', { class: cls, x, y }, into).textContent = text;
}

class BarLayer extends Directive {
  private drawn?: readonly DrawnBar[];
  private marks = new Map<string, Element>();
  private tabStop?: Element;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('barLayer belongs on an element: <g ${barLayer(...)}>');
  }

  render(_drawn: readonly DrawnBar[], _focusKey: string, _texts: boolean): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [drawn, focusKey, texts]: [readonly DrawnBar[], string, boolean]): typeof noChange {
    if (drawn !== this.drawn) {
      // A bar with focus keeps it across the rewrite (more lanes scrolled into view, a new layout).
      const focused = (part.element.getRootNode() as ShadowRoot).activeElement;
      const refocus = focused && part.element.contains(focused) ? focused.getAttribute('data-key') : null;
      this.drawn = drawn;
      this.marks.clear();
      this.tabStop = undefined;
      const out = document.createDocumentFragment();
      for (const d of drawn) {
        if (!texts) this.marks.set(d.key, writeBar(d, out));
        else {
          if (d.amount) writeText(d.amountCls, d.amountX, d.textY, d.amount, out);
          if (d.label) writeText(d.labelCls, d.bar.labelX, d.textY, d.label, out);
        }
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
 * Writes the drawn bars (`texts` false: their shapes, the mark with the tab stop carrying
 * `tabindex="0"`) or their figures and labels (`texts` true) into the element it is on.
 */
export const barLayer = directive(BarLayer);
