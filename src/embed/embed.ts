/**
 * dist/embed.js, the script of dist/embed.html: builds the view its URL asks for (see embed-query.ts)
 * with DOM calls only (no markup from the query, nothing inline: it runs under `script-src 'self'`),
 * and tells the parent page its height whenever it changes (`EmbedHeightMessage`, postMessage), so
 * that an iframe can follow its content. docs/embed.md has the parent's side.
 */
import { EMBED_VIEWS, readEmbedQuery, type EmbedHeightMessage } from './embed-query.js';

const request = readEmbedQuery(location.search, location.href);
const root = document.documentElement;
if (request.lang) root.lang = request.lang;
root.dir = request.dir;
if (request.attributes.theme) root.style.colorScheme = request.attributes.theme === 'auto' ? 'light dark' : request.attributes.theme;
document.body.style.margin = '0';
// The page's own type: the kit's elements inherit it (--pk-font-family).
root.style.fontFamily = 'system-ui, sans-serif';

const view = document.createElement(EMBED_VIEWS[request.view]);
for (const [name, value] of Object.entries(request.attributes)) view.setAttribute(name, value);
if (request.src) view.setAttribute('src', request.src);
if (request.view === 'dossier') {
  view.style.display = 'grid';
  view.style.gap = '24px';
  // In a dossier, the views take their theme from the page; the feed and the rest, from the dossier.
  for (const tag of [EMBED_VIEWS.timeline, EMBED_VIEWS.map, EMBED_VIEWS.matrix]) {
    const child = document.createElement(tag);
    if (request.attributes.theme) child.setAttribute('theme', request.attributes.theme);
    view.append(child);
  }
}
document.body.append(view);

if (!request.src) {
  // The kit's own words, in the page's language (the bundle beside this file, loaded by embed.html).
  const kit = (await import(/* @vite-ignore */ new URL('peacekit.js', import.meta.url).href)) as typeof import('../bundle.js');
  await kit.loadLanguage(root.lang || 'en');
  const notice = document.createElement('p');
  notice.setAttribute('role', 'alert');
  notice.textContent = kit.messagesFor(root.lang).embedNoSource;
  document.body.prepend(notice);
  console.error('peacekit embed.html: src must be the http or https address of a feed.');
}

let posted = -1;
const post = () => {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === posted || window.parent === window) return;
  posted = height;
  const message: EmbedHeightMessage = { type: 'peacekit:height', height, id: request.id };
  window.parent.postMessage(message, '*');
};
new ResizeObserver(() => requestAnimationFrame(post)).observe(root);
