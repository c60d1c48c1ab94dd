/**
 * How much of an element's height, from its top, can be seen: the viewport's bottom, or a clipping
 * ancestor's (a portal's card that scrolls, a panel with `overflow: hidden`), whichever comes first, in
 * the element's own px (a scaled briefing view is measured unscaled). An element not rendered yet (in a
 * tab not shown) measures from the viewport's top: a viewport's height, ready for when it is shown.
 * Layout reads: called before an update, never inside one. A large drawing draws this much first and
 * the rest as it comes into view.
 */

/** The flat tree's parent: a slotted element's slot, a shadow root's host. */
function parentOf(el: Element): Element | null {
  return el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
}

export function visibleHeight(el: HTMLElement): number {
  const box = el.getBoundingClientRect();
  const scale = box.width / el.offsetWidth || 1;
  let bottom = globalThis.innerHeight || 900;
  const root = el.ownerDocument.documentElement;
  for (let n = parentOf(el); n && n !== root && n !== el.ownerDocument.body; n = parentOf(n)) {
    if (getComputedStyle(n).overflowY !== 'visible') bottom = Math.min(bottom, n.getBoundingClientRect().bottom);
  }
  return Math.max(0, (bottom - box.top) / scale);
}
