// A Vite + TypeScript app that imports the timeline alone (packaging test, scripts/packaging.mjs).
// The plain import registers <pk-peacebuilding-timeline>; an import of types alone would be erased.
import 'peacekit/timeline';
import type { PkPeacebuildingTimeline } from 'peacekit/timeline';

// Typed through HTMLElementTagNameMap and GlobalEventHandlersEventMap.
const timeline: PkPeacebuildingTimeline = document.querySelector('pk-peacebuilding-timeline')!;
timeline.addEventListener('pk-date-change', (e) => {
  const date: string = e.detail.date;
  document.getElementById('state')!.textContent = `Date: ${date}`;
});
