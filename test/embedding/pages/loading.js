// Loading without jumps: Cumulative Layout Shift (PerformanceObserver 'layout-shift') while a dossier's
// three views wait for their feed (setFeedOptions with a fetch of the page's own, as a portal adding a
// header would, held until the runner releases it), then draw. ?reserve=none sets --pk-loading-height
// to 1px: no room kept, for comparison.
import { setFeedOptions } from '/dist/peacekit.js';

window.__pk.shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__pk.shifts.push(e.value);
}).observe({ type: 'layout-shift', buffered: true });

// The feed comes when the runner says so (window.__pk.release()), after it has measured the loading state.
const released = new Promise((r) => (window.__pk.release = r));
setFeedOptions({ fetch: (url, init) => released.then(() => fetch(url, init)) });

const dossier = document.createElement('pk-dossier');
dossier.setAttribute('src', '/feeds/sierra-leone.json');
dossier.setAttribute('mission', 'unamsil');
dossier.setAttribute('date', '2002-06-30');
for (const tag of ['pk-peacebuilding-timeline', 'pk-mission-map', 'pk-sector-matrix']) {
  const card = document.createElement('div');
  card.className = 'card';
  const view = document.createElement(tag);
  if (new URLSearchParams(location.search).get('reserve') === 'none') view.style.setProperty('--pk-loading-height', '1px');
  card.append(view);
  dossier.append(card);
}
document.getElementById('views').append(dossier);

/** Each view's height now (the runner reads it while loading and once drawn). */
window.__pk.viewHeights = () => [...dossier.querySelectorAll('*')].filter((e) => e.localName.startsWith('pk-')).map((e) => Math.round(e.getBoundingClientRect().height));
window.__pk.busy = () => [...dossier.querySelectorAll('*')].filter((e) => e.shadowRoot?.querySelector('[aria-busy="true"]')).length;
window.__pk.after = () => Math.round(document.getElementById('after').getBoundingClientRect().top);
