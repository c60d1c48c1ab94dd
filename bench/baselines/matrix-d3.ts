/**
 * The plain-d3 baseline for the sector matrix: the same rows (sectors of the feed, by priority area),
 * columns (actors, national first) and cells (one letter glyph per role in force on the day), drawn
 * with d3-selection into an HTML table, no interaction, no handover, no filters.
 */
import { select } from 'd3-selection';
import { ACTOR_TYPES, PRIORITY_AREAS, cellKey, matrixAt, resolveVocabulary, type Feed } from '../../src/model/index.js';

export function drawMatrixBaseline(container: HTMLElement, feed: Feed, day: number): void {
  const vocabulary = resolveVocabulary(feed);
  const matrix = matrixAt(feed, day);
  const typeRank = new Map<string, number>(ACTOR_TYPES.map((t, i) => [t.id, i]));
  const areaRank = new Map<string, number>(PRIORITY_AREAS.map((a, i) => [a.id, i]));
  const responsibilities = feed.responsibilities ?? [];
  const actors = (feed.actors ?? [])
    .filter((a) => responsibilities.some((r) => r.actor === a.id))
    .sort((a, b) => (typeRank.get(a.type ?? 'other') ?? 9) - (typeRank.get(b.type ?? 'other') ?? 9));
  const sectors = [...new Set(responsibilities.map((r) => r.sector))]
    .map((id) => vocabulary.sectorById.get(id) ?? { id, label: id, area: 'safety-security' })
    .sort((a, b) => (areaRank.get(a.area) ?? 9) - (areaRank.get(b.area) ?? 9));

  const table = select(container).append('table').style('border-collapse', 'collapse').style('font', '13px system-ui');
  table.append('thead').append('tr').selectAll('th').data(['Sector', ...actors.map((a) => String(a.short ?? a.label))])
    .join('th').text((d) => d);
  const rows = table.append('tbody').selectAll('tr').data(sectors).join('tr');
  rows.append('th').attr('scope', 'row').text((d) => d.label);
  rows.selectAll('td').data((s) => actors.map((a) => matrix.cells.get(cellKey(s.id, a.id)) ?? []))
    .join('td').style('border-bottom', '1px solid #ddd')
    .selectAll('span').data((entries) => entries).join('span')
    .style('display', 'inline-block').style('width', '20px').style('height', '20px').style('margin', '1px')
    .style('background', (e) => vocabulary.roleById.get(e.responsibility.role)?.color ?? '#999')
    .text((e) => vocabulary.roleById.get(e.responsibility.role)?.glyph ?? '?');
}
