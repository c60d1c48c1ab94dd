// Records the height messages the embeds post (the page's own listener, embed-resize.js, sizes the iframes).
window.__pk.heights = [];
addEventListener('message', (event) => {
  if (event.data?.type === 'peacekit:height') window.__pk.heights.push({ ...event.data, fromFrame: [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source)?.id ?? null });
});
