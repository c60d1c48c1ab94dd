import { expect } from '@open-wc/testing';
import { parseFeed, resolveVocabulary, startOf, type Feed } from '../../src/model/index.js';
import { matrixLayout, inkOn, type MatrixLayout, type MatrixOptions, type SectorRow } from '../../src/matrix/layout.js';
import { moveInGrid } from '../../src/matrix/navigation.js';
import { matrixToSVG } from '../../src/matrix/export-svg.js';
import { en } from '../../src/shared/messages/en.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';
import { largeMatrixFeed, LARGE_DATE } from '../fixtures/large-matrix.js';

const feed = parseFeed(sierraLeone).feed as Feed;
const vocabulary = resolveVocabulary(feed, 'en');
const t = en.matrix;
const layoutOf = (o: Partial<MatrixOptions> = {}): MatrixLayout =>
  matrixLayout({ feed, vocabulary, lang: 'en', day: startOf('2003-06-30'), width: 1000, ...o }, t);
const sectorRows = (l: MatrixLayout) => l.rows.filter((r): r is SectorRow => r.kind === 'sector');
const glyphs = (l: MatrixLayout, mark?: string) =>
  sectorRows(l).flatMap((r) => r.cells.flatMap((c) => c.roles.filter((x) => !mark || x.mark === mark)
    .map((x) => `${r.id}|${c.actor}|${x.role}`)));

describe('matrix layout: axes', () => {
  it('groups sectors under the five priority areas, in the vocabulary order', () => {
    const l = layoutOf();
    expect(l.rows.map((r) => (r.kind === 'area' ? `# ${r.area} ${r.sectors}` : r.id))).to.deep.equal([
      '# safety-security 9', 'ssr', 'ddr', 'police', 'justice-corrections', 'rule-of-law', 'protection-of-civilians',
      'ceasefire-border-monitoring', 'security-primacy', 'humanitarian-access',
      '# political-processes 5', 'human-rights', 'political-facilitation', 'elections', 'democratic-institutions', 'civil-affairs',
      '# basic-services 1', 'return-reintegration',
      '# core-government 1', 'civil-administration',
      '# economic-revitalization 1', 'employment',
    ]);
  });

  it('puts national actors first, then the peace operations, UN entities, IFIs, regional and bilateral partners, in feed order', () => {
    const l = layoutOf();
    expect(l.columns.map((c) => c.label)).to.deep.equal([
      'GoSL', 'SLP', 'RSLAF', 'NEC', 'UNAMSIL', 'UNIOSIL', 'UNIPSIL', 'UNCT', 'PBC', 'PBF', 'World Bank', 'ECOMOG', 'UK',
    ]);
    expect(l.columns.filter((c) => c.groupStart).map((c) => c.id)).to.deep.equal(['unamsil', 'unct', 'world-bank', 'ecowas', 'uk']);
    expect(l.groups.map((g) => [g.type, g.span])).to.deep.equal([
      ['national-government', 4], ['mission', 3], ['un-entity', 3], ['ifi', 1], ['regional', 1], ['bilateral', 1],
    ]);
  });

  it('keeps the axes stable across dates: only the cells change', () => {
    const a = layoutOf({ day: startOf('2001-01-01') });
    const b = layoutOf({ day: startOf('2012-01-01') });
    expect(a.columns.map((c) => c.id)).to.deep.equal(b.columns.map((c) => c.id));
    expect(sectorRows(a).map((r) => r.id)).to.deep.equal(sectorRows(b).map((r) => r.id));
    expect(a.shown).to.equal(17);
    expect(b.shown).to.equal(24);
  });

  it('collapses a priority area to its heading', () => {
    const l = layoutOf({ collapsed: new Set(['safety-security', 'basic-services']) });
    expect(l.rows.length).to.equal(22 - 9 - 1);
    expect(l.rows[0]).to.include({ kind: 'area', area: 'safety-security', collapsed: true, sectors: 9 });
  });
});

describe('matrix layout: cells at a date', () => {
  it('holds every role in force, in role order, with level and an announcement', () => {
    const l = layoutOf();
    expect(l.shown).to.equal(20);
    expect(l.summary).to.equal('20 responsibilities held by 7 actors in 13 sectors on Jun 30, 2003.');
    const pf = sectorRows(l).find((r) => r.id === 'political-facilitation')!;
    const unamsil = pf.cells[4];
    expect(unamsil.roles.map((r) => [r.glyph, r.mark, r.level])).to.deep.equal([['E', 'held', 'national'], ['S', 'held', 'national']]);
    expect(unamsil.label).to.equal('Political facilitation, UNAMSIL: enable at national level, support at national level');
    expect(pf.cells[1].label).to.equal('Political facilitation, SLP: no role');
    // The ceasefire is monitored in its own sector (the seed's "ceasefire and border monitoring").
    const ceasefire = sectorRows(l).find((r) => r.id === 'ceasefire-border-monitoring')!;
    expect(ceasefire.cells[4].label).to.equal('Ceasefire and border monitoring, UNAMSIL: monitor at national level');
    const poc = sectorRows(l).find((r) => r.id === 'protection-of-civilians')!;
    expect(poc.cells[4].levels).to.deep.equal(['sub-national']);
    expect(l.usualLevel).to.equal('national');
    expect(l.levels).to.deep.equal(['sub-national']);
  });

  it('narrows to a mission: responsibilities naming another mission drop out', () => {
    const data = structuredClone(sierraLeone) as typeof sierraLeone;
    data.missions.push({ ...data.missions[0], id: 'other', acronym: 'OTHER', sites: [] } as never);
    (data.responsibilities[0] as { mission: string }).mission = 'other';
    const f = parseFeed(data).feed as Feed;
    const opts = { feed: f, vocabulary: resolveVocabulary(f), lang: 'en', day: startOf('2003-06-30'), width: 1000 };
    expect(matrixLayout({ ...opts, mission: 'unamsil' }, t).shown).to.equal(19);
    expect(matrixLayout({ ...opts, mission: 'other' }, t).shown).to.equal(9);
    expect(matrixLayout(opts, t).shown).to.equal(20);
  });

  it('picks black or white ink for each role colour by contrast', () => {
    expect(inkOn('#F0E442')).to.equal('#000000');
    expect(inkOn('#0072B2')).to.equal('#ffffff');
    expect(inkOn('#56B4E9')).to.equal('#000000');
  });
});

describe('matrix layout: the handover at UNAMSIL\'s departure', () => {
  const l = layoutOf({ day: startOf('2006-06-30'), compare: startOf('2005-06-30') });

  it('classifies what ends, moves and begins, exactly', () => {
    expect(glyphs(l, 'moved-out')).to.deep.equal([
      'ssr|unamsil|support', 'political-facilitation|unamsil|support', 'elections|unamsil|support',
    ]);
    expect(glyphs(l, 'moved-in')).to.deep.equal([
      'ssr|uniosil|support', 'political-facilitation|uniosil|support', 'elections|uniosil|support',
    ]);
    expect(glyphs(l, 'begun')).to.deep.equal(['rule-of-law|uniosil|support', 'human-rights|uniosil|support', 'civil-administration|uniosil|support']);
    expect(glyphs(l, 'ended')).to.deep.equal([
      'ddr|unamsil|support', 'police|unamsil|support', 'protection-of-civilians|unamsil|implement',
      'ceasefire-border-monitoring|unamsil|support', 'security-primacy|unamsil|support', 'humanitarian-access|unamsil|enable',
      'human-rights|unamsil|monitor', 'political-facilitation|unamsil|enable', 'civil-affairs|unamsil|enable',
      'return-reintegration|unamsil|support', 'civil-administration|unamsil|monitor',
    ]);
    expect(glyphs(l, 'continued')).to.deep.equal([
      'ssr|uk|lead', 'police|slp|lead', 'security-primacy|slp|lead', 'security-primacy|rslaf|lead',
      'political-facilitation|gosl|lead', 'elections|nec|lead', 'return-reintegration|unct|implement', 'civil-administration|gosl|lead',
    ]);
    expect(glyphs(l, 'transferred-out')).to.deep.equal([]);
  });

  it('says it in one line, whichever date comes first', () => {
    const summary = 'From Jun 30, 2005 to Jun 30, 2006: 3 responsibilities pass from UNAMSIL to UNIOSIL; 11 end; 3 begin.';
    expect(l.summary).to.equal(summary);
    expect(layoutOf({ day: startOf('2005-06-30'), compare: startOf('2006-06-30') }).summary).to.equal(summary);
    expect(l.marks).to.deep.equal(['begun', 'ended', 'moved-out', 'moved-in']);
  });

  it('announces the move with the other actor', () => {
    const el = sectorRows(l).find((r) => r.id === 'elections')!;
    expect(el.cells[4].label).to.equal('Elections, UNAMSIL: support passes to UNIOSIL at national level');
    expect(el.cells[5].label).to.equal('Elections, UNIOSIL: support taken over from UNAMSIL at national level');
  });

  it('counts only what the filters show', () => {
    const national = layoutOf({ day: startOf('2006-06-30'), compare: startOf('2005-06-30'), actorTypes: ['national-government'] });
    expect(national.columns.map((c) => c.id)).to.deep.equal(['gosl', 'slp', 'rslaf', 'nec']);
    expect(national.summary).to.equal('From Jun 30, 2005 to Jun 30, 2006: no responsibility changes.');
  });
});

describe('matrix layout: a transfer to national authorities', () => {
  // S/2004/965: on 23 Sep 2004 UNAMSIL transferred primary responsibility for security in the Western
  // Area, the last area it held, to the Government; the feed says so with `transferredFrom`.
  const l = layoutOf({ day: startOf('2004-10-01'), compare: startOf('2004-09-01') });

  it('shows the mission\'s responsibility transferred to the police and the armed forces, not ended', () => {
    expect(glyphs(l, 'transferred-out')).to.deep.equal(['security-primacy|unamsil|implement']);
    expect(glyphs(l, 'transferred-in')).to.deep.equal(['security-primacy|slp|lead', 'security-primacy|rslaf|lead']);
    expect(glyphs(l, 'ended')).to.deep.equal([]);
    expect(glyphs(l, 'begun')).to.deep.equal(['ssr|unamsil|support', 'security-primacy|unamsil|support']);
    expect(l.marks).to.deep.equal(['begun', 'transferred-out', 'transferred-in']);
  });

  it('says it in the summary and in each cell', () => {
    expect(l.summary).to.equal('From Sep 1, 2004 to Oct 1, 2004: 1 responsibility transferred from UNAMSIL to national actors; 2 begin.');
    const row = sectorRows(l).find((r) => r.id === 'security-primacy')!;
    expect(row.label).to.equal('Primary responsibility for security');
    expect(row.cells[4].label).to.equal('Primary responsibility for security, UNAMSIL: implement transferred to SLP and RSLAF at national level, support begins at national level');
    expect(row.cells[1].label).to.equal('Primary responsibility for security, SLP: lead taken over from UNAMSIL by transfer at national level');
  });

  it('also shows the earlier transfer from the regional force to the mission', () => {
    expect(layoutOf({ day: startOf('2000-06-30'), compare: startOf('2000-01-01') }).summary)
      .to.equal('From Jan 1, 2000 to Jun 30, 2000: 1 responsibility transferred from ECOMOG to UNAMSIL; 1 begins.');
  });
});

describe('matrix layout: sorting and filters', () => {
  it('sorts A to Z without area headings', () => {
    const l = layoutOf({ sort: 'alpha' });
    expect(l.rows.every((r) => r.kind === 'sector')).to.equal(true);
    expect(sectorRows(l).slice(0, 4).map((r) => r.label)).to.deep.equal(['Ceasefire and border monitoring', 'Civil administration', 'Civil affairs', 'Democratic institutions']);
  });

  it('sorts by the number of roles held, ties in vocabulary order', () => {
    const l = layoutOf({ sort: 'roles' });
    expect(sectorRows(l).slice(0, 4).map((r) => [r.id, r.roleCount])).to.deep.equal([
      ['ddr', 3], ['political-facilitation', 3], ['police', 2], ['elections', 2],
    ]);
  });

  it('keeps only the chosen roles in cells, and every role in the legend', () => {
    const l = layoutOf({ roles: ['lead'] });
    expect(new Set(glyphs(l).map((g) => g.split('|')[2]))).to.deep.equal(new Set(['lead']));
    expect(l.shown).to.equal(6);
    expect(l.legendRoles.map((r) => r.id)).to.deep.equal(['lead', 'enable', 'implement', 'support', 'fund', 'monitor']);
  });
});

describe('matrix layout: sizes', () => {
  it('fills a wide container with horizontal headers, the details panel beside the grid', () => {
    // 1,920 px less the panel (360), its gap (12) and a scrollbar's room (17): the grid's 1,531 px hold every column, no sideways scroll.
    expect(layoutOf({ width: 1920 }).sizes).to.deep.equal({
      rowHeaderWidth: 240, columnWidth: 99, vertical: false, headerHeight: 36, tableWidth: 1527, showLevels: true, sidePanel: true, scrolls: false,
    });
    // At 1,600 px the names stand upright so that every column still fits beside the panel.
    expect(layoutOf({ width: 1600 }).sizes).to.deep.equal({
      rowHeaderWidth: 240, columnWidth: 74, vertical: true, headerHeight: 96, tableWidth: 1202, showLevels: true, sidePanel: true, scrolls: false,
    });
    // Thirteen actors at 1,000 px: columns narrow enough that the names stand upright.
    expect(layoutOf().sizes).to.deep.equal({
      rowHeaderWidth: 240, columnWidth: 57, vertical: true, headerHeight: 96, tableWidth: 981, showLevels: false, sidePanel: false, scrolls: false,
    });
  });

  it('keeps columns legible on a phone: vertical headers and sideways scrolling', () => {
    expect(layoutOf({ width: 360 }).sizes).to.deep.equal({
      rowHeaderWidth: 120, columnWidth: 40, vertical: true, headerHeight: 96, tableWidth: 640, showLevels: false, sidePanel: false, scrolls: true,
    });
  });

  it('lays out 300 sectors x 40 actors with 3,000 responsibilities', () => {
    const big = parseFeed(largeMatrixFeed()).feed as Feed;
    const l = matrixLayout({ feed: big, vocabulary: resolveVocabulary(big), lang: 'en', day: startOf(LARGE_DATE), width: 1920 }, t);
    expect(sectorRows(l).length).to.equal(300);
    expect(l.columns.length).to.equal(40);
    expect(l.shown).to.equal(3000);
    expect(l.sizes).to.deep.equal({
      rowHeaderWidth: 240, columnWidth: 40, vertical: true, headerHeight: 46, tableWidth: 1840, showLevels: false, sidePanel: true, scrolls: true,
    });
  });
});

describe('matrix keyboard movement', () => {
  const shape = { widths: [1, 9, 9, 1, 9] };
  it('moves by arrows, Home/End, Ctrl+Home/End and pages, within bounds', () => {
    expect(moveInGrid({ row: 1, col: 0 }, { key: 'ArrowRight' }, shape)).to.deep.equal({ row: 1, col: 1 });
    expect(moveInGrid({ row: 1, col: 8 }, { key: 'ArrowRight' }, shape)).to.deep.equal({ row: 1, col: 8 });
    expect(moveInGrid({ row: 1, col: 0 }, { key: 'ArrowLeft' }, shape)).to.deep.equal({ row: 1, col: 0 });
    expect(moveInGrid({ row: 2, col: 5 }, { key: 'ArrowDown' }, shape)).to.deep.equal({ row: 3, col: 5 });
    expect(moveInGrid({ row: 3, col: 5 }, { key: 'ArrowDown' }, shape)).to.deep.equal({ row: 4, col: 5 });
    expect(moveInGrid({ row: 3, col: 5 }, { key: 'ArrowRight' }, shape)).to.equal(null);
    expect(moveInGrid({ row: 0, col: 0 }, { key: 'ArrowUp' }, shape)).to.deep.equal({ row: 0, col: 0 });
    expect(moveInGrid({ row: 2, col: 5 }, { key: 'Home' }, shape)).to.deep.equal({ row: 2, col: 0 });
    expect(moveInGrid({ row: 2, col: 5 }, { key: 'End' }, shape)).to.deep.equal({ row: 2, col: 8 });
    expect(moveInGrid({ row: 2, col: 5 }, { key: 'End', ctrlKey: true }, shape)).to.deep.equal({ row: 4, col: 8 });
    expect(moveInGrid({ row: 2, col: 5 }, { key: 'Home', ctrlKey: true }, shape)).to.deep.equal({ row: 0, col: 0 });
    expect(moveInGrid({ row: 0, col: 3 }, { key: 'PageDown' }, shape)).to.deep.equal({ row: 4, col: 3 });
    expect(moveInGrid({ row: 0, col: 3 }, { key: 'a' }, shape)).to.equal(null);
  });
});

describe('matrix SVG export', () => {
  it('draws the summary, the legend and every glyph, with feed text escaped', () => {
    const data = structuredClone(sierraLeone) as typeof sierraLeone;
    data.actors[0].short = '<GoSL & co>';
    const f = parseFeed(data).feed as Feed;
    const l = matrixLayout({ feed: f, vocabulary: resolveVocabulary(f), lang: 'en', day: startOf('2003-06-30'), width: 1000 }, t);
    const colors = { background: '#fff', text: '#000', muted: '#555', rule: '#ccc', area: '#eee', fontFamily: 'system-ui' };
    const { svg, width } = matrixToSVG(l, t, colors);
    expect(width).to.equal(1013); // the grid (981 px at 1,000) and 16 px each side
    expect(svg).to.contain('20 responsibilities held by 7 actors');
    expect(svg).to.contain('>Implement</text>');
    expect(svg).to.contain('&lt;GoSL &amp; co&gt;');
    expect(svg).not.to.contain('<GoSL');
    expect(svg.match(/<rect [^>]*rx="3"/g)!.length).to.equal(20 + l.legendRoles.length);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
  });
});

describe('matrix styles', () => {
  it('defines every private token it uses and uses every one it defines', async () => {
    const { matrixStyles } = await import('../../src/matrix/styles.js');
    const css = matrixStyles.cssText;
    // Set per element: glyph colours by the swatch rules (swatchRules), the grid's sizes, column count
    // and each column band's index through styleMap, from the layout.
    const inline = ['--_c', '--_ink', '--_col-w', '--_row-head-w', '--_head-h', '--_table-w', '--_n', '--_i', '--_row-h', '--_group-h'];
    const defined = new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]).concat(inline));
    const used = new Set([...css.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]));
    expect([...used].filter((n) => !defined.has(n))).to.deep.equal([]);
    expect([...defined].filter((n) => !used.has(n))).to.deep.equal([]);
    expect([...css.matchAll(/var\((--pk-matrix-[\w-]+)/g)].map((m) => m[1]).sort()).to.deep.equal([
      '--pk-matrix-area-bg', '--pk-matrix-glyph-size', '--pk-matrix-glyph-size', '--pk-matrix-header-bg',
      '--pk-matrix-highlight', '--pk-matrix-max-height', '--pk-matrix-related', '--pk-matrix-rule',
    ]);
  });
});
