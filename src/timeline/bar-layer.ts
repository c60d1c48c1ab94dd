/**
 * The bars and their texts as mark-layer.ts writes them: each bar one shape (the focusable mark
 * itself) or a group of its parts, with its name for assistive technology; its figures and label in a
 * second layer above every bar.
 */
import type { DrawnBar } from './bars.js';
import { shape, text } from './mark-layer.js';

/** One bar: its shape or its group of parts. */
export function writeBar(d: DrawnBar, into: DocumentFragment): Element {
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

/** A bar's figures and label, where it has them. */
export function writeBarTexts(d: DrawnBar, into: DocumentFragment): void {
  if (d.amount) text({ class: d.amountCls, x: d.amountX, y: d.textY }, d.amount, into);
  if (d.label) text({ class: d.labelCls, x: d.bar.labelX, y: d.textY }, d.label, into);
}
