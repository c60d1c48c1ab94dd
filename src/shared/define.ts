/**
 * Registers an element once. Two copies of the kit on one page (two portal web parts) each call
 * this; the second finds the name taken and leaves the first definition in place.
 */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
