/**
 * The plain-d3 baseline for the mandate trends: one mission's tasks (rows, by priority area) against
 * its resolutions (columns), each cell the state's symbol on its colour, drawn with d3-selection into
 * an HTML table, no interaction, no details, no table alternative.
 */
import { select } from 'd3-selection';
import { resolveVocabulary, type Feed } from '../../src/model/index.js';
import { missionTrend, type TaskState } from '../../src/model/mandate-trends.js';

const MARKS: Record<TaskState, [string, string]> = {
  first: ['●', '#0072B2'], continued: ['●', '#0072B2'], added: ['+', '#009E73'], changed: ['~', '#E69F00'], dropped: ['−', '#D55E00'], none: ['', 'transparent'],
};

export function drawMandatesBaseline(container: HTMLElement, feed: Feed, mission: string): void {
  const trend = missionTrend(feed.missions!.find((m) => m.id === mission)!, resolveVocabulary(feed));
  const table = select(container).append('table').style('border-collapse', 'collapse').style('font', '13px system-ui');
  table.append('thead').append('tr').selectAll('th').data(['Task', ...trend.columns.map((c) => c.resolution)]).join('th').text((d) => d);
  const rows = table.append('tbody').selectAll('tr').data(trend.rows).join('tr');
  rows.append('th').attr('scope', 'row').text((d) => d.sector);
  rows.selectAll('td').data((r) => r.cells).join('td').style('border-bottom', '1px solid #ddd')
    .append('span').style('display', 'inline-block').style('min-width', '36px').style('height', '22px')
    .style('background', (c) => MARKS[c.state][1]).text((c) => MARKS[c.state][0]);
}
