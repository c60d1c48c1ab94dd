/**
 * The mission map's templates, apart from its element (mission-map.ts), which prepares what they draw:
 * each takes laid-out data (layout.ts, context.ts, legend.ts) and maps it to marks, with no measuring,
 * no loops over the feed and no state. Feed strings reach them only as text.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { styleMap } from '../shared/style-map.js';
import type { Context, PlacedContext } from './context.js';
import { UNIT_RADIUS, unitSymbol, type Footprint, type Frame, type Transform, type View, type ViewMark } from './layout.js';
import type { LegendLayout } from './legend.js';
import type { Tile } from './tiles.js';

/**
 * Water, countries, boundaries, divisions and the mission's areas, at the zoom. Countries with a detail
 * file are drawn from it; the light base fills in the rest (and everything until the detail arrives).
 * Once any detail is in, each light country draws its own outline.
 */
export function baseLayer(frame: Frame, footprint: Footprint, context: Context, { k, x, y }: Transform): TemplateResult {
  const detailed = context.detailed;
  const light = detailed.size ? frame.countries.filter((c) => !c.code || !detailed.has(c.code)) : frame.countries;
  return svg`<rect class="water" width=${frame.width} height=${frame.height} fill="none"></rect>
    <g class="base" transform="translate(${x},${y}) scale(${k})">
      ${light.map((c) => svg`<path class="country ${c.role} ${c.disputed ? 'disputed' : ''} ${detailed.size ? 'stroked' : ''} ${frame.mode === 'world' && c.code && !c.disputed && footprint.hosts.has(c.code) ? 'tinted' : ''}" d=${c.d}></path>`)}
      ${context.countries.map((c) => svg`<path class="country detail ${c.role} ${c.disputed ? 'disputed' : ''}" d=${c.d}></path>`)}
      ${detailed.size ? nothing : svg`<path class="outline" d=${frame.borders}></path>`}
      ${context.admin1 ? svg`<path class="admin1" d=${context.admin1}></path>` : nothing}
      ${(detailed.size ? context.countries : frame.countries).filter((c) => c.role === 'host' && !c.disputed).map((c) => svg`<path class="host-outline" d=${c.d}></path>`)}
      ${context.boundaries ? svg`<path class="outline" d=${context.boundaries}></path>` : nothing}
      ${context.undetermined ? svg`<path class="outline undetermined-mask" d=${context.undetermined}></path><path class="outline undetermined" d=${context.undetermined}></path>` : nothing}
      ${frame.areas.map((a) => svg`<path class="area" d=${a.d}><title>${a.label}</title></path>`)}
    </g>`;
}

/** A portal's raster tiles under the vector layers. */
export function tilesLayer(tiles: readonly Tile[]): TemplateResult | typeof nothing {
  return tiles.length
    ? html`<div class="tiles" aria-hidden="true">${tiles.map((tile) => html`<img alt="" src=${tile.url} referrerpolicy="no-referrer"
      style=${styleMap({ left: `${tile.x}px`, top: `${tile.y}px`, width: `${Math.ceil(tile.size)}px`, height: `${Math.ceil(tile.size)}px` })}>`)}</div>`
    : nothing;
}

/** Towns and the names of towns, divisions and countries: under the sites, which win where they meet. */
export function placesLayer({ dots, labels }: PlacedContext): TemplateResult | typeof nothing {
  if (!dots.length && !labels.length) return nothing;
  return svg`<g class="places">
    ${dots.map((d) => (d.capital
      ? svg`<g class="capital"><circle cx=${d.x} cy=${d.y} r="4"></circle><circle class="core" cx=${d.x} cy=${d.y} r="1.6"></circle></g>`
      : svg`<circle class="town" cx=${d.x} cy=${d.y} r="2.5"></circle>`))}
    ${labels.map((l) => svg`<text class="place ${l.kind}" x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`)}
  </g>`;
}

/** The lines from spread marks back to their true place. */
export function leadersLayer(view: View): TemplateResult {
  return svg`<g class="leaders">${view.marks.filter((m) => m.from).map((m) => svg`<line x1=${m.from![0]} y1=${m.from![1]} x2=${m.x} y2=${m.y}></line><circle cx=${m.from![0]} cy=${m.from![1]} r="1.5"></circle>`)}</g>`;
}

/** The sites' (and HQs') names, with the HQ's leader line. */
export function labelsLayer(view: View, footprint: Footprint): TemplateResult {
  return svg`<g class="labels">${view.labels.map((l) => svg`${l.leader ? svg`<line class="leader" x1=${l.leader[0]} y1=${l.leader[1]} x2=${l.leader[2]} y2=${l.leader[3]}></line>` : nothing}<text class="label ${footprint.byId.get(l.key)?.type ?? ''}" x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`)}</g>`;
}

/** One mark: a group (its count) or a site or mission (its symbol, scaled to its personnel). */
export function markTemplate(m: ViewMark, activeKey: string | null): TemplateResult {
  const active = m.key === activeKey ? 'active' : '';
  if (m.kind === 'cluster') {
    return svg`<g class="mark cluster ${active}" data-key=${m.key} style=${styleMap({ transform: `translate(${m.x}px, ${m.y}px)` })}>
      <circle class="cluster-dot" r=${m.r}></circle><text class="cluster-count">${m.cluster!.count}</text></g>`;
  }
  const p = m.mark!;
  const cls = p.kind === 'mission' ? `mission type-${p.type}` : `site ${p.type}`;
  return svg`<g class="mark ${cls} ${p.unknownSize ? 'unknown' : ''} ${p.dated ? 'dated' : ''} ${m.r === 0 ? 'leaving' : ''} ${active}" data-key=${m.key}
    style=${styleMap({ transform: `translate(${m.x}px, ${m.y}px) scale(${m.r / UNIT_RADIUS})` })}>
    <path class="symbol" d=${p.kind === 'mission' ? unitSymbol('base') : unitSymbol(p.type)}></path></g>`;
}

/** The scale bar, in the corner the zoom buttons leave free. */
export function scaleBar(scale: View['scale']): TemplateResult | typeof nothing {
  if (!scale) return nothing;
  return svg`<svg class="scalebar" width=${Math.ceil(scale.width) + 50} height="26" aria-hidden="true">
    <line x1="1" x2=${scale.width + 1} y1="22" y2="22"></line>
    <line x1="1" x2="1" y1="16" y2="22"></line><line x1=${scale.width + 1} x2=${scale.width + 1} y1="16" y2="22"></line>
    <text x="1" y="12">${scale.label}</text></svg>`;
}

/** A mark's tooltip, on the side of the mark that has room. */
export function tipTemplate(m: ViewMark, frame: Pick<Frame, 'width' | 'height'>, title: string, lines: readonly string[]): TemplateResult {
  const right = m.x < frame.width / 2;
  const below = m.y < frame.height / 2;
  const pos = {
    [right ? 'left' : 'right']: `${Math.round(right ? m.x + m.r + 8 : frame.width - m.x + m.r + 8)}px`,
    [below ? 'top' : 'bottom']: `${Math.round(below ? m.y : frame.height - m.y)}px`,
  };
  return html`<div class="tooltip" role="tooltip" part="tooltip" style=${styleMap(pos)}>
    <strong>${title}</strong>${lines.map((l) => html`<p>${l}</p>`)}</div>`;
}

/** The legend: symbols by type, then the personnel circles, laid out by legend.ts (mirrored right to left). */
export function legendTemplate(l: (LegendLayout & { fontSize: number }) | undefined, mission: boolean): TemplateResult | typeof nothing {
  if (!l || (!l.items.length && !l.circles.length)) return nothing;
  const gap = l.rtl ? -2 : 2;
  return html`<svg class="legend" part="legend" width=${l.width} height=${l.height} role="img" text-anchor=${l.rtl ? 'end' : 'start'}
    aria-label=${[l.symbolsTitle?.text, ...l.items.map((i) => i.label)].filter(Boolean).join(', ')}>
    ${l.symbolsTitle ? svg`<text class="legend-title" x=${l.rtl ? l.width : 0} y=${l.symbolsTitle.y}>${l.symbolsTitle.text}</text>` : nothing}
    ${l.items.map((i) => svg`<g class="mark ${mission ? `site ${i.type}` : `mission type-${i.type}`} ${i.dated ? 'dated' : ''}" transform="translate(${i.cx},${i.cy}) scale(${i.r / UNIT_RADIUS})"><path class="symbol" d=${i.d}></path></g>
      <text x=${i.tx} y=${i.y}>${i.label}</text>`)}
    ${l.sizesTitle ? svg`<text class="legend-title" x=${l.sizesTitle.x} y=${l.sizesTitle.y}>${l.sizesTitle.text}</text>` : nothing}
    ${l.circles.map((c) => svg`<circle class="size" cx=${c.cx} cy=${c.cy} r=${c.r}></circle>
      <line class="leader" x1=${c.cx} x2=${c.lx} y1=${c.cy - c.r} y2=${c.ly - Math.round(l.fontSize * 0.35)}></line>
      <text x=${c.lx + gap} y=${c.ly}>${c.label}</text>`)}
  </svg>`;
}

/** Paragraphs under a part: the footnotes and credit (`notes`) or what geography could not be drawn (`warnings`). */
export function linesBlock(part: 'notes' | 'warnings', lines: readonly string[]): TemplateResult | typeof nothing {
  if (!lines.length) return nothing;
  return part === 'warnings'
    ? html`<div class="warnings" part="warnings" role="note">${lines.map((l) => html`<p>${l}</p>`)}</div>`
    : html`<div class="notes" part="notes">${lines.map((l) => html`<p>${l}</p>`)}</div>`;
}

/** The footprint as a table (built only while open: see the element's table button). */
export function tableTemplate(table: Footprint['table']): TemplateResult {
  return html`<table>
    <caption>${table.caption}</caption>
    <thead><tr>${table.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
    <tbody>${table.rows.map((r) => html`<tr><th scope="row">${r[0]}</th><td>${r[1]}</td><td class="num">${r[2]}</td><td>${r[3]}</td></tr>`)}</tbody>
  </table>`;
}
