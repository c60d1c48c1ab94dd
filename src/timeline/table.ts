/**
 * The accessible alternative to the drawing: every item and event in date order, grouped as on
 * screen, and the strength figures. Loaded after the first drawing (text-alternatives.ts) and built
 * only once the reader opens it; its rows are worked out once per model and language. Feed strings
 * reach the table only as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../shared/messages/en.js';
import { amountFigures, reliabilityText, type StrengthRow } from './describe.js';
import { kindText, laneLabel, statusText } from './mark-text.js';
import { dateText } from './format.js';
import type { TimelineMark, TimelineModel } from './lanes.js';

/** One row: lane, item, from, to, status, amount. */
export type TableRow = [string, string, string, string, string, string];

export interface TableSection {
  name: string;
  rows: TableRow[];
  /** The mission's strength figures, not marks. */
  strength?: boolean;
}

export interface TimelineTable {
  /** The sections' rows; built on first opening. */
  sections: () => TableSection[];
}

/** The table's sections, each sorted by date: events, the mission lane, then each group of tracks; last the strength rows. */
export function timelineTable(model: TimelineModel, strengthRows: readonly StrengthRow[], lang: string, t: Messages): TimelineTable {
  const tl = t.timeline;
  const groups: [string, TimelineMark[]][] = [
    [tl.events, model.events],
    [model.mission.acronym, [...model.missionLane.marks, ...model.mandates]],
    ...model.groups.map((g) => [tl.groups[g.id] ?? g.id, g.lanes.flatMap((l) => l.marks)] as [string, TimelineMark[]]),
  ];
  const row = (m: TimelineMark): TableRow => [
    laneLabel(m, model, tl),
    m.kind === 'mandate' ? tl.resolution(m.label) : m.label,
    dateText(m.start, lang, m.startText),
    m.ongoing ? tl.ongoing : m.start === m.end && m.kind !== 'mandate' ? '' : dateText(m.end, lang, m.endText),
    reliabilityText(m, tl) || statusText(m, tl) || kindText(m, t),
    amountFigures(m, lang, tl),
  ];
  let built: TableSection[] | null = null;
  return {
    sections: () => (built ??= [
      ...groups.filter(([, marks]) => marks.length).map(([name, marks]) => ({
        name, rows: [...marks].sort((a, b) => a.start - b.start || a.end - b.end).map(row),
      })),
      ...(strengthRows.length ? [{
        name: `${model.mission.acronym}: ${tl.strengthRow}`, strength: true,
        rows: strengthRows.map((r): TableRow => [model.mission.acronym, r.label, dateText(r.day, lang, r.date), '', r.note, '']),
      }] : []),
    ]),
  };
}

/** The table itself, shown while its `<details>` is open (templates.ts's `tableTemplate`). */
export function tableBody(table: TimelineTable, t: Messages['timeline']): TemplateResult {
  return html`<div class="table-wrap"><table>
    <thead><tr>${Object.values(t.columns).map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
    ${table.sections().map((s) => html`<tbody class=${s.strength ? 'strength-rows' : nothing}>
      <tr><th scope="rowgroup" colspan="6">${s.name}</th></tr>
      ${s.rows.map((r) => html`<tr><td>${r[0]}</td><td>${r[1]}</td><td class="date">${r[2]}</td><td class="date">${r[3]}</td><td>${r[4]}</td><td class="num">${r[5]}</td></tr>`)}
    </tbody>`)}
  </table></div>`;
}
