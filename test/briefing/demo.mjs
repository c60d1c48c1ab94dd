// The demo briefing as a room sees it, on the built bundle (run after `node scripts/build.mjs`):
// - every step at 1920×1080, 1366×768 and 1024×768, full window, embedded in a portal page, and in
//   full screen: no scrolling (scrollHeight ≤ the viewport), each view the step chooses drawn inside its
//   box, the others hidden;
// - the exports: the PowerPoint deck unzipped (one slide per step, the notes, the images), the PDF (one
//   page per step); under the embedding tests' strict CSP, the PDF is made and the PowerPoint deck fails
//   with a visible message (its images are drawn through blob:/data: images, which the policy blocks).
// `node test/briefing/demo.mjs [out-dir]` also writes each step's screenshots at 1366×768 and 1024×768,
// in the full window and embedded, light and dark, the deck and the PDF to out-dir, to look at (and to render with LibreOffice).
import { mkdirSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import puppeteer from 'puppeteer-core';
import { checks } from '../../scripts/checks.mjs';
import { chromiumArgs, requireChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/static-server.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const out = process.argv[2];
if (out) mkdirSync(out, { recursive: true });
const server = await serve({ '/': 'demo', '/dist/': 'dist' }, { headers: (path, search) => (search.includes('csp=strict') ? { 'content-security-policy': CSP } : {}) });
const browser = await puppeteer.launch({ executablePath: requireChromium(), headless: true, args: chromiumArgs() });
const checked = checks();
const check = checked.check;

async function open(query, width, height) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' && !/favicon\.ico$/.test(m.location()?.url ?? '')) errors.push(m.text().slice(0, 200)); });
  await page.setViewport({ width, height });
  await page.goto(`${server.url}/briefing.html${query}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('pk-briefing')?.shadowRoot?.querySelector('.count')?.textContent?.includes('1'), { timeout: 15000 });
  return { page, errors };
}

/**
 * Goes to a step and waits until its views are laid out; then measures the page and each view, and in
 * each view shown the smallest text as it reads on screen: its font size times every scale on the way
 * to the screen (CSS transforms of its ancestors across shadow roots; inside an SVG, its viewBox too).
 * Text nodes count, and letters or digits a stylesheet writes (::before/::after, the matrix's role letters).
 */
const measure = (page, step) => page.evaluate(async (n) => {
  const scaleOf = (el) => {
    const m = getComputedStyle(el).transform;
    if (!m || m === 'none') return 1;
    const v = m.match(/-?[\d.e]+/g).map(Number);
    return Math.hypot(v[0], v[1]);
  };
  /** The product of the CSS scales from `el` up to the document, through shadow hosts. */
  const cssScale = (el) => {
    let k = 1;
    for (let e = el; e; e = e.parentElement ?? e.getRootNode().host) k *= scaleOf(e);
    return k;
  };
  const svgScale = (el) => {
    let outer = el.ownerSVGElement;
    while (outer?.ownerSVGElement) outer = outer.ownerSVGElement;
    const inner = el.getScreenCTM();
    const root = outer?.getScreenCTM();
    const within = inner && root ? Math.hypot(inner.a, inner.b) / Math.hypot(root.a, root.b) : 1;
    return within * cssScale(outer ?? el);
  };
  const rendered = (el, pseudo) => {
    const px = parseFloat(getComputedStyle(el, pseudo).fontSize);
    return px * (el instanceof SVGElement && el.localName !== 'svg' ? svgScale(el) : cssScale(el));
  };
  const smallestText = (view) => {
    let min = { px: Infinity, text: '' };
    const visit = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.currentNode; node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          const el = node.parentElement;
          if (!el || !/\S/.test(node.data) || /^(style|script|title|desc)$/.test(el.localName)) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const box = range.getBoundingClientRect();
          if (!box.width || !box.height || !el.checkVisibility({ visibilityProperty: true })) continue;
          const px = rendered(el);
          if (px < min.px) min = { px, text: node.data.trim().slice(0, 40) };
          continue;
        }
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        if (node.shadowRoot) visit(node.shadowRoot);
        for (const pseudo of ['::before', '::after']) {
          const content = getComputedStyle(node, pseudo).content;
          if (!content || content === 'none' || content === 'normal') continue;
          const shown = /^attr\(([\w-]+)\)/.exec(content) ? node.getAttribute(/^attr\(([\w-]+)\)/.exec(content)[1]) ?? '' : content;
          if (!/[\p{L}\p{N}]/u.test(shown) || !node.checkVisibility({ visibilityProperty: true }) || !node.getClientRects().length) continue;
          const px = rendered(node, pseudo);
          if (px < min.px) min = { px, text: `${pseudo} ${shown.slice(0, 20)}` };
        }
      }
    };
    visit(view);
    return { px: Math.round(min.px * 100) / 100, text: min.text };
  };
  const b = document.querySelector('pk-briefing');
  b.step = n;
  await b.updateComplete;
  await b.layoutComplete;
  await new Promise((r) => setTimeout(r, 300));
  await b.layoutComplete;
  const stage = b.shadowRoot.querySelector('.stage').getBoundingClientRect();
  const kinds = { 'pk-mission-map': 'map', 'pk-peacebuilding-timeline': 'timeline', 'pk-sector-matrix': 'matrix' };
  const views = [...b.querySelectorAll('pk-mission-map, pk-peacebuilding-timeline, pk-sector-matrix')].map((el) => {
    const r = el.getBoundingClientRect();
    const cell = el.closest('pk-dossier > *') ?? el;
    const c = cell.getBoundingClientRect();
    const root = el.shadowRoot;
    return {
      kind: kinds[el.localName],
      shown: getComputedStyle(cell).display !== 'none' && r.height > 0,
      inside: r.top >= c.top - 1 && r.bottom <= c.bottom + 1 && r.left >= c.left - 1 && r.right <= c.right + 1 && c.bottom <= stage.bottom + 1,
      marks: root ? root.querySelectorAll('svg path, svg circle, svg rect, td').length : 0,
      error: !!root?.querySelector('[role="alert"]'),
      zoom: Number(/scale\(([\d.]+)\)/.exec(el.style.transform)?.[1] ?? 1),
      fit: el.getAttribute('data-pk-briefing-fit') ?? 'as-is',
      smallest: r.height > 0 ? smallestText(el) : null,
      // A view's own scrolling box (the matrix's grid) shows all it holds: no column or row scrolled out of sight.
      scrolled: [...(root?.querySelectorAll('[part~="scroller"]') ?? [])].some((b) => b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1),
      // A legend set beside the drawing sits outside the view's own box: it must be inside the cell too.
      legendInside: [...(root?.querySelectorAll('[part~="legend"]') ?? [])].every((l) => {
        const b = l.getBoundingClientRect();
        return !b.width || (b.left >= c.left - 1 && b.right <= c.right + 1 && b.top >= c.top - 1 && b.bottom <= c.bottom + 1);
      }),
      height: Math.round(r.height),
      cell: Math.round(c.height),
    };
  });
  const nav = b.shadowRoot.querySelector('nav').getBoundingClientRect();
  return {
    scroll: document.scrollingElement.scrollHeight, viewport: innerHeight, scrollX: document.scrollingElement.scrollWidth, width: innerWidth,
    briefing: b.getBoundingClientRect().toJSON(), navBottom: nav.bottom, host: { scroll: b.scrollHeight, client: b.clientHeight },
    views,
  };
}, step);

const steps = JSON.parse(await (await fetch(`${server.url}/briefing/sierra-leone.json`)).text()).steps;
const SIZES = [[1920, 1080], [1366, 768], [1024, 768]];
const screenshots = [];
for (const [variant, query] of [['full window', ''], ['embedded in a portal page', '?embedded']]) {
  for (const [width, height] of SIZES) {
    await check(`${variant}, ${width}×${height}: every step fits without scrolling, each chosen view drawn in its box, no text under 12 px`, async () => {
      const { page, errors } = await open(query, width, height);
      const problems = [];
      for (let i = 0; i < steps.length; i++) {
        const m = await measure(page, i);
        const at = `step ${i + 1}`;
        if (m.scroll > m.viewport) problems.push(`${at}: the page scrolls (${m.scroll} > ${m.viewport})`);
        if (m.scrollX > m.width) problems.push(`${at}: the page scrolls sideways (${m.scrollX} > ${m.width})`);
        if (m.host.scroll > m.host.client + 1) problems.push(`${at}: the briefing overflows (${m.host.scroll} > ${m.host.client})`);
        if (m.navBottom > m.briefing.bottom + 1 || m.briefing.bottom > m.viewport + 1) problems.push(`${at}: the controls are below the fold`);
        for (const v of m.views) {
          const wanted = steps[i].views.includes(v.kind);
          if (wanted && !v.shown) problems.push(`${at}: the ${v.kind} is not shown`);
          if (wanted && (v.marks === 0 || v.error)) problems.push(`${at}: the ${v.kind} has not drawn (${v.marks} marks)`);
          if (wanted && !v.inside) problems.push(`${at}: the ${v.kind} (${v.height} px) is cut by its box (${v.cell} px)`);
          if (wanted && v.scrolled) problems.push(`${at}: part of the ${v.kind} is scrolled out of sight`);
          if (wanted && !v.legendInside) problems.push(`${at}: the ${v.kind}'s legend is cut by its box`);
          if (!wanted && v.shown) problems.push(`${at}: the ${v.kind} is shown but the step does not choose it`);
          if (wanted && v.smallest && v.smallest.px < 12) problems.push(`${at}: the ${v.kind}'s text reads at ${v.smallest.px} px ("${v.smallest.text}"), under 12 px (${v.fit}${v.zoom !== 1 ? ` ×${v.zoom}` : ''})`);
        }
        if (!query && width === 1366) {
          screenshots.push(`step ${i + 1}: ${m.views.filter((v) => v.shown).map((v) => `${v.kind} ${v.fit}${v.zoom !== 1 ? ` ×${v.zoom}` : ''}, smallest text ${v.smallest?.px} px`).join('; ')}`);
        }
      }
      if (errors.length) problems.push(`errors: ${errors.join('; ')}`);
      await page.close();
      return problems;
    });
  }
}
console.log(`      1366×768, how each view was fitted:\n        ${screenshots.join('\n        ')}`);

// To look at: each step at 1366×768 and 1024×768, light and dark (only with an out-dir).
if (out) {
  for (const [variant, query] of [['', ''], ['-embedded', '?embedded']]) {
    for (const [width, height] of SIZES.slice(1)) {
      for (const scheme of ['light', 'dark']) {
        const { page } = await open(query, width, height);
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        for (let i = 0; i < steps.length; i++) {
          await measure(page, i);
          await page.screenshot({ path: `${out}/step-${i + 1}-${width}x${height}${variant}-${scheme}.png` });
        }
        await page.close();
      }
    }
  }
}

await check('full screen (F), 1366×768: every step fits the screen', async () => {
  const { page, errors } = await open('', 1366, 768);
  await page.keyboard.press('f');
  await page.waitForFunction(() => document.fullscreenElement?.localName === 'pk-briefing', { timeout: 5000 });
  const problems = [];
  for (let i = 0; i < steps.length; i++) {
    const m = await measure(page, i);
    if (m.host.scroll > m.host.client + 1) problems.push(`step ${i + 1}: the briefing overflows the screen (${m.host.scroll} > ${m.host.client})`);
    for (const v of m.views) if (steps[i].views.includes(v.kind) && (!v.shown || !v.inside || v.marks === 0)) problems.push(`step ${i + 1}: the ${v.kind} is not drawn whole`);
    for (const v of m.views) if (steps[i].views.includes(v.kind) && v.smallest && v.smallest.px < 12) problems.push(`step ${i + 1}: the ${v.kind}'s text reads at ${v.smallest.px} px, under 12 px`);
  }
  if (errors.length) problems.push(`errors: ${errors.join('; ')}`);
  await page.close();
  return problems;
});

/** Runs an export in the page; its bytes, or the message the briefing shows. */
const exportIn = (page, method) => page.evaluate(async (m) => {
  const b = document.querySelector('pk-briefing');
  try {
    const blob = await b[m]();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { type: blob.type, base64: btoa(s), step: b.step };
  } catch (e) {
    await b.updateComplete;
    return { error: String(e?.message ?? e), shown: b.shadowRoot.querySelector('[part="export-error"]')?.textContent?.trim() ?? '' };
  }
}, method);

const pages = (pdf) => pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;

await check('toPPTX(): one 16:9 slide per step, the notes as slide notes, the views as images, the text editable', async () => {
  const { page, errors } = await open('', 1366, 768);
  await measure(page, 2);
  const r = await exportIn(page, 'toPPTX');
  await page.close();
  if (r.error) return [`it failed: ${r.error}`];
  const problems = [];
  const bytes = Buffer.from(r.base64, 'base64');
  if (out) writeFileSync(`${out}/briefing.pptx`, bytes);
  const zip = await JSZip.loadAsync(bytes);
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  if (slides.length !== steps.length) problems.push(`${slides.length} slides for ${steps.length} steps`);
  const presentation = await zip.file('ppt/presentation.xml').async('string');
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation);
  if (!size || Math.abs(Number(size[1]) / Number(size[2]) - 16 / 9) > 0.01) problems.push(`slide size ${size?.slice(1).join('×')} is not 16:9`);
  const images = Object.keys(zip.files).filter((f) => /^ppt\/media\/.+\.png$/.test(f));
  const expectedImages = steps.reduce((n, s) => n + s.views.length, 0);
  if (images.length !== expectedImages) problems.push(`${images.length} images for ${expectedImages} views`);
  for (let i = 0; i < steps.length; i++) {
    const xml = await zip.file(`ppt/slides/slide${i + 1}.xml`).async('string');
    const rels = await zip.file(`ppt/slides/_rels/slide${i + 1}.xml.rels`).async('string');
    const notesFile = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    const notes = notesFile ? await zip.file(`ppt/notesSlides/${notesFile}`).async('string') : '';
    const firstLine = steps[i].notes.split('\n')[0].slice(0, 40).replace(/&/g, '&amp;').replace(/'/g, '&apos;');
    if (!notes.includes(firstLine)) problems.push(`slide ${i + 1}: the notes do not hold "${firstLine}"`);
    const caption = steps[i].caption.slice(0, 30).replace(/&/g, '&amp;').replace(/'/g, '&apos;');
    if (!xml.includes(caption)) problems.push(`slide ${i + 1}: the caption is not text on the slide`);
    if (!xml.includes('Sources: Security Council resolutions')) problems.push(`slide ${i + 1}: no sources line`);
    const pics = (xml.match(/<p:pic>/g) ?? []).length;
    if (pics !== steps[i].views.length) problems.push(`slide ${i + 1}: ${pics} images for ${steps[i].views.length} views`);
  }
  // Projector resolution: each image has at least the pixels of its place on a 1920 × 1080 slide (6350 EMU a pixel).
  let w = 0;
  for (let i = 0; i < steps.length; i++) {
    const xml = await zip.file(`ppt/slides/slide${i + 1}.xml`).async('string');
    const rels = await zip.file(`ppt/slides/_rels/slide${i + 1}.xml.rels`).async('string');
    for (const pic of xml.match(/<p:pic>[\s\S]*?<\/p:pic>/g) ?? []) {
      const id = /r:embed="([^"]+)"/.exec(pic)?.[1];
      const cx = Number(/<a:ext cx="(\d+)"/.exec(pic)?.[1]);
      const target = new RegExp(`Id="${id}"[^>]*Target="\\.\\./media/([^"]+)"`).exec(rels)?.[1];
      const png = await zip.file(`ppt/media/${target}`)?.async('nodebuffer');
      const px = png?.readUInt32BE(16) ?? 0;
      w ||= px;
      if (px < (cx / 6350) * 0.98) problems.push(`slide ${i + 1}: an image of ${px} px is placed over ${Math.round(cx / 6350)} px of the slide`);
    }
  }
  if (r.step !== 2) problems.push(`after the export the briefing shows step ${r.step + 1}, not step 3`);
  if (errors.length) problems.push(`errors: ${errors.join('; ')}`);
  console.log(`      ${bytes.length} bytes, ${slides.length} slides, ${images.length} images (first ${w} px wide)`);
  return problems;
});

await check('toPDF(): one 16:9 page per step, drawn as vectors (text stays text)', async () => {
  const { page, errors } = await open('', 1366, 768);
  const r = await exportIn(page, 'toPDF');
  await page.close();
  if (r.error) return [`it failed: ${r.error}`];
  const bytes = Buffer.from(r.base64, 'base64');
  if (out) writeFileSync(`${out}/briefing.pdf`, bytes);
  const problems = [];
  if (pages(bytes) !== steps.length) problems.push(`${pages(bytes)} pages for ${steps.length} steps`);
  if (!/\/MediaBox \[0 0 960\.? 540\.?\]/.test(bytes.toString('latin1'))) problems.push('the pages are not 960 × 540 pt');
  if (/\/Subtype \/Image/.test(bytes.toString('latin1'))) problems.push('a page is an image, not vectors');
  if (errors.length) problems.push(`errors: ${errors.join('; ')}`);
  console.log(`      ${bytes.length} bytes, ${pages(bytes)} pages`);
  return problems;
});

await check(`strict CSP (${CSP}): the PDF is made; the PowerPoint deck, whose images the policy blocks, fails with a visible message`, async () => {
  const { page, errors } = await open('?csp=strict', 1366, 768);
  const pdf = await exportIn(page, 'toPDF');
  const pptx = await exportIn(page, 'toPPTX');
  await page.close();
  const problems = [];
  if (pdf.error) problems.push(`the PDF failed: ${pdf.error}`);
  else if (pages(Buffer.from(pdf.base64, 'base64')) !== steps.length) problems.push('the PDF does not have a page per step');
  if (!pptx.error) problems.push('the PowerPoint deck was made, its images despite the policy?');
  else if (!/security policy/.test(pptx.shown)) problems.push(`the failure is not shown in the briefing (shown: ${JSON.stringify(pptx.shown)})`);
  const unexpected = errors.filter((e) => !/Content Security Policy|Loading the image/.test(e));
  if (unexpected.length) problems.push(`errors: ${unexpected.join('; ')}`);
  return problems;
});

await browser.close();
await server.close();
console.log(checked.summary('briefing demo'));
process.exit(checked.failed ? 1 : 0);
