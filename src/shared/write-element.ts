/**
 * An element written as d3 and Observable Plot write their marks: created, its attributes set one by
 * one (never markup), appended. HTML by default, SVG with its namespace.
 */
export const SVG_NS = 'http://www.w3.org/2000/svg';

export function writeElement(tag: string, attrs: Record<string, string | number> | undefined, parent: Node, ns?: string): Element {
  const el = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
  if (attrs) for (const name in attrs) el.setAttribute(name, String(attrs[name]));
  parent.appendChild(el);
  return el;
}
