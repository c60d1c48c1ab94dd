import { expect } from '@open-wc/testing';
import { parseFeed, resolveVocabulary, startOf, type Feed, type Problem } from '../../src/model/index.js';
import { missionsAtDate, missionTrend } from '../../src/model/mandate-trends.js';
import { missionsOverYears } from '../../src/model/mandate-years.js';
import { mandatesFeed } from '../fixtures/mandates.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';
import world from '../../demo/feeds/world.json';

const at = (problems: Problem[], path: string) => problems.filter((p) => p.path === path);

describe('mandates in the feed', () => {
  it('reads tasks as sector ids (format version 1) and as objects, with flags and periods, without problems', () => {
    const { feed, problems } = parseFeed(mandatesFeed());
    expect(problems).to.deep.equal([]);
    const md = feed!.missions![0].mandates![1];
    expect(md.tasks).to.deep.equal(['ddr', { sector: 'elections', kind: 'enable', wording: 'to assist the elections' }, 'human-rights', 'civil-administration']);
    expect(md.flags).to.deep.equal(['chapter-vii']);
    expect(md.months).to.equal(12);
  });

  it('reports bad tasks by their path and drops only them', () => {
    const f = mandatesFeed() as any;
    const tasks = f.missions[0].mandates[1].tasks;
    tasks.push('nonsense'); // [4] unknown sector
    tasks.push({ sector: 'ddr' }); // [5] sector twice
    tasks.push({ sector: 'police', kind: 'oversee' }); // [6] unknown kind
    tasks.push(42); // [7] not a task
    f.missions[0].mandates[2].tasks[2].source = 'res-99'; // unknown source
    f.missions[0].mandates[2].months = 0;
    f.missions[0].mandates[4].until = '2004';
    f.missions[0].mandates[4].flags.push('robust');
    f.missions[0].mandates.push({ resolution: '14', adopted: '2005-07-01' });
    const { feed, problems } = parseFeed(f);
    const path = 'missions[0].mandates[1].tasks';
    expect(at(problems, `${path}[4]`)[0]).to.deep.include({ severity: 'error', message: 'sector "nonsense" is not defined in "sectors" or the built-in sectors' });
    expect(at(problems, `${path}[5].sector`)[0]).to.deep.include({ severity: 'error', message: 'sector "ddr" is already a task of this mandate (tasks[0]); give each sector once', entry: `${path}[5]` });
    expect(at(problems, `${path}[6].kind`)[0].message).to.equal('expected a kind of task: "articulate", "enable", "implement", "monitor"; got "oversee"');
    expect(at(problems, `${path}[7]`)[0].message).to.contain('expected a task: a sector id like "ddr"');
    expect(at(problems, 'missions[0].mandates[2].tasks[2].source')[0].message).to.equal('source "res-99" is not defined in "sources"');
    expect(at(problems, 'missions[0].mandates[2].months')[0].message).to.contain('a mandate period is at least one month');
    expect(at(problems, 'missions[0].mandates[4].until')[0].message).to.equal('expires (2004) before it is adopted (2005-06-30)');
    expect(at(problems, 'missions[0].mandates[4].flags[1]')[0]).to.deep.include({ severity: 'warning' });
    expect(at(problems, 'missions[0].mandates[5].resolution')[0]).to.deep.include({ severity: 'warning', message: 'resolution "14" is already listed at missions[0].mandates[4]' });
    // The rest of the mandate stays; only the bad tasks and fields go.
    const kept = feed!.missions![0].mandates!;
    expect(kept[1].tasks!.map((t) => (typeof t === 'string' ? t : t.sector))).to.deep.equal(['ddr', 'elections', 'human-rights', 'civil-administration']);
    expect(kept[2].tasks![2]).to.deep.equal({ sector: 'police', kind: 'implement', paragraph: '4 (b)' });
    expect(kept[2].months).to.equal(undefined);
    expect(kept[4].until).to.equal(undefined);
  });
});

describe('missionTrend', () => {
  const feed = parseFeed(mandatesFeed()).feed as Feed;
  const vocabulary = resolveVocabulary(feed);
  const trend = missionTrend(feed.missions![0], vocabulary);
  const states = Object.fromEntries(trend.rows.map((r) => [r.sector, r.cells.map((c) => c.state)]));

  it('puts the resolutions in order of adoption, with their periods, flags and expiry', () => {
    expect(trend.columns.map((c) => [c.resolution, c.adopted, c.months ?? null, c.flags, c.restates])).to.deep.equal([
      ['10', '2001-01-15', 12, ['chapter-vii'], true],
      ['11', '2002-01-10', 12, [], true],
      ['12', '2003-03-30', null, [], false],
      ['13', '2004-06-01', null, [], true],
      ['14', '2005-06-30', null, ['final-extension'], true],
    ]);
    // A mandate ends on its `until`, else the day before the next resolution; the last without `until` is open.
    expect(trend.columns.map((c) => c.end)).to.deep.equal([
      startOf('2001-12-31'), startOf('2003-03-30') - 1, startOf('2004-06-01') - 1, startOf('2005-06-30') - 1, startOf('2005-12-31'),
    ]);
  });

  it('classifies every task as first, continued, added, changed or dropped, grouped by priority area', () => {
    expect(trend.rows.map((r) => [r.area, r.sector])).to.deep.equal([
      ['safety-security', 'ssr'],
      ['safety-security', 'ddr'],
      ['safety-security', 'police'],
      ['political-processes', 'human-rights'],
      ['political-processes', 'elections'],
      ['core-government', 'civil-administration'],
    ]);
    expect(states).to.deep.equal({
      ssr: ['none', 'added', 'continued', 'continued', 'continued'],
      ddr: ['first', 'continued', 'continued', 'continued', 'dropped'],
      police: ['none', 'added', 'continued', 'changed', 'continued'],
      'human-rights': ['first', 'dropped', 'none', 'added', 'dropped'],
      elections: ['first', 'changed', 'continued', 'continued', 'dropped'],
      'civil-administration': ['first', 'dropped', 'none', 'none', 'none'],
    });
  });

  it('says what changed: wording or kind, with the task before', () => {
    const elections = trend.rows.find((r) => r.sector === 'elections')!.cells[1];
    expect(elections.changes).to.deep.equal(['wording']);
    expect(elections.previous?.wording).to.equal('to assist the elections');
    expect(elections.task?.wording).to.equal('to support the elections');
    const police = trend.rows.find((r) => r.sector === 'police')!.cells;
    expect(police[1].task).to.deep.equal({ sector: 'police', kind: 'implement', wording: undefined, source: 'res-11', paragraph: '4 (b)' });
    expect([police[3].changes, police[3].previous?.kind, police[3].task?.kind]).to.deep.equal([['kind'], 'implement', 'monitor']);
    // Res 14 gives police without a kind: a kind given on one side only is not a change.
    expect(police[4]).to.deep.equal({ state: 'continued', task: { sector: 'police' } });
  });

  it('sums up the period', () => {
    expect(trend.summary).to.deep.equal({
      first: '10', last: '14', added: 3, dropped: 5, changed: 2,
      peak: { area: 'safety-security', resolution: '11', year: 2002, tasks: 3 },
    });
  });
});

describe('missionsAtDate', () => {
  const feed = parseFeed(mandatesFeed()).feed as Feed;
  const vocabulary = resolveVocabulary(feed);

  it('gives each mission in force its tasks by priority area, and what its mandate added and dropped', () => {
    const rows = missionsAtDate(feed.missions!, vocabulary, startOf('2005-03-01'));
    expect(rows.map((r) => [r.acronym, r.resolution])).to.deep.equal([['UNTL', '13'], ['UNOB', '21']]);
    const unob = rows[1].areas.map((a) => [a.area, a.sectors, a.added, a.dropped]);
    expect(unob).to.deep.equal([
      ['safety-security', ['ceasefire-border-monitoring'], [], []],
      ['political-processes', [], [], ['elections']],
      ['basic-services', [], [], []],
      ['core-government', ['public-finance'], ['public-finance'], []],
      ['economic-revitalization', [], [], []],
    ]);
    expect(rows[0].areas.map((a) => a.sectors.length)).to.deep.equal([3, 2, 0, 0, 0]);
  });

  it('leaves out a mission whose mandate had expired or not begun', () => {
    expect(missionsAtDate(feed.missions!, vocabulary, startOf('1991-06-01'))).to.deep.equal([]);
    expect(missionsAtDate(feed.missions!, vocabulary, startOf('1990-06-01')).map((r) => r.mission)).to.deep.equal(['old']);
  });
});

describe('UNAMSIL\'s mandates in the demo feed', () => {
  it('from res 1270 to 1610: the Chapter VII tasks of 1289 added, the residual presence of 1562 dropping seven', () => {
    const feed = parseFeed(structuredClone(sierraLeone)).feed as Feed;
    const trend = missionTrend(feed.missions!.find((m) => m.id === 'unamsil')!, resolveVocabulary(feed));
    expect(trend.columns.map((c) => c.resolution)).to.deep.equal(['1270', '1289', '1299', '1346', '1389', '1436', '1492', '1537', '1562', '1610']);
    expect(trend.summary).to.deep.equal({
      first: '1270', last: '1610', added: 5, dropped: 7, changed: 4,
      peak: { area: 'safety-security', resolution: '1289', year: 2000, tasks: 6 },
    });
    const at = (sector: string) => trend.rows.find((r) => r.sector === sector)!.cells;
    // Res 1289 (10 (c)): UNAMSIL provides security at DDR sites where res 1270 (8 (b)) had it assist.
    expect([at('ddr')[1].state, at('ddr')[1].changes, at('ddr')[1].previous?.paragraph, at('ddr')[1].task?.paragraph]).to.deep.equal(['changed', ['wording', 'kind'], '8 (b)', '10 (c)']);
    // Res 1562 (SC/8188): the residual presence supports border patrols (1270 had it monitor the ceasefire) and
    // monitors human rights (1270 had it support the UN's human rights officers): two changes of kind.
    expect([at('ceasefire-border-monitoring')[8].changes, at('human-rights')[8].changes]).to.deep.equal([['kind'], ['kind']]);
    // Res 1389 (16 Jan 2002) gives the election tasks "in accordance with paragraph 8 (i) of resolution 1270".
    expect([at('elections')[3].task?.paragraph, at('elections')[4].state, at('elections')[4].task?.source]).to.deep.equal(['8 (i)', 'continued', 'res-1389']);
    expect(at('security-primacy').map((c) => c.state)).to.deep.equal(['none', 'added', 'continued', 'continued', 'continued', 'continued', 'continued', 'continued', 'dropped', 'none']);
  });
});

describe('UNMISS\'s mandates in the world demo feed', () => {
  it('from res 1996 to 2779: the state-building tasks dropped by 2155, the peace agreement back in 2252, elections added by 2729 and kept by 2779', () => {
    const feed = parseFeed(structuredClone(world)).feed as Feed;
    const trend = missionTrend(feed.missions!.find((m) => m.id === 'unmiss')!, resolveVocabulary(feed));
    expect(trend.columns.map((c) => c.resolution)).to.deep.equal(['1996', '2132', '2155', '2252', '2729', '2779']);
    expect(trend.summary).to.deep.equal({
      first: '1996', last: '2779', added: 5, dropped: 4, changed: 0,
      peak: { area: 'safety-security', resolution: '1996', year: 2011, tasks: 3 },
    });
    const row = (sector: string) => trend.rows.find((r) => r.sector === sector)!.cells;
    const states = (sector: string) => row(sector).map((c) => c.state);
    // Res 2155 (SC/11414) supports the Cessation of Hostilities Agreement; res 2252 (SC/12161) the August 2015
    // Agreement, res 2729 (SC/15687) and res 2779 (SC/16059) the Revitalized Agreement.
    expect(states('ceasefire-border-monitoring')).to.deep.equal(['none', 'none', 'added', 'dropped', 'none', 'none']);
    expect(states('political-facilitation')).to.deep.equal(['first', 'continued', 'dropped', 'added', 'continued', 'continued']);
    expect(states('ssr')).to.deep.equal(['first', 'continued', 'dropped', 'none', 'none', 'none']);
    // SC/16059 names the four areas only: res 2779 amends, so res 2729's electoral support carries over with its source.
    expect(states('elections')).to.deep.equal(['none', 'none', 'none', 'none', 'added', 'continued']);
    expect([row('elections')[5].task?.source, row('human-rights')[5].task?.source]).to.deep.equal(['sc-15687', 'sc-16059']);
    expect(trend.columns[5]).to.include({ until: '2026-04-30', months: 12, restates: true });
  });
});

describe('missionsOverYears', () => {
  const feed = parseFeed(mandatesFeed()).feed as Feed;
  const vocabulary = resolveVocabulary(feed);
  // OLD 1990-1991; UNTL 2001-2005 (res 10 to 14); UNOB from 2004, open-ended, so to the feed's asOf (2006).
  const data = missionsOverYears(feed.missions!, vocabulary, startOf('2006-12-31'));
  const years = Array.from({ length: 17 }, (_, i) => 1990 + i);
  const panel = (area: string) => data.areas.find((a) => a.area === area)!;
  /** A mission's row as the years it is drawn filled (its tasks), under a mandate without them, or blank. */
  const row = (area: string, mission: string) => Object.fromEntries(panel(area).missions.find((m) => m.mission === mission)!.cells
    .filter((c) => c.inForce).map((c) => [c.year, c.sectors.join(' ') || '-']));
  const by = (list: number[]) => Object.fromEntries(years.map((y, i) => [y, list[i]]).filter(([, n]) => n !== 0));

  it('spans every year from the first adoption to the last day in force, one panel per priority area, missions by first mandate', () => {
    expect(data.years).to.deep.equal(years);
    expect(data.areas.map((a) => a.area)).to.deep.equal(['safety-security', 'political-processes', 'basic-services', 'core-government', 'economic-revitalization']);
    expect(panel('safety-security').missions.map((m) => m.acronym)).to.deep.equal(['OLD', 'UNTL', 'UNOB']);
  });

  it('fills a year with the area\'s tasks of every mandate in force in it, in the vocabulary\'s order', () => {
    expect(row('safety-security', 'untl')).to.deep.equal({ 2001: 'ddr', 2002: 'ssr ddr police', 2003: 'ssr ddr police', 2004: 'ssr ddr police', 2005: 'ssr ddr police' });
    expect(row('safety-security', 'old')).to.deep.equal({ 1990: '-', 1991: '-' });
    // Res 10's human rights, dropped by 11, back with 13 (June 2004).
    expect(row('political-processes', 'untl')).to.deep.equal({ 2001: 'human-rights elections', 2002: 'elections', 2003: 'elections', 2004: 'human-rights elections', 2005: 'human-rights elections' });
    expect(row('political-processes', 'unob')).to.deep.equal({ 2004: 'elections', 2005: '-', 2006: '-' });
    expect(row('core-government', 'unob')).to.deep.equal({ 2004: '-', 2005: 'public-finance', 2006: 'public-finance' });
    const untl = panel('safety-security').missions[1].cells;
    expect([2002, 2003, 2004, 2005].map((y) => untl[y - 1990].resolutions)).to.deep.equal([['11'], ['11', '12'], ['12', '13'], ['13', '14']]);
  });

  it('counts per year the missions carrying the area among those under a mandate, and from when most do', () => {
    const safety = panel('safety-security');
    expect(by(safety.counts)).to.deep.equal({ 2001: 1, 2002: 1, 2003: 1, 2004: 2, 2005: 2, 2006: 1 });
    expect(by(safety.given)).to.deep.equal({ 1990: 1, 1991: 1, 2001: 1, 2002: 1, 2003: 1, 2004: 2, 2005: 2, 2006: 1 });
    // Years without any mandate (1992-2000) neither break nor make the run; 1991 (OLD, no such task) ends it.
    expect(safety.mostFrom).to.equal(2001);
    expect(by(panel('political-processes').counts)).to.deep.equal({ 1990: 1, 1991: 1, 2001: 1, 2002: 1, 2003: 1, 2004: 2, 2005: 1 });
    expect(panel('political-processes').mostFrom).to.equal(undefined); // 2006: UNOB alone, without it
    expect(panel('core-government').mostFrom).to.equal(2006); // 2005: 1 of 2 is not most
    expect(by(panel('basic-services').counts)).to.deep.equal({});
  });

  it('keeps apart the years of a mandate whose tasks the feed does not give, and leaves them out of the counts', () => {
    const f = mandatesFeed() as any;
    f.missions.push({ id: 'unk', acronym: 'UNK', end: '2005', mandates: [{ resolution: '30', adopted: '2003-05-01' }, { resolution: '31', adopted: '2005-02-01', tasks: ['ssr'] }] });
    const withUnknown = missionsOverYears(parseFeed(f).feed!.missions!, vocabulary, startOf('2006-12-31'));
    const safety = withUnknown.areas[0];
    const unk = safety.missions.find((m) => m.mission === 'unk')!.cells.filter((c) => c.inForce);
    expect(unk.map((c) => [c.year, c.given, c.sectors])).to.deep.equal([[2003, false, []], [2004, false, []], [2005, true, ['ssr']]]);
    // 2003-2004: UNK is under a mandate but says nothing of its tasks: still 1 of 1, then 2 of 2.
    expect([2003, 2004, 2005].map((y) => `${safety.counts[y - 1990]}/${safety.given[y - 1990]}`)).to.deep.equal(['1/1', '2/2', '3/3']);
  });

  it('closes an open mandate at the mission\'s end, and draws nothing without a dated mandate', () => {
    const f = mandatesFeed() as any;
    f.missions[1].end = '2005-06-30';
    const closed = missionsOverYears(parseFeed(f).feed!.missions!, vocabulary, startOf('2006-12-31'));
    expect(closed.years.at(-1)).to.equal(2005);
    expect(missionsOverYears([], vocabulary, startOf('2006-12-31'))).to.deep.equal({ years: [], areas: [] });
  });
});
