/**
 * What the matrix baselines (plain d3 and Observable Plot) draw, worked out once from the feed: the
 * marks `<pk-sector-matrix>` draws on the day. Columns are the actors with responsibilities, national
 * first, under a heading per actor type; rows are the sectors by priority area, each area under a
 * heading row; a cell holds one coloured letter per role in force.
 */
import { ACTOR_TYPES, PRIORITY_AREAS, cellKey, matrixAt, resolveVocabulary, type Feed } from '../../src/model/index.js';

export interface Glyph { color: string; glyph: string }
export type MatrixRow = { kind: 'area'; label: string } | { kind: 'sector'; label: string; cells: Glyph[][] };
export interface MatrixMarks {
  actors: string[];
  /** A heading over each run of actors of one type: its label, first actor and number of columns. */
  groups: { label: string; first: string; span: number }[];
  rows: MatrixRow[];
}

export function matrixMarks(feed: Feed, day: number): MatrixMarks {
  const vocabulary = resolveVocabulary(feed);
  const matrix = matrixAt(feed, day);
  const typeRank = new Map<string, number>(ACTOR_TYPES.map((t, i) => [t.id, i]));
  const responsibilities = feed.responsibilities ?? [];
  const actors = (feed.actors ?? []).filter((a) => responsibilities.some((r) => r.actor === a.id))
    .sort((a, b) => (typeRank.get(a.type ?? 'other') ?? 9) - (typeRank.get(b.type ?? 'other') ?? 9));
  const groups: MatrixMarks['groups'] = [];
  actors.forEach((a, i) => {
    if (i > 0 && (actors[i - 1].type ?? 'other') === (a.type ?? 'other')) groups[groups.length - 1].span++;
    else groups.push({ label: ACTOR_TYPES.find((t) => t.id === a.type)?.label ?? 'Other', first: String(a.short ?? a.label), span: 1 });
  });
  const sectors = [...new Set(responsibilities.map((r) => r.sector))]
    .map((id) => vocabulary.sectorById.get(id) ?? { id, label: id, area: 'safety-security' });
  const rows: MatrixRow[] = [];
  for (const area of PRIORITY_AREAS) {
    const inArea = sectors.filter((s) => s.area === area.id);
    if (!inArea.length) continue;
    rows.push({ kind: 'area', label: area.label });
    for (const s of inArea) {
      rows.push({ kind: 'sector', label: s.label, cells: actors.map((a) => (matrix.cells.get(cellKey(s.id, a.id)) ?? []).map((e) => {
        const role = vocabulary.roleById.get(e.responsibility.role);
        return { color: role?.color ?? '#999', glyph: role?.glyph ?? '?' };
      })) });
    }
  }
  return { actors: actors.map((a) => String(a.short ?? a.label)), groups, rows };
}
