/**
 * What the timeline draws, derived stage by stage from its inputs: the model (feed, mission, language),
 * the layout (size, view, collapsed groups), the drawn bars (layout, lane window, focus), and the live
 * parts that move every frame of a gesture or a cursor drag (ticks, front, cursor, readout, tooltip).
 * Each stage is computed again only when its own inputs changed (`Deps`). No DOM: the element
 * (peacebuilding-timeline.ts) gives its width, type size and state.
 */
import { asOfDay, dayOf, type Day, type Feed, type Selection } from '../model/index.js';
import { Deps } from '../shared/deps.js';
import type { Messages } from '../shared/messages/en.js';
import { timeTicks, type Tick } from './axis.js';
import { cullBars, drawBars, drawPoints, type DrawnBar } from './bars.js';
import { strengthReadout, strengthWords, type StrengthRow, type StrengthText } from './describe.js';
import { cursorLayout, frontLayout, groupToggles, type CursorLayout, type FrontLayout, type GroupToggle } from './front.js';
import { buildTimeline, relatedKeys, type TimelineMark, type TimelineModel } from './lanes.js';
import { BAND, layoutTimeline, navigationLanes, type TimelineLayout } from './layout.js';
import type { TipText } from './mark-text.js';
import type { TipAnchor } from './marks-controller.js';
import type { TimelineTable } from './table.js';
import type { TipPlace } from './templates.js';
import type { Gesture } from './timeline-zoom.js';

/**
 * From this many bars on, only the lanes in or near the viewport are drawn (lane-window.ts); the rest
 * come as the reader scrolls or moves to them by keyboard, and the table lists them all. Below it the
 * whole drawing stays in the page (find-in-page, a screen reader's browse mode).
 */
export const WINDOWED_BARS = 200;

/** What after-drawing.ts brings that the drawing uses: the tooltip's words and the table's rows. */
export interface TimelineWords {
  tipText(mark: TimelineMark, model: TimelineModel, lang: string, t: Messages): TipText;
  timelineTable(model: TimelineModel, rows: StrengthRow[], lang: string, t: Messages): TimelineTable;
}

export interface TimelineInputs {
  feed: Feed;
  mission?: string;
  lang: string;
  messages: Messages;
  width: number;
  /** The smallest type size (--pk-font-size-xs) in px: rows and labels are laid out for it. */
  fontSize: number;
  /** The days shown after the last completed zoom; null: the whole extent. */
  view: [Day, Day] | null;
  collapsed: ReadonlySet<string>;
  collapsedChanged: boolean;
  /** The chart's px of a long timeline in or near view (lane-window.ts), or before its first report what can be seen (layout.ts's `firstWindow`). */
  window: [number, number];
  /** Every lane drawn, for an export. */
  drawAll: boolean;
  focusKey: string;
  selection?: Selection;
  selectionChanged: boolean;
  gesture?: Gesture | null;
  date?: string;
  tip: TipAnchor | null;
  words?: TimelineWords;
}

export class TimelineDrawing {
  model: TimelineModel | null = null;
  marksByKey = new Map<string, TimelineMark>();
  strength: StrengthText = { estimate: false, deployedTitle: '', peak: '', legend: [] };
  strengthRows: StrengthRow[] = [];
  /** The table's rows, once after-drawing.ts has loaded. */
  table: TimelineTable | null = null;
  layout: TimelineLayout | null = null;
  /** The marks in keyboard order, lane by lane. */
  nav: TimelineMark[][] = [];
  points: ReturnType<typeof drawPoints> = { mandates: [], events: [] };
  gridTicks: Tick[] = [];
  toggles: GroupToggle[] = [];
  /** Top of each band watched for a windowed timeline (none for a small one). */
  bands: number[] = [];
  drawn: DrawnBar[] = [];
  live: { domain: readonly [Day, Day]; x: (d: Day) => number } | null = null;
  ticks: Tick[] = [];
  cursorDay: Day = 0;
  front: FrontLayout | null = null;
  cursorView: CursorLayout | null = null;
  tipView: { text: TipText; place: TipPlace } | null = null;
  readout = '';
  notice = '';
  /** The keys of the marks a selection in a linked view relates to, and whether to mark them again. */
  related = new Set<string>();
  repaintRelated = false;
  private drawnKeys = new Set<string>();
  /** The keys of every laid-out bar (the tab stop may also be an event or a mandate). */
  private barKeys = new Set<string>();
  private readonly deps = { model: new Deps(), drawn: new Deps(), table: new Deps() };

  /** Forgets the drawing (no feed, or no mission in it), with what to say instead. */
  clear(notice: string): void {
    this.model = this.layout = null;
    this.notice = notice;
  }

  /**
   * Derives what changed. Returns whether the model is new (the element then shows the whole extent
   * again) and the tab stop: the same mark while it is still shown, else the first.
   */
  update(input: TimelineInputs): { rebuilt: boolean; focusKey: string } {
    const { feed, lang, messages } = input;
    const t = messages.timeline;
    const missionId = input.mission ?? feed.missions?.[0]?.id;
    let focusKey = input.focusKey;
    if (!missionId) {
      this.clear(input.mission ? t.noMission(input.mission) : t.noMissions);
      return { rebuilt: false, focusKey };
    }
    const rebuilt = this.deps.model.changed([feed, missionId, lang, messages]);
    if (rebuilt) this.setModel(buildTimeline(feed, missionId, asOfDay(feed), lang, t.phaseKinds), lang, t);
    const model = this.model;
    if (!model) {
      this.clear(t.noMission(missionId));
      return { rebuilt, focusKey };
    }
    this.notice = '';
    const domain = (rebuilt ? null : input.view) ?? model.extent;
    let layout = this.layout;
    if (rebuilt || !layout || layout.width !== input.width || layout.domain !== domain || layout.size.fontSize !== input.fontSize || input.collapsedChanged) {
      layout = this.layout = layoutTimeline(model, { width: input.width, domain, collapsed: input.collapsed, fontSize: input.fontSize });
      this.nav = navigationLanes(layout, model.mandates);
      // The tab stop stays on a mark still shown, else goes to the first one.
      if (!this.marksByKey.has(focusKey) || !this.nav.some((l) => l.some((m) => m.key === focusKey))) focusKey = this.nav[0]?.[0]?.key ?? '';
      this.points = drawPoints(layout, lang, t);
      // The grid pans with the bars: during a gesture it keeps these ticks (the layer is stretched).
      this.gridTicks = timeTicks(layout.domain, layout.plotWidth, lang);
      this.toggles = groupToggles(layout, t);
      this.barKeys = new Set(layout.bars.map((b) => b.mark.key));
      this.bands = layout.bars.length >= WINDOWED_BARS ? Array.from({ length: Math.ceil(layout.height / BAND) }, (_, i) => i * BAND) : [];
    }
    const rows = this.bands.length && !input.drawAll ? input.window : null;
    // Drawn again for a new layout or lane window, or for a focused mark not drawn yet (moved to by keyboard).
    if (this.deps.drawn.changed([layout, rows?.[0], rows?.[1]]) || (this.barKeys.has(focusKey) && !this.drawnKeys.has(focusKey))) {
      this.drawn = drawBars(cullBars(layout, rows, focusKey), model, layout, lang, t);
      this.drawnKeys = new Set(this.drawn.map((d) => d.key));
      this.repaintRelated = true;
    }
    if (rebuilt || input.selectionChanged) (this.related = relatedKeys(feed, model, input.selection), this.repaintRelated = true);

    // What moves every frame of a gesture or cursor drag: cheap, a handful of numbers and ticks.
    const liveDomain = input.gesture?.domain ?? layout.domain;
    const k = layout.plotWidth / (liveDomain[1] - liveDomain[0]);
    const live = this.live = { domain: liveDomain, x: (d: Day) => (d - liveDomain[0]) * k };
    this.ticks = input.gesture ? timeTicks(liveDomain, layout.plotWidth, lang) : this.gridTicks;
    const date = input.date ? dayOf(input.date) : NaN;
    this.cursorDay = Number.isFinite(date) ? date : model.asOf;
    this.front = frontLayout(layout, model, this.ticks, live.x, lang, t);
    this.cursorView = cursorLayout(layout, model, this.ticks, live.x, this.cursorDay, lang);
    this.readout = strengthReadout(model, this.cursorDay, lang, t);
    const { tip, words } = input;
    const mark = tip && this.marksByKey.get(tip.key);
    if (words && this.deps.table.changed([model, words])) this.table = words.timelineTable(model, this.strengthRows, lang, messages);
    this.tipView = tip && mark && words ? {
      text: words.tipText(mark, model, lang, messages),
      place: tip.x > layout.width - 240 ? { right: Math.max(4, layout.width - tip.x), top: tip.y } : { left: Math.max(4, tip.x), top: tip.y },
    } : null;
    return { rebuilt, focusKey };
  }

  /** A new model: its marks by key and the strength band's words. */
  private setModel(model: TimelineModel | null, lang: string, t: Messages['timeline']): void {
    this.model = model;
    this.layout = null;
    this.marksByKey = new Map();
    if (!model) return;
    for (const mark of [...model.missionLane.marks, ...model.mandates, ...model.events, ...model.groups.flatMap((g) => g.lanes.flatMap((l) => l.marks))]) {
      this.marksByKey.set(mark.key, mark);
    }
    const strength = strengthWords(model, lang, t);
    this.strength = strength.text;
    this.strengthRows = strength.rows;
  }
}
