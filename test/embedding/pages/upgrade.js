// Properties set before upgrade, then the kit loaded twice (two portal web parts, two module copies),
// then moves, removal and re-adding, and ten quick src changes: the last feed must win.
(async () => {
  const feed = await (await fetch('/feeds/sierra-leone.json')).json();
  const matrix = document.createElement('pk-sector-matrix');
  matrix.id = 'matrix';
  matrix.data = feed; // before the element is defined
  matrix.setAttribute('date', '2004-06-30');
  document.getElementById('matrix-card').append(matrix);

  await import('/dist/peacekit.js?copy=1');
  await import('/dist/peacekit.js?copy=2');
  await customElements.whenDefined('pk-sector-matrix');

  const timeline = document.getElementById('timeline');
  document.getElementById('elsewhere').append(timeline); // moved
  timeline.remove(); // removed
  document.getElementById('timeline-card').append(timeline); // re-added
  for (let i = 0; i < 10; i++) timeline.src = i % 2 ? '/feeds/world.json' : `/feeds/world.json?v=${i}`;
  timeline.src = '/feeds/sierra-leone.json';
  window.__pk.ready = true;
})().catch((e) => window.__pk.errors.push(String(e)));
