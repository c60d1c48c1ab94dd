/**
 * The sector matrix as positioned rows, columns and cells: pure (feed + day + size + options in,
 * layout out), no DOM. Axes are stable over time: rows are every sector and columns every actor that
 * holds a responsibility concerning the mission at any date, so moving `date` never reshuffles them.
 */
import {
  ACTOR_TYPES, LEVELS, PRIORITY_AREAS, formatDay, handover, matrixAt, textOf,
  type Day, type Feed, type MatrixEntry, type Vocabulary,
} from '../model/index.js';
import type { Messages } from '../shared/messages/en.js';
import { collator } from '../model/intl.js';
import {
  HEADER_CHAR, HEADER_PADDING, HORIZONTAL_HEADER, LEVELS_COLUMN, MAX_COLUMN, MAX_ROW_HEADER, MAX_VERTICAL_HEADER,
  MIN_COLUMN, MIN_ROW_HEADER, SIDE_PANEL_WIDTH, DETAILS_GAP, DETAILS_WIDTH, SCROLLBAR,
} from './metrics.js';

export type MatrixMessages = Messages['matrix'];
export type SortOrder = 'area' | 'roles' | 'alpha';
export const SORT_ORDERS: readonly SortOrder[] = ['area', 'roles', 'alpha'];

/** How a role in a cell changed between the two dates (its handover mark); `held` when there is no comparison. */
export type RoleChange = 'held' | 'continued' | 'begun' | 'ended' | 'moved-out' | 'moved-in' | 'transferred-out' | 'transferred-in';

export interface CellRole {
  role: string;
  label: string;
  glyph: string;
  color: string;
  /** Text colour on `color` with the higher contrast (WCAG 1.4.3). */
  ink: string;
  /** The role's place in `MatrixLayout.palette`: cells draw their colours from a class, not per-glyph styles. */
  swatch: number;
  level?: string;
  mark: RoleChange;
  /** For a move: the actor the role passes to (`moved-out`) or comes from (`moved-in`). */
  counterpart?: string;
  /** For a transfer: the actors that take it over (`transferred-out`) or the one it came from (`transferred-in`). */
  counterparts?: string[];
  entry: MatrixEntry;
}

export interface MatrixCell {
  sector: string;
  actor: string;
  roles: readonly CellRole[];
  /** Levels given in the cell other than the matrix's usual one (see `usualLevel`), in LEVELS order. */
  levels: readonly string[];
  /** Those levels' abbreviations as printed under the glyphs ("N · L"); empty when none. */
  levelText: string;
  /** What a screen reader hears: "Security sector reform, UNMIL: implement, enable". */
  label: string;
}

export interface MatrixColumn {
  id: string;
  /** Short label for the header ("UNMIL"). */
  label: string;
  /** Full name ("United Nations Mission in Liberia"). */
  name: string;
  type: string;
  /** First column of its actor-type group: drawn with a rule before it. */
  groupStart: boolean;
}

export interface ColumnGroup {
  type: string;
  label: string;
  span: number;
}

export interface AreaRow {
  kind: 'area';
  area: string;
  label: string;
  sectors: number;
  collapsed: boolean;
}

export interface SectorRow {
  kind: 'sector';
  id: string;
  label: string;
  area: string;
  cells: MatrixCell[];
  /** Roles held in the row on the (later) date, after filters: the `roles` sort key. */
  roleCount: number;
}

export type MatrixRow = AreaRow | SectorRow;

export interface MatrixSizes {
  rowHeaderWidth: number;
  columnWidth: number;
  /** Column headers run vertically when the short labels do not fit across a column. */
  vertical: boolean;
  headerHeight: number;
  tableWidth: number;
  /** Columns wide enough to print the level under the glyphs. */
  showLevels: boolean;
  /** Room for the details panel beside the grid rather than below it. */
  sidePanel: boolean;
  /** The grid is wider than its room and scrolls sideways: the sector names then stay in view (sticky). */
  scrolls: boolean;
}

export interface MatrixLayout {
  rows: MatrixRow[];
  columns: MatrixColumn[];
  groups: ColumnGroup[];
  /** Actor types present before the type filter, national first: the filter's choices. */
  actorTypes: { id: string; label: string }[];
  sizes: MatrixSizes;
  /** Roles used in the shown cells, in vocabulary order: the legend. */
  legendRoles: { id: string; label: string; glyph: string; color: string; ink: string; swatch: number; description: string }[];
  /** Each role's colour and ink, in vocabulary order, then the colour of a role the vocabulary lacks (`swatch` indexes it). */
  palette: { color: string; ink: string }[];
  marks: RoleChange[];
  /** Levels printed in cells (all but the usual one), for the legend. */
  levels: string[];
  /** The most frequent level among the shown entries: left unmarked in cells to cut repetition. */
  usualLevel?: string;
  before?: Day;
  after: Day;
  /** The one-line summary above the matrix. */
  summary: string;
  /** Entries shown (after filters), including ended and passed-on ones when comparing. */
  shown: number;
  /** Responsibilities in the feed concerning the mission at the day(s), before filters. */
  total: number;
}

export interface MatrixOptions {
  feed: Feed;
  vocabulary: Vocabulary;
  lang: string;
  day: Day;
  /** A second day: the layout shows the handover between the earlier and the later. */
  compare?: Day;
  mission?: string;
  sort?: SortOrder;
  /** Actor types to show; all when undefined or empty. */
  actorTypes?: readonly string[];
  /** Roles to show; all when undefined or empty. */
  roles?: readonly string[];
  collapsed?: ReadonlySet<string>;
  /** Priority areas shown (a briefing step's focus); the others' sectors are left out. All when undefined or empty. */
  areas?: readonly string[];
  width: number;
}


const UNKNOWN_ROLE_COLOR = '#999999';
const NATIONAL = new Set(['national-government', 'national-civil-society']);
const MARK_ORDER: RoleChange[] = ['begun', 'ended', 'transferred-out', 'transferred-in', 'moved-out', 'moved-in'];

/** Black or white, whichever reads better on a hex colour (relative luminance, WCAG 2.2). */
export function inkOn(hex: string): string {
  const n = parseInt(hex.replace('#', '').padEnd(6, '0').slice(0, 6), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** An empty cell's roles and levels: one array shared by the thousands of them. */
const NONE: readonly never[] = Object.freeze([]);

export function matrixLayout(o: MatrixOptions, t: MatrixMessages): MatrixLayout {
  const { feed, vocabulary, lang } = o;
  const responsibilities = feed.responsibilities ?? [];
  const concerns = responsibilities.filter((r) => !o.mission || r.mission === undefined || r.mission === o.mission);

  const before = o.compare === undefined ? undefined : Math.min(o.compare, o.day);
  const after = o.compare === undefined ? o.day : Math.max(o.compare, o.day);
  const roleFilter = o.roles?.length ? new Set(o.roles) : null;
  const typeFilter = o.actorTypes?.length ? new Set(o.actorTypes) : null;

  // Columns: actors of the mission's responsibilities, national first (ACTOR_TYPES order), then feed order.
  const actorById = new Map((feed.actors ?? []).map((a) => [a.id, a]));
  const typeOrder = new Map<string, number>(ACTOR_TYPES.map((a, i) => [a.id, i]));
  const typeOf = (id: string) => {
    const type = actorById.get(id)?.type ?? 'other';
    return typeOrder.has(type) ? type : 'other';
  };
  const actorIds = unique(concerns.map((r) => r.actor));
  const feedOrder = new Map((feed.actors ?? []).map((a, i) => [a.id, i]));
  actorIds.sort((a, b) => typeOrder.get(typeOf(a))! - typeOrder.get(typeOf(b))! || (feedOrder.get(a) ?? 0) - (feedOrder.get(b) ?? 0));
  const columns: MatrixColumn[] = actorIds
    .filter((id) => !typeFilter || typeFilter.has(typeOf(id)))
    .map((id) => {
      const actor = actorById.get(id);
      const name = actor ? textOf(actor.label, lang, feed.lang) : id;
      return { id, name, label: actor?.short ? textOf(actor.short, lang, feed.lang) : name, type: typeOf(id), groupStart: false };
    });
  columns.forEach((c, i) => { c.groupStart = i > 0 && columns[i - 1].type !== c.type; });
  const groups: ColumnGroup[] = [];
  for (const c of columns) {
    const last = groups[groups.length - 1];
    if (last?.type === c.type) last.span++;
    else groups.push({ type: c.type, label: t.actorTypes[c.type] ?? c.type, span: 1 });
  }
  const shortName = new Map(columns.map((c) => [c.id, c.label]));
  const nameOf = (id: string) => {
    const actor = actorById.get(id);
    return shortName.get(id) ?? (actor ? textOf(actor.short ?? actor.label, lang, feed.lang) : id);
  };

  // Cell contents: the later matrix, plus what ended or passed on since the earlier one.
  const afterMatrix = matrixAt(feed, after, { mission: o.mission });
  const items: Item[] = [];
  let total = afterMatrix.entries.length;
  if (before === undefined) {
    afterMatrix.entries.forEach((entry) => items.push({ entry, mark: 'held' }));
  } else {
    const beforeMatrix = matrixAt(feed, before, { mission: o.mission });
    const h = handover(beforeMatrix, afterMatrix);
    total = new Set([...beforeMatrix.entries, ...afterMatrix.entries].map((e) => e.index)).size;
    h.continued.forEach((entry) => items.push({ entry, mark: 'continued' }));
    h.begun.forEach((entry) => items.push({ entry, mark: 'begun' }));
    h.ended.forEach((entry) => items.push({ entry, mark: 'ended' }));
    h.transferred.forEach(({ from, to }) => {
      items.push({ entry: from, mark: 'transferred-out', counterparts: to.map((e) => e.responsibility.actor) });
      to.forEach((entry) => items.push({ entry, mark: 'transferred-in', counterparts: [from.responsibility.actor] }));
    });
    h.moved.forEach(({ from, to }) => {
      items.push({ entry: from, mark: 'moved-out', counterpart: to.responsibility.actor });
      items.push({ entry: to, mark: 'moved-in', counterpart: from.responsibility.actor });
    });
  }
  const shownActors = new Set(columns.map((c) => c.id));
  const shownItems = items.filter(({ entry: { responsibility: r } }) =>
    shownActors.has(r.actor) && (!roleFilter || roleFilter.has(r.role)));

  const levelCounts = new Map<string, number>();
  for (const { entry } of shownItems) {
    const level = entry.responsibility.level;
    if (level) levelCounts.set(level, (levelCounts.get(level) ?? 0) + 1);
  }
  const usualLevel = [...levelCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const roleIndex = new Map(vocabulary.roles.map((r, i) => [r.id, i]));
  // Roles by sector, then actor: a 300 × 40 grid looks up 12,000 cells, without a key string made for each.
  const bySector = new Map<string, Map<string, CellRole[]>>();
  for (const { entry, mark, counterpart, counterparts } of shownItems) {
    const r = entry.responsibility;
    const def = vocabulary.roleById.get(r.role);
    const color = def?.color ?? UNKNOWN_ROLE_COLOR;
    const role: CellRole = {
      role: r.role, label: def?.label ?? r.role, glyph: def?.glyph ?? r.role.charAt(0).toUpperCase(),
      color, ink: inkOn(color), swatch: roleIndex.get(r.role) ?? vocabulary.roles.length, mark, entry,
      ...(r.level ? { level: r.level } : {}),
      ...(counterpart ? { counterpart } : {}),
      ...(counterparts ? { counterparts } : {}),
    };
    let row = bySector.get(r.sector);
    if (!row) bySector.set(r.sector, (row = new Map()));
    const list = row.get(r.actor);
    if (list) list.push(role);
    else row.set(r.actor, [role]);
  }
  for (const row of bySector.values()) {
    for (const list of row.values()) {
      if (list.length > 1) list.sort((a, b) => (roleIndex.get(a.role) ?? 99) - (roleIndex.get(b.role) ?? 99) || a.entry.index - b.entry.index);
    }
  }

  // Rows: sectors of the mission's responsibilities (stable over dates).
  const sectorOrder = new Map(vocabulary.sectors.map((s, i) => [s.id, i]));
  const sectorIds = unique(concerns.map((r) => r.sector)).filter((id) => !o.areas?.length || o.areas.includes(vocabulary.sectorById.get(id)?.area ?? PRIORITY_AREAS[0].id));
  const noRole = describeRoles([], nameOf, t);
  const sectorRows: SectorRow[] = sectorIds.map((id) => {
    const def = vocabulary.sectorById.get(id);
    const label = def?.label ?? id;
    const held = bySector.get(id);
    const cells = columns.map((c): MatrixCell => {
      const roles = held?.get(c.id);
      // Most cells of a large matrix are empty (9,000 of 12,000): their label is the one thing to write.
      if (!roles) return { sector: id, actor: c.id, roles: NONE, levels: NONE, levelText: '', label: t.cellLabel(label, c.label, noRole) };
      const levels = LEVELS.filter((l) => l !== usualLevel && roles.some((r) => r.level === l));
      return { sector: id, actor: c.id, roles, levels, levelText: levels.map((l) => t.levelShort[l]).join(' · '), label: t.cellLabel(label, c.label, describeRoles(roles, nameOf, t)) };
    });
    let roleCount = 0;
    for (const c of cells) for (const r of c.roles) if (!GONE.has(r.mark)) roleCount++;
    return { kind: 'sector', id, label, area: def?.area ?? PRIORITY_AREAS[0].id, cells, roleCount };
  });
  const byVocabulary = (a: SectorRow, b: SectorRow) => (sectorOrder.get(a.id) ?? 1e6) - (sectorOrder.get(b.id) ?? 1e6) || a.id.localeCompare(b.id);
  const sorter = collator(lang);
  let rows: MatrixRow[];
  if (o.sort === 'alpha') {
    rows = [...sectorRows].sort((a, b) => sorter.compare(a.label, b.label));
  } else if (o.sort === 'roles') {
    rows = [...sectorRows].sort((a, b) => b.roleCount - a.roleCount || byVocabulary(a, b));
  } else {
    rows = [];
    const areas = [...PRIORITY_AREAS.map((a) => a.id as string), ...unique(sectorRows.map((r) => r.area))];
    for (const area of unique(areas)) {
      const members = sectorRows.filter((r) => r.area === area).sort(byVocabulary);
      if (!members.length) continue;
      const collapsed = o.collapsed?.has(area) ?? false;
      rows.push({ kind: 'area', area, label: t.areas[area] ?? area, sectors: members.length, collapsed });
      if (!collapsed) rows.push(...members);
    }
  }

  // Sizes: fill the grid's room (the width, less the details panel beside it and a scrollbar) up to a comfortable
  // column, scroll sideways below a legible one.
  const sidePanel = o.width >= SIDE_PANEL_WIDTH;
  const room = (sidePanel ? o.width - DETAILS_WIDTH - DETAILS_GAP : o.width) - SCROLLBAR;
  const rowHeaderWidth = clamp(Math.round(room * 0.3), MIN_ROW_HEADER, MAX_ROW_HEADER);
  const n = Math.max(columns.length, 1);
  const columnWidth = clamp(Math.floor((room - rowHeaderWidth) / n), MIN_COLUMN, MAX_COLUMN);
  const tableWidth = rowHeaderWidth + columns.length * columnWidth;
  const longest = Math.max(0, ...columns.map((c) => c.label.length));
  const vertical = longest * HEADER_CHAR + HEADER_PADDING > columnWidth;
  const headerHeight = vertical ? Math.min(Math.ceil(longest * HEADER_CHAR + HEADER_PADDING), MAX_VERTICAL_HEADER) : HORIZONTAL_HEADER;

  const usedRoles = new Set(shownItems.map((i) => i.entry.responsibility.role));
  const legendRoles = vocabulary.roles
    .filter((r) => usedRoles.has(r.id) || roleFilter?.has(r.id) || items.some((i) => i.entry.responsibility.role === r.id))
    .map((r) => ({ id: r.id, label: r.label, glyph: r.glyph, color: r.color, ink: inkOn(r.color), swatch: roleIndex.get(r.id)!, description: r.description }));
  const palette = [...vocabulary.roles.map((r) => r.color), UNKNOWN_ROLE_COLOR].map((color) => ({ color, ink: inkOn(color) }));
  const usedMarks = new Set(shownItems.map((i) => i.mark));

  return {
    rows,
    columns,
    groups,
    actorTypes: ACTOR_TYPES.filter((a) => actorIds.some((id) => typeOf(id) === a.id)).map((a) => ({ id: a.id, label: t.actorTypes[a.id] ?? a.label })),
    sizes: { rowHeaderWidth, columnWidth, vertical, headerHeight, tableWidth, showLevels: columnWidth >= LEVELS_COLUMN, sidePanel, scrolls: tableWidth > room },
    legendRoles,
    palette,
    marks: MARK_ORDER.filter((m) => usedMarks.has(m)),
    levels: Object.keys(t.levelShort).filter((l) => l !== usualLevel && levelCounts.has(l)),
    ...(usualLevel ? { usualLevel } : {}),
    ...(before === undefined ? {} : { before }),
    after,
    summary: summarize(shownItems, before, after, { lang, t, typeOf, nameOf, sectors: sectorRows }),
    shown: shownItems.length,
    total,
  };
}

/** "implement at national level, enable ends" style description of a cell's roles, for screen readers. */
function describeRoles(roles: CellRole[], nameOf: (id: string) => string, t: MatrixMessages): string {
  if (!roles.length) return t.noRole;
  return roles
    .map((r) => {
      const parts = [r.label.toLowerCase()];
      if (r.mark === 'moved-out' && r.counterpart) parts.push(t.movedTo(nameOf(r.counterpart)));
      else if (r.mark === 'moved-in' && r.counterpart) parts.push(t.movedFrom(nameOf(r.counterpart)));
      else if (r.mark === 'transferred-out' && r.counterparts) parts.push(t.transferredTo(listOf(r.counterparts.map(nameOf), t)));
      else if (r.mark === 'transferred-in' && r.counterparts) parts.push(t.transferredFrom(nameOf(r.counterparts[0])));
      else if (t.marks[r.mark]) parts.push(t.marks[r.mark]);
      if (r.level) parts.push(t.atLevel(t.levels[r.level] ?? r.level));
      return parts.join(' ');
    })
    .join(', ');
}

interface SummaryContext {
  lang: string;
  t: MatrixMessages;
  typeOf: (actor: string) => string;
  nameOf: (actor: string) => string;
  sectors: SectorRow[];
}

/** The one-line summary: counts on a day, or the handover in words ("3 responsibilities pass from UNAMSIL to UNIOSIL; 11 end"). */
function summarize(items: Item[], before: Day | undefined, after: Day, c: SummaryContext): string {
  const { t, lang } = c;
  if (before === undefined) {
    const actors = new Set(items.map((i) => i.entry.responsibility.actor)).size;
    const sectors = new Set(items.map((i) => i.entry.responsibility.sector)).size;
    return t.summaryAt(items.length, actors, sectors, formatDay(after, lang));
  }
  const parts: string[] = [];
  const where = (targets: string[]) => {
    const types = unique(targets.map(c.typeOf));
    return targets.length === 1
      ? c.nameOf(targets[0])
      : types.every((ty) => NATIONAL.has(ty))
        ? t.nationalActors
        : types.length === 1
          ? t.actorTypes[types[0]] ?? types[0]
          : t.otherActors;
  };
  // Transfers the feed states, grouped by the actor that hands over, in the order of the feed.
  const transfersFrom = new Map<string, { n: number; to: string[] }>();
  for (const i of items) {
    if (i.mark !== 'transferred-out') continue;
    const from = i.entry.responsibility.actor;
    const group = transfersFrom.get(from) ?? { n: 0, to: [] };
    group.n++;
    group.to.push(...i.counterparts!);
    transfersFrom.set(from, group);
  }
  for (const [from, { n, to }] of transfersFrom) parts.push(t.transfers(n, c.nameOf(from), where(unique(to))));
  // Moves, grouped by the actor they leave, in the order of the feed.
  const movesFrom = new Map<string, string[]>();
  for (const i of items) {
    if (i.mark !== 'moved-out') continue;
    const from = i.entry.responsibility.actor;
    const list = movesFrom.get(from);
    if (list) list.push(i.counterpart!);
    else movesFrom.set(from, [i.counterpart!]);
  }
  for (const [from, to] of movesFrom) parts.push(t.moves(to.length, c.nameOf(from), where(unique(to))));
  const ended = items.filter((i) => i.mark === 'ended').length;
  const begun = items.filter((i) => i.mark === 'begun').length;
  if (ended) parts.push(t.ends(ended));
  if (begun) parts.push(t.begins(begun));
  if (!parts.length) parts.push(t.noChange);
  return `${t.summaryBetween(formatDay(before, lang), formatDay(after, lang))}${t.summaryParts(parts)}`;
}

interface Item {
  entry: MatrixEntry;
  mark: RoleChange;
  counterpart?: string;
  counterparts?: string[];
}

/** Marks of a role that is no longer held on the later day. */
const GONE = new Set<RoleChange>(['ended', 'moved-out', 'transferred-out']);

/** "SLP and RSLAF", in the reader's language. */
function listOf(names: string[], t: MatrixMessages): string {
  return t.list(names);
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}
