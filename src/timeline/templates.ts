/**
 * The timeline's templates, apart from its element (peacebuilding-timeline.ts), which prepares what
 * they draw: each takes laid-out data (layout.ts, bars.ts, front.ts) and maps it to marks, with no
 * measuring, no loops over the feed and no state. Feed strings reach them only as text.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { RELIABILITIES } from '../model/index.js';
import type { Messages } from '../shared/messages/en.js';
import { styleMap } from '../shared/style-map.js';
import type { Tick } from './axis.js';
import { writeBar, writeBarTexts } from './bar-layer.js';
import type { DrawnBar, DrawnPoint } from './bars.js';
import type { StrengthText } from './describe.js';
import type { TipText } from './mark-text.js';
import type { CursorLayout, FrontLayout, GroupToggle } from './front.js';
import type { TimelineModel } from './lanes.js';
import type { EventBox, MandateTick, TimelineLayout } from './layout.js';
import { markLayer } from './mark-layer.js';
import { writeEvent, writeEventLabel, writeGridLine, writeLaneLabel, writeMandate, writeMandateLabel } from './point-marks.js';

/** The summary line, the zoom buttons and the cursor's readout. */
export function toolbarTemplate(model: TimelineModel, state: { day: string; readout: string; zoomed: boolean }, t: Messages['timeline'],
  on: { zoomOut: () => void; zoomIn: () => void; showAll: () => void }): TemplateResult {
  const acronym = model.mission.acronym;
  // The space after "Date:" is written `&nbsp;`: the bundle's template minifier drops a plain space before
  // a tag it does not know as inline (`<output>`), and the date is better kept on the label's line anyway.
  return html`<div class="toolbar" part="toolbar">
    <p class="summary" part="summary">${model.departure === null ? t.deployed(acronym) : t.continuing(acronym, model.continuing.items, model.continuing.tracks)}</p>
    <div class="controls">
      <button type="button" @click=${on.zoomOut} aria-label=${t.zoomOut} title=${t.zoomOut}>−</button>
      <button type="button" @click=${on.zoomIn} aria-label=${t.zoomIn} title=${t.zoomIn}>+</button>
      <button type="button" @click=${on.showAll} ?disabled=${!state.zoomed}>${t.showAll}</button>
      <span class="readout">${t.date}:&nbsp;<output>${state.day}</output>${state.readout}</span>
    </div>
  </div>`;
}

export function legendTemplate(t: Messages['timeline'], strength: StrengthText, fundingRequired: boolean): TemplateResult {
  // The ongoing swatch is wider: its arrow sits beside the bar, as in the plot, and clear of the label.
  const swatch = (cls: string, extra: TemplateResult | typeof nothing = nothing, width = 22) =>
    html`<svg width=${width} height="12" aria-hidden="true"><g class=${cls}><rect x="1" y="1" width="20" height="10" rx="2"></rect>${extra}</g></svg>`;
  return html`<ul class="legend" part="legend">
    <li>${swatch('mark k-mission')}${t.legend.mission}</li>
    <li>${swatch('mark k-presence')}${t.legend.presence}</li>
    <li><svg width="22" height="12" aria-hidden="true"><rect class="after-span" width="22" height="12"></rect><line class="departure-line" x1="1" x2="1" y2="12"></line></svg>${t.legend.after}</li>
    <li>${swatch('mark g-peacebuilding', svg`<path class="arrow" d="M23,2l5,4l-5,4"></path>`, 30)}${t.legend.ongoing}</li>
    ${strength.legend.map(([cls, label]) => html`<li><svg width="22" height="12" aria-hidden="true">${cls === 'ceiling'
      ? svg`<rect class="strength-ceiling" x="1" y="3" width="20" height="9"></rect><path class="strength-ceiling-line" d="M1,3H21"></path>`
      : svg`<rect class=${`strength-deployed${cls === 'estimate' ? ' estimate' : ''}`} x="1" y="3" width="20" height="9"></rect>`}</svg>${label}</li>`)}
    ${RELIABILITIES.map((r) => html`<li>${swatch(`mark g-funding r-${r}`)}${t.legend.funding}: ${t.reliabilities[r]}</li>`)}
    ${fundingRequired ? html`<li><svg width="22" height="12" aria-hidden="true"><g class="mark g-funding req"><rect class="need" x="1" y="1" width="20" height="10"></rect><rect class="got" x="1" y="5" width="20" height="6"></rect></g></svg>${t.fundingLegend}</li>` : nothing}
  </ul>`;
}

export interface PlotInput {
  layout: TimelineLayout;
  /** The grid's ticks: the layout's own domain (during a gesture the drawn layer is stretched, not redrawn). */
  ticks: readonly Tick[];
  bars: readonly DrawnBar[];
  mandates: readonly DrawnPoint<MandateTick>[];
  events: readonly DrawnPoint<EventBox>[];
  strength: StrengthText;
  focusKey: string;
  t: Messages['timeline'];
}

/**
 * The bars and everything that pans with them. Focusable marks carry their full name (`aria-label`);
 * only the one tab stop has a `tabindex` (arrow keys move it). The bars are written by bar-layer.ts.
 * A bar's visible text is drawn in a second pass, above every bar and hidden from assistive technology
 * as a group: a cut label ("UNIOS…") inside a button would not match its accessible name (WCAG 2.5.3).
 */
export function plotTemplate({ layout, ticks, bars, mandates, events, strength, focusKey, t }: PlotInput): TemplateResult {
  const { height } = layout;
  const top = layout.size.axis;
  const s = layout.strength;
  return svg`
    <defs>
      <pattern id="pk-tl-hatch" class="hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <line x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
      <linearGradient id="pk-tl-fade-gradient"><stop offset="0" stop-color="white"></stop><stop offset="1" stop-color="white" stop-opacity="0.1"></stop></linearGradient>
      <pattern id="pk-tl-estimate-hatch" class="estimate-hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
        <line x1="0" y1="0" x2="0" y2="5"></line>
      </pattern>
      <mask id="pk-tl-fade" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#pk-tl-fade-gradient)"></rect></mask>
    </defs>
    ${layout.after ? svg`<rect class="after-span" x=${layout.after.x0} y=${top} width=${layout.after.x1 - layout.after.x0} height=${height - top}></rect>` : nothing}
    <g class="grid" ${markLayer(ticks, writeGridLine, layout)}></g>
    ${layout.departure ? svg`<line class="departure-line" x1=${layout.departure.x} x2=${layout.departure.x} y1=${top} y2=${height}></line>` : nothing}
    <line class="as-of-line" x1=${layout.asOfX} x2=${layout.asOfX} y1=${top} y2=${height}></line>
    ${s.ceiling ? svg`<path class="strength-ceiling" d=${s.ceiling}><title>${t.strength('authorized')}</title></path>` : nothing}
    ${s.deployed ? svg`<path class=${strength.estimate ? 'strength-deployed estimate' : 'strength-deployed'} d=${s.deployed}><title>${strength.deployedTitle}</title></path>` : nothing}
    ${s.ceilingLine ? svg`<path class="strength-ceiling-line" d=${s.ceilingLine}></path>` : nothing}
    ${strength.peak ? svg`<text class="strength-peak halo" x=${s.peakX + 4} y=${s.y + Math.round(layout.size.fontSize * 0.95)}>${strength.peak}</text>` : nothing}
    <g class="mandates" ${markLayer(mandates, writeMandate, null, focusKey)}></g>
    <g class="mandate" aria-hidden="true" ${markLayer(mandates, writeMandateLabel)}></g>
    <g class="bars" ${markLayer(bars, writeBar, null, focusKey)}></g>
    <g class="bar-labels" aria-hidden="true" ${markLayer(bars, writeBarTexts)}></g>
    ${layout.handovers.map((h) => svg`<g><title>${t.handover}: ${h.label}</title>
        <circle class="handover-knot" cx=${h.x} cy=${h.y} r="4"></circle>
        <path class="handover" d=${`M${h.x - 1.5},${h.y - 2.5}l2.5,2.5l-2.5,2.5`}></path></g>`)}
    <g class="events" ${markLayer(events, writeEvent, layout, focusKey)}></g>
    <g class="event" aria-hidden="true" ${markLayer(events, writeEventLabel)}></g>
  `;
}

/** What stays put while the bars pan: axis labels, annotations, lane and group labels. */
export function frontTemplate(front: FrontLayout, layout: TimelineLayout, acronym: string, phases: boolean, t: Messages['timeline']): TemplateResult {
  const { plotLeft, narrow } = layout;
  const rows = layout.missionRows;
  const y = front.annotationY;
  return svg`
    ${plotLeft ? svg`<rect class="label-col" width=${plotLeft} height=${layout.height}></rect>` : nothing}
    <g class="tick">${front.ticks.map((tk) => svg`<text x=${tk.x} y=${layout.size.axis - 7}>${tk.label}</text>`)}</g>
    ${front.departure ? svg`
      <text class="departure-label halo" x=${front.departure.x - 4} y=${y} text-anchor="end">${front.departure.label}</text>
      ${front.departure.after ? svg`<text class="after-label halo" x=${front.departure.x + 4} y=${y}>${front.departure.after}</text>` : nothing}` : nothing}
    ${front.asOf ? svg`<text class="annotation halo" x=${front.asOf.x - 4} y=${y} text-anchor="end">${front.asOf.label}</text>` : nothing}
    ${narrow
      ? svg`<text class="lane-label" x="4" y=${layout.missionLane.labelY}>${acronym}<tspan class="row-label" dx="8">${front.strengthRow}</tspan></text>`
      : svg`
        <text class="row-label" x="8" y=${rows.mandates}>${t.mandates}</text>
        <text class="row-label" x="8" y=${rows.strength}>${front.strengthRowFitted}</text>
        <text class="lane-label" x="8" y=${rows.chain}>${acronym}</text>
        ${phases ? svg`<text class="row-label" x="8" y=${rows.phases}>${t.phases}</text>` : nothing}`}
    ${front.groups.map((g) => svg`
      <line class="group-rule" x1="0" x2=${layout.width} y1=${g.y + 0.5} y2=${g.y + 0.5}></line>
      <text class="group-label" x="26" y=${g.labelY}>${g.name}<tspan class="group-summary" dx="8">${g.summary}</tspan></text>`)}
    <g ${markLayer(layout.lanes, writeLaneLabel, layout)}></g>
  `;
}

/** The cursor's pointer handlers (cursor-controller.ts), once loaded. */
export interface CursorHandlers {
  onPointerDown: (e: PointerEvent) => void;
  onPointerMove: (e: PointerEvent) => void;
  onPointerUp: (e: PointerEvent) => void;
}

/** The axis's hit area, the mask behind the handle, and the cursor: a slider with its line and year handle. */
export function cursorTemplate(c: CursorLayout, layout: TimelineLayout, label: string, on: CursorHandlers | undefined): TemplateResult {
  const axis = layout.size.axis;
  // The handlers on the layer: a press on any of its hit areas bubbles here (the layer itself takes none).
  return html`<svg class="front cursor-layer" width=${layout.width} height=${layout.height}
    @pointerdown=${on?.onPointerDown} @pointermove=${on?.onPointerMove} @pointerup=${on?.onPointerUp}>
    <rect class="hit axis-hit" x=${layout.plotLeft} width=${layout.plotWidth} height=${axis} fill="transparent"></rect>
    ${c.shown ? svg`<rect class="cursor-mask" x=${c.mask[0]} y="0" width=${c.mask[1] - c.mask[0]} height=${axis - 1}></rect>` : nothing}
    <g class="cursor" tabindex="0" role="slider" aria-label=${label}
      aria-valuemin=${c.valueMin} aria-valuemax=${c.valueMax} aria-valuenow=${c.valueNow} aria-valuetext=${c.valueText}
      aria-describedby="keys"
      transform=${`translate(${c.x},0)`}>
      <line class="cursor-line" y1=${axis - 2} y2=${layout.height}></line>
      <rect class="hit" x="-6" y="0" width="12" height=${layout.height} fill="transparent"></rect>
      <rect class="cursor-handle hit" x=${-c.handleWidth / 2} y="1" width=${c.handleWidth} height=${axis - 3} rx="3"></rect>
      <text class="cursor-year" y=${axis - 7} text-anchor="middle" aria-hidden="true">${c.year}</text>
    </g>
  </svg>`;
}

export function togglesTemplate(toggles: readonly GroupToggle[], toggle: (id: string) => void): TemplateResult[] {
  return toggles.map((g) => html`<button type="button" class="toggle" style=${styleMap({ top: `${g.top}px` })}
    aria-expanded=${g.expanded ? 'true' : 'false'} aria-label=${g.label} title=${g.title}
    @click=${() => toggle(g.id)}>
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><path d="M2,4L6,8L10,4"/></svg>
  </button>`);
}

/** Where a tooltip stands in the chart: left-aligned at `left`, or right-aligned `right` px from its right edge. */
export interface TipPlace {
  left?: number;
  right?: number;
  top: number;
}

export function tipTemplate(tip: TipText, place: TipPlace): TemplateResult {
  const style = place.right !== undefined ? { right: `${place.right}px`, top: `${place.top}px` } : { left: `${place.left}px`, top: `${place.top}px` };
  return html`<div class="tip" part="tooltip" role="tooltip" id="tip" style=${styleMap(style)}>
    <strong>${tip.title}</strong>
    <p>${tip.range}</p>
    ${tip.figures ? html`<p>${tip.figures}</p>` : nothing}
    ${tip.note ? html`<p class="muted">${tip.note}</p>` : nothing}
    <p class="muted">${tip.context}</p>
  </div>`;
}

/** The `<details>` that holds the table: its summary always, the table (table.ts) only while open. */
export function tableTemplate(count: number, body: TemplateResult | typeof nothing, t: Messages['timeline'], toggled: (open: boolean) => void): TemplateResult {
  return html`<details class="table" part="table" @toggle=${(e: Event) => toggled((e.target as HTMLDetailsElement).open)}>
    <summary>${t.list(count)}</summary>
    ${body}
  </details>`;
}
