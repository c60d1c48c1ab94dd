/**
 * The plain-d3 baseline for the sector matrix: the marks the element draws on the day (matrix-marks.ts:
 * actor-type headings over the actors, area heading rows over their sectors, one letter glyph per role
 * in force) drawn with d3-selection into an HTML table; no interaction, handover, levels or filters.
 */
import { select } from 'd3-selection';
import type { Feed } from '../../src/model/index.js';
import { matrixMarks, type MatrixRow } from './matrix-marks.js';

export function drawMatrixBaseline(container: HTMLElement, feed: Feed, day: number): void {
  const m = matrixMarks(feed, day);
  const table = select(container).append('table').style('border-collapse', 'collapse').style('font', '13px system-ui');
  const head = table.append('thead');
  const groups = head.append('tr');
  groups.append('td');
  groups.selectAll('th').data(m.groups).join('th').attr('scope', 'colgroup').attr('colspan', (g) => g.span).text((g) => g.label);
  head.append('tr').selectAll('th').data(['Sector', ...m.actors]).join('th').text((d) => d);
  const rows = table.append('tbody').selectAll('tr').data(m.rows).join('tr');
  rows.filter((r) => r.kind === 'area').append('th').attr('scope', 'rowgroup').attr('colspan', m.actors.length + 1).text((r) => r.label);
  const sectors = rows.filter((r) => r.kind === 'sector');
  sectors.append('th').attr('scope', 'row').text((d) => d.label);
  sectors.selectAll('td').data((r) => (r as Extract<MatrixRow, { kind: 'sector' }>).cells)
    .join('td').style('border-bottom', '1px solid #ddd')
    .selectAll('span').data((glyphs) => glyphs).join('span')
    .style('display', 'inline-block').style('width', '20px').style('height', '20px').style('margin', '1px')
    .style('background', (g) => g.color)
    .text((g) => g.glyph);
}
