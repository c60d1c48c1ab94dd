/**
 * Elements the script-tag bundle defines only when a page uses them: the tag's code is fetched from
 * beside the bundle (as a language file is) the first time the tag appears in the document, so that a
 * page of maps, matrices and timelines does not load the briefing's code before it draws. The same
 * approach as Shoelace's autoloader: a MutationObserver on the document. A tag created inside another
 * element's shadow root, which the observer cannot see, is loaded with `loadElement(tag)`; the kit's own
 * elements do this for the tags they render. Properties set on an element before its definition arrives
 * are kept (Lit reads them on upgrade).
 */
const loaders = new Map<string, () => Promise<unknown>>();
const started = new Map<string, Promise<void>>();
let observer: MutationObserver | undefined;

/** Registers a tag's loader; loads it now if the tag is already in the document. */
export function defineOnDemand(tag: string, load: () => Promise<unknown>): void {
  if (customElements.get(tag) || loaders.has(tag)) return;
  loaders.set(tag, load);
  if (typeof document === 'undefined') return;
  discover(document);
  if (!observer && loaders.size > started.size) {
    observer = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) discover(n);
    });
    observer.observe(document, { childList: true, subtree: true });
  }
}

/** Loads a tag's definition (once) and resolves when it is defined; rejects with a message naming the tag. */
export function loadElement(tag: string): Promise<void> {
  if (customElements.get(tag)) return Promise.resolve();
  let p = started.get(tag);
  if (!p) {
    const load = loaders.get(tag);
    if (!load) return customElements.whenDefined(tag).then(() => undefined);
    p = load().then(
      () => undefined,
      (e: unknown) => {
        started.delete(tag); // a later appearance tries again
        const message = `peacekit: <${tag}> could not load (${e}); are the peacekit-*.js files beside peacekit.js served, and allowed by the page's CSP?`;
        console.error(message);
        throw new Error(message);
      },
    );
    started.set(tag, p);
    if (started.size === loaders.size) observer?.disconnect();
  }
  return p;
}

/** Loads every registered tag found in `root` (a document, an element or a shadow root). */
export function discover(root: ParentNode): void {
  for (const tag of loaders.keys()) {
    if (started.has(tag)) continue;
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) void loadElement(tag).catch(() => undefined);
  }
}
