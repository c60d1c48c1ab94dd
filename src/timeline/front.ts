/**
 * What stays put while the bars pan, placed for the live domain (it moves every frame of a gesture):
 * the axis labels that fit, the departure and as-of annotations where they have room, the group
 * toggles, and the date cursor with the mask that keeps axis labels whole beside its handle.
 * Pure: layout + model + day scale -> positions and texts. No DOM.
 */
import { DAY_MS, type Day } from '../model/index.js';
import type { Messages } from '../shared/messages/en.js';
import type { Tick } from './axis.js';
import { dateText } from './format.js';
import { fitText, textWidth } from './labels.js';
import type { TimelineModel } from './lanes.js';
import { SIZE, type TimelineLayout } from './layout.js';

/** Keeps a right-to-left group name and its summary in drawing order (name, then summary) inside one SVG text. */
const LRM = '\u200E';

export interface FrontLayout {
  /** Axis labels that fit in the plot, at their x in the drawing. */
  ticks: { x: number; label: string }[];
  /** "UNAMSIL leaves" left of the departure, and "after departure →" right of it where there is room. */
  departure: { x: number; label: string; after: string } | null;
  /** "As of …" left of the as-of line, where it clears the departure's annotations. */
  asOf: { x: number; label: string } | null;
  annotationY: number;
  /** The strength row's name ('' without strength figures): beside the acronym when narrow, else fitted to the label column. */
  strengthRow: string;
  strengthRowFitted: string;
  groups: { y: number; labelY: number; name: string; summary: string }[];
}

/** The front layer for a day scale `x` (the live domain's, in px from the plot's left edge). */
export function frontLayout(layout: TimelineLayout, model: TimelineModel, ticks: readonly Tick[], x: (d: Day) => number, lang: string, t: Messages['timeline']): FrontLayout {
  const { plotLeft, plotWidth } = layout;
  const fs = layout.size.fontSize;
  const at = (d: Day) => plotLeft + x(d);
  const inPlot = (px: number) => px >= plotLeft && px <= plotLeft + plotWidth;
  const departureX = model.departure === null ? null : at(model.departure + DAY_MS);
  const asOfX = at(model.asOf + DAY_MS);
  const asOfText = t.asOf(dateText(model.asOf, lang));
  return {
    ticks: ticks
      .filter((tk) => inPlot(plotLeft + tk.x) && plotLeft + tk.x + 3 + textWidth(tk.label, fs) <= layout.width)
      .map((tk) => ({ x: plotLeft + tk.x + 3, label: tk.label })),
    departure: departureX !== null && inPlot(departureX)
      ? { x: departureX, label: t.departs(model.mission.acronym), after: asOfX - departureX > 9 * fs ? `${t.afterDeparture} →` : '' }
      : null,
    asOf: inPlot(asOfX) && (departureX === null || asOfX - departureX > 9 * fs + textWidth(asOfText, fs)) ? { x: asOfX, label: asOfText } : null,
    annotationY: layout.size.axis + Math.round(fs * 1.08),
    strengthRow: model.strength.max ? t.strengthRow : '',
    strengthRowFitted: model.strength.max ? fitText(t.strengthRow, plotLeft - 16, fs) : '',
    groups: layout.groups.map((g) => ({
      y: g.y,
      labelY: g.y + Math.round(layout.size.groupHeader * 0.65),
      name: t.groups[g.group.id] ?? g.group.id,
      summary: LRM + t.groupSummary(g.group.lanes.length, g.items),
    })),
  };
}

/** A group's collapse toggle, beside its label. */
export interface GroupToggle {
  id: string;
  top: number;
  expanded: boolean;
  label: string;
  title: string;
}

export function groupToggles(layout: TimelineLayout, t: Messages['timeline']): GroupToggle[] {
  return layout.groups.map((g) => {
    const name = t.groups[g.group.id] ?? g.group.id;
    return {
      id: g.group.id,
      top: g.y + 1 + (layout.size.groupHeader - SIZE.groupHeader) / 2,
      expanded: !g.collapsed,
      label: `${name}: ${t.groupSummary(g.group.lanes.length, g.items)}`,
      title: g.collapsed ? t.expand(name) : t.collapse(name),
    };
  });
}

/** The date cursor: where its line and handle are, the year on the handle, the axis span it masks, its ARIA values. */
export interface CursorLayout {
  x: number;
  shown: boolean;
  year: string;
  handleWidth: number;
  mask: [number, number];
  valueMin: number;
  valueMax: number;
  valueNow: number;
  valueText: string;
}

export function cursorLayout(layout: TimelineLayout, model: TimelineModel, ticks: readonly Tick[], x: (d: Day) => number, day: Day, lang: string): CursorLayout {
  const cx = layout.plotLeft + x(day + DAY_MS / 2);
  const shown = cx >= layout.plotLeft - 1 && cx <= layout.plotLeft + layout.plotWidth + 1;
  // The handle carries the cursor's year; the axis labels it touches are masked whole rather than
  // left half covered (the handle says the year they would say).
  const year = String(new Date(day).getUTCFullYear());
  const fs = layout.size.fontSize;
  const handleWidth = textWidth(year, fs) + 10;
  let [m0, m1] = [cx - handleWidth / 2, cx + handleWidth / 2];
  for (const tk of ticks) {
    const x0 = layout.plotLeft + tk.x + 3;
    const x1 = x0 + textWidth(tk.label, fs);
    if (x0 < m1 && x1 > m0) [m0, m1] = [Math.min(m0, x0 - 1), Math.max(m1, x1 + 1)];
  }
  return {
    x: shown ? cx : -100, shown, year, handleWidth, mask: [m0, m1],
    valueMin: Math.round(model.extent[0] / DAY_MS),
    valueMax: Math.round(model.extent[1] / DAY_MS),
    valueNow: Math.round(day / DAY_MS),
    valueText: dateText(day, lang),
  };
}
