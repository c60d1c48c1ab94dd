/**
 * The plain-d3 baseline for the mandate trends: one mission's tasks (rows, by priority area) against
 * its resolutions (columns), each cell the state's symbol on its colour, drawn with d3-selection into
 * an HTML table, no interaction, no details, no table alternative.
 */
import { select } from 'd3-selection';
import { resolveVocabulary, type Feed } from '../../src/model/index.js';
import { missionTrend, type TaskState } from '../../src/model/mandate-trends.js';
import { missionsOverYears } from '../../src/model/mandate-years.js';

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

/**
 * The plain-d3 baseline for the small multiples (`over="years"`): the same panels (one per priority
 * area), rows (missions) and year cells from the same model (`missionsOverYears`), each cell a block
 * for a task in the area or a rail for a mandate without one, the share row's bars and the year labels,
 * drawn with d3-selection into CSS-grid rows; no interaction, no details, no table alternative.
 */
export function drawMandateYearsBaseline(container: HTMLElement, feed: Feed, asOf: number): void {
  const data = missionsOverYears(feed.missions ?? [], resolveVocabulary(feed), asOf);
  const columns = `88px repeat(${data.years.length}, minmax(0, 1fr))`;
  const root = select(container).append('div').style('display', 'grid').style('grid-template-columns', 'repeat(auto-fill, minmax(448px, 1fr))')
    .style('gap', '16px 24px').style('font', '12px system-ui');
  const panels = root.selectAll('div.panel').data(data.areas).join('div').attr('class', 'panel');
  panels.append('h3').style('margin', '0').style('font-size', '14px').text((a) => a.area);
  const rows = panels.selectAll('div.row').data((a) => a.missions).join('div').attr('class', 'row')
    .style('display', 'grid').style('grid-template-columns', columns);
  rows.append('span').text((m) => m.mission);
  rows.selectAll('span.cell').data((m) => m.cells).join('span').attr('class', 'cell').style('height', '16px')
    .style('background', (c) => (c.sectors.length ? '#0072B2' : 'transparent'))
    .style('border-bottom', (c) => (c.inForce && !c.sectors.length ? `2px ${c.given ? 'solid' : 'dotted'} #59636e` : 'none'));
  const share = panels.append('div').style('display', 'grid').style('grid-template-columns', columns).style('height', '32px').style('align-items', 'end');
  share.append('span').text('Share');
  share.selectAll('span.bar').data((a) => a.counts.map((n, i) => (a.given[i] ? n / a.given[i] : 0))).join('span').attr('class', 'bar')
    .style('height', (r) => `${Math.round(r * 100)}%`).style('background', '#7fb8d8');
  const axis = panels.append('div').style('display', 'grid').style('grid-template-columns', columns);
  axis.append('span');
  axis.selectAll('span.tick').data(data.years).join('span').attr('class', 'tick').text((y) => (y % 5 === 0 ? String(y) : ''));
}
