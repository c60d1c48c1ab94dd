/**
 * Marks what a selection in a linked view relates to: a `related` class on the drawn marks whose
 * `data-key` is named, without a re-render. Returns the marked elements, to unmark next time.
 */
export function markRelated(root: ParentNode | null | undefined, keys: ReadonlySet<string>, previous: readonly Element[]): Element[] {
  const next: Element[] = [];
  if (root && keys.size) {
    for (const el of root.querySelectorAll('[data-key]')) if (keys.has(el.getAttribute('data-key')!)) next.push(el);
  }
  for (const el of previous) if (!next.includes(el)) el.classList.remove('related');
  for (const el of next) el.classList.add('related');
  return next;
}
