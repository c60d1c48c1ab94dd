// Shared by the embedding pages (an external script, so that it also runs under a strict CSP):
// records CSP violations and errors, and reports each peacekit element's state for the runner.
// A page's variant comes from its query: ?css=hostile adds the hostile portal stylesheet, ?dir=rtl
// turns the page right to left (the runner adds the CSP header for ?csp=strict).
const variant = new URLSearchParams(location.search);
if (variant.get('css') === 'hostile') {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = 'hostile.css';
  document.head.append(link);
}
if (variant.get('dir') === 'rtl') document.documentElement.dir = 'rtl';
// ?lang=ar: the page's language; the kit fetches its Arabic strings from beside the bundle.
if (variant.get('lang')) document.documentElement.lang = variant.get('lang');
window.__pk = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (e) => window.__pk.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
window.addEventListener('error', (e) => window.__pk.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__pk.errors.push(String(e.reason)));

/** Every peacekit element on the page, also inside shadow roots and same-origin iframes. */
function allElements(root = document) {
  const out = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('pk-') && el.localName !== 'pk-dossier') out.push(el);
      if (el.shadowRoot && !el.localName.startsWith('pk-')) walk(el.shadowRoot);
      if (el.localName === 'iframe' && el.contentDocument) walk(el.contentDocument);
    }
  };
  walk(root);
  return out;
}

window.__pk.report = () => allElements().map((el) => {
  const root = el.shadowRoot;
  const box = el.getBoundingClientRect();
  return {
    tag: el.localName,
    id: el.id,
    status: root?.querySelector('[role="alert"]') ? 'error' : root?.querySelector('svg, table, [role="grid"]') ? 'drawn' : 'empty',
    marks: root ? root.querySelectorAll('path, circle, rect, use, td, line').length : 0,
    width: Math.round(box.width),
    height: Math.round(box.height),
    svgVisible: root ? [...root.querySelectorAll('svg')].some((s) => getComputedStyle(s).display !== 'none' && s.getBoundingClientRect().width > 0) : false,
    fontSize: root?.querySelector('text, th, span') ? getComputedStyle(root.querySelector('text, th, span')).fontSize : null,
    firstButton: root?.querySelector('button')?.getAttribute('aria-label') ?? root?.querySelector('button')?.textContent?.trim() ?? null,
    rtl: el.matches(':state(rtl)'),
  };
});
