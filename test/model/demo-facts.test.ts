import { expect } from '@open-wc/testing';
import {
  DEFAULT_SECTORS, DEFAULT_ROLES, handover, matrixAt, parseFeed, startOf, strengthAt, textOf, type Feed, type Mission,
} from '../../src/model/index.js';
import { en } from '../../src/shared/messages/en.js';
import { fr } from '../../src/shared/messages/fr.js';
import { es } from '../../src/shared/messages/es.js';
import { ar } from '../../src/shared/messages/ar.js';
import { ru } from '../../src/shared/messages/ru.js';
import { zh } from '../../src/shared/messages/zh.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';
import world from '../../demo/feeds/world.json';

// The figures of the domain review (reviews/domain-2026-11-28.md, tables S1-S18 and W1-W15), held
// through the model's own queries on the demo feeds. Each comment names the primary source.
const sl = parseFeed(sierraLeone).feed as Feed;
const wd = parseFeed(world).feed as Feed;
const missionOf = (f: Feed, id: string) => f.missions!.find((m) => m.id === id) as Mission;
const authorized = (f: Feed, id: string, date: string) => {
  const s = strengthAt(missionOf(f, id), startOf(date), 'authorized')!;
  return { troops: s.troops, observers: s.observers, police: s.police, total: s.total, date: s.date };
};

describe('demo facts: UNAMSIL authorized strength (S1-S5)', () => {
  for (const [name, feed] of [['Sierra Leone feed', sl], ['world feed', wd]] as const) {
    it(`${name}: 6,000 including 260 observers, then 11,100, 13,000, 17,500, and 3,250 + 141 + 80 in 2005`, () => {
      // res 1270 (22 Oct 1999): "maximum of 6,000 military personnel, including 260 military observers".
      expect(authorized(feed, 'unamsil', '1999-10-22')).to.deep.equal({ troops: 5740, observers: 260, police: 0, total: 6000, date: '1999-10-22' });
      // res 1289 (7 Feb 2000), 1299 (19 May 2000), 1346 (30 Mar 2001): observers stay at 260.
      expect(authorized(feed, 'unamsil', '2000-02-07')).to.include({ observers: 260, total: 11100 });
      expect(authorized(feed, 'unamsil', '2000-05-19')).to.include({ observers: 260, total: 13000 });
      expect(authorized(feed, 'unamsil', '2001-03-30')).to.include({ observers: 260, total: 17500 });
      // res 1436 (24 Sep 2002): up to 170 civilian police, military ceiling unchanged.
      expect(authorized(feed, 'unamsil', '2003-01-01')).to.deep.equal({ troops: 17240, observers: 260, police: 170, total: 17670, date: '2002-09-24' });
      // res 1537 (30 Mar 2004): 3,250 troops, 141 military observers and 80 police by 28 Feb 2005.
      expect(authorized(feed, 'unamsil', '2005-03-01')).to.deep.equal({ troops: 3250, observers: 141, police: 80, total: 3471, date: '2005-02-28' });
    });
  }
});

describe('demo facts: world feed ceilings (W1-W8)', () => {
  it('UNMISS: 12,500 troops and 1,323 police from res 2132 (24 Dec 2013), kept in 2014; 13,000 and 2,001 from res 2252 (15 Dec 2015)', () => {
    expect(authorized(wd, 'unmiss', '2014-06-01')).to.deep.equal({ troops: 12500, observers: 0, police: 1323, total: 13823, date: '2013-12-24' });
    expect(authorized(wd, 'unmiss', '2015-12-14')).to.include({ troops: 12500, police: 1323 });
    expect(authorized(wd, 'unmiss', '2016-01-01')).to.include({ troops: 13000, police: 2001, date: '2015-12-15' });
  });

  it('MONUSCO 2017: the res 2348 figures are an authorized ceiling, not a deployment', () => {
    const m = missionOf(wd, 'monusco');
    expect(strengthAt(m, startOf('2017-06-01'))).to.deep.include({ kind: 'authorized', troops: 16215, observers: 660, police: 1441, date: '2017-03-31' });
    expect(strengthAt(m, startOf('2017-06-01'), 'deployed')).to.equal(null);
  });

  it('UNOCI: 350 police (6,910 uniformed in all); UNMIL 16,115 with its police kept; ONUB 5,770', () => {
    expect(authorized(wd, 'unoci', '2004-05-01')).to.include({ police: 350, total: 6910 });
    expect(authorized(wd, 'unmil', '2003-10-01')).to.include({ troops: 14750, observers: 250, police: 1115, total: 16115 });
    expect(authorized(wd, 'unmil', '2007-01-01')).to.include({ police: 1115, total: 16365, date: '2005-09-19' });
    expect(authorized(wd, 'onub', '2004-06-01')).to.include({ troops: 5450, observers: 200, police: 120, total: 5770 });
  });

  it('UNAMID counts its formed police units; UNISFA keeps its 50 police', () => {
    expect(authorized(wd, 'unamid', '2015-01-01')).to.include({ troops: 15845, police: 1583 + 13 * 140 });
    expect(authorized(wd, 'unisfa', '2014-01-01')).to.include({ troops: 5326, police: 50 });
  });

  it('names the missing predecessors and successors (W9-W12), and keeps the PBC out of the presence chain', () => {
    const labels = (id: string, side: 'predecessors' | 'successors') => (missionOf(wd, id)[side] ?? []).map((p) => String(p.label));
    expect(labels('unmil', 'predecessors').some((l) => l.includes('UNOL'))).to.equal(true);
    expect(labels('unmil', 'successors').some((l) => l.includes('Peacebuilding Commission'))).to.equal(false);
    expect(wd.tracks!.find((t) => t.mission === 'unmil' && t.group === 'peacebuilding')).to.not.equal(undefined);
    expect(labels('unamid', 'successors').some((l) => l.includes('UNITAMS'))).to.equal(true);
    expect(labels('minusca', 'predecessors').some((l) => l.includes('BINUCA'))).to.equal(true);
    expect(labels('minustah', 'predecessors').length).to.equal(1);
    expect(labels('onub', 'predecessors').some((l) => l.includes('AMIB'))).to.equal(true);
    // W14: no host listed first for UNTSO.
    expect(missionOf(wd, 'untso').countries).to.deep.equal(['EGY', 'ISR', 'JOR', 'LBN', 'SYR']);
  });
});

describe('demo facts: Sierra Leone story (S6-S18)', () => {
  it('gives known dates to the day', () => {
    const adopted = Object.fromEntries(missionOf(sl, 'unamsil').mandates!.map((m) => [m.resolution, m.adopted]));
    expect(adopted).to.include({ 1289: '2000-02-07', 1436: '2002-09-24', 1537: '2004-03-30', 1562: '2004-09-17', 1610: '2005-06-30' });
    expect(sl.events!.find((e) => e.id === 'elections-2002')!.date).to.equal('2002-05-14');
    const sites = missionOf(sl, 'unamsil').sites!;
    expect(sites.filter((s) => s.start?.startsWith('1999')).every((s) => s.start === '1999-10-22')).to.equal(true);
  });

  it('transfers primary responsibility for security from UNAMSIL to the police and the armed forces on 23 Sep 2004 (S18)', () => {
    const h = handover(matrixAt(sl, startOf('2004-09-01')), matrixAt(sl, startOf('2004-10-01')));
    expect(h.transferred.map((t) => [t.from.responsibility.actor, t.from.responsibility.role, t.to.map((e) => `${e.responsibility.actor}/${e.responsibility.role}`)]))
      .to.deep.equal([['unamsil', 'implement', ['slp/lead', 'rslaf/lead']]]);
    expect(h.ended).to.deep.equal([]);
    expect(h.moved).to.deep.equal([]);
  });

  it('has the country team throughout and the World Bank, the UK and ECOMOG as actors (S14, S17)', () => {
    const at2000 = matrixAt(sl, startOf('2000-06-30'));
    expect(at2000.entries.some((e) => e.responsibility.actor === 'unct')).to.equal(true);
    const types = Object.fromEntries(sl.actors!.map((a) => [a.id, a.type]));
    expect(types).to.include({ 'world-bank': 'ifi', uk: 'bilateral', ecowas: 'regional', uniosil: 'mission', unipsil: 'mission' });
    const ssr = matrixAt(sl, startOf('2003-06-30')).cells.get('ssr|uk')!;
    expect(ssr.map((e) => e.responsibility.role)).to.deep.equal(['lead']);
  });

  it('says what was required against what came, in streams of different reliability (S16)', () => {
    const streams = Object.fromEntries(sl.funding!.map((f) => [f.id, f]));
    expect(Object.values(streams).map((f) => [f.source, f.reliability])).to.deep.equal([['assessed', 'assured'], ['pbf', 'committed'], ['trust-fund', 'pledged']]);
    expect(streams['unamsil-assessed'].amounts[0]).to.include({ required: 633269200, value: 622469200 });
    expect(streams['pbf-sle'].amounts.map((a) => a.value)).to.deep.equal([35000000, 7000000]);
    expect(streams['ddr-trust-fund'].amounts[0]).to.include({ required: 31000000 });
    expect(streams['ddr-trust-fund'].amounts[0].value).to.equal(undefined);
  });

  it('marks national milestones after departure as events', () => {
    const after = sl.events!.filter((e) => startOf(e.date) > startOf('2005-12-31')).map((e) => e.id);
    expect(after).to.include.members(['elections-2007', 'runoff-2007', 'agenda-for-change', 'elections-2012']);
  });

  it('carries a data notice with the Geo-PKO citation and licence', () => {
    for (const f of [sl, wd]) {
      const notice = textOf(f.notice!, 'en');
      expect(notice).to.contain('Geo-PKO');
      expect(notice).to.contain('Journal of Peace Research');
      expect(notice).to.contain('GNU General Public License v2.0');
    }
  });
});

describe('the seed\'s words in six languages', () => {
  const all = { en, fr, es, ar, ru, zh } as unknown as Record<string, typeof en>;
  const consensus = { en: 'consensus', fr: 'consensus', es: 'consenso', ar: 'توافق', ru: 'консенсус', zh: '共识' };

  it('articulate: helping build consensus, nationals setting the priorities', () => {
    expect(DEFAULT_ROLES.find((r) => r.id === 'articulate')!.description).to.contain('nationals set the priorities');
    for (const [lang, m] of Object.entries(all)) expect(m.matrix.roleDescriptions.articulate, lang).to.contain(consensus[lang as keyof typeof consensus]);
  });

  it('enable does not read as the sector "political facilitation"', () => {
    for (const [lang, m] of Object.entries(all)) {
      const sector = m.matrix.sectors['political-facilitation'].toLowerCase();
      expect(sector.includes(m.matrix.roles.enable.toLowerCase()), lang).to.equal(false);
    }
  });

  it('infrastructure is economic revitalization; ceasefire and border monitoring is a sector in every language', () => {
    expect(DEFAULT_SECTORS.find((s) => s.id === 'infrastructure')!.area).to.equal('economic-revitalization');
    expect(DEFAULT_SECTORS.find((s) => s.id === 'ceasefire-border-monitoring')!.area).to.equal('safety-security');
    for (const m of Object.values(all)) expect(m.matrix.sectors['ceasefire-border-monitoring']).to.be.a('string').and.not.equal('');
  });
});
