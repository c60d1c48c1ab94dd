import { expect } from '@open-wc/testing';
import { parseFeed, type Problem } from '../../src/model/index.js';
import { mini } from '../fixtures/mini.js';

const at = (problems: Problem[], path: string) => problems.filter((p) => p.path === path);

describe('parseFeed', () => {
  it('accepts a valid feed with no problems', () => {
    const { feed, problems } = parseFeed(mini());
    expect(problems).to.deep.equal([]);
    expect(feed?.missions?.[0].sites).to.have.length(3);
  });

  it('reports ten different mistakes at once, each with its path', () => {
    const f = mini() as any;
    f.asOf = '2012-02-30'; // 1 impossible date
    f.missions[0].sites[0].at = [8.49, -13.234]; // 2 swapped coordinates
    f.missions[0].sites[1].at = [6.99, -9.47, 3]; // 3 three numbers
    f.missions[0].sites[2].end = '2003'; // 4 ends before it starts
    f.actors.push({ id: 'gov', label: 'Duplicate' }); // 5 duplicate id
    f.responsibilities[0].actor = 'nobody'; // 6 dangling actor
    f.responsibilities[1].role = 'oversee'; // 7 unknown role
    f.missions[0].strength[0].troops = -5; // 8 negative count
    f.events[0].date = 'last year'; // 9 not a date
    f.sources[0].label = 42; // 10 wrong type
    const { feed, problems } = parseFeed(f);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.path)).to.have.members([
      'asOf',
      'missions[0].sites[0].at',
      'missions[0].sites[1].at',
      'missions[0].sites[2].end',
      'actors[4].id',
      'responsibilities[0].actor',
      'responsibilities[1].role',
      'missions[0].strength[0].troops',
      'events[0].date',
      'sources[0].label',
    ]);
    expect(at(problems, 'missions[0].sites[0].at')[0].message).to.contain('looks like [latitude, longitude]: write [-13.234, 8.49]');
    expect(at(problems, 'missions[0].sites[1].at')[0].message).to.equal('expected [longitude, latitude]; got [6.99,-9.47,3] (3 numbers)');
    expect(at(problems, 'missions[0].sites[2].end')[0].message).to.equal('ends (2003) before it starts (2004)');
    expect(at(problems, 'actors[4].id')[0].message).to.equal('actor id "gov" is already used by actors[0]; ids must be unique');
    expect(at(problems, 'responsibilities[0].actor')[0].message).to.equal('actor "nobody" is not defined in "actors"');
    expect(at(problems, 'events[0].date')[0].message).to.contain('got "last year"');
    // The valid part survives: the mission stays, only the broken sites go.
    expect(feed?.missions?.[0].sites).to.deep.equal([]);
    expect(feed?.missions?.[0].id).to.equal('untl');
    expect(feed?.responsibilities).to.have.length(6);
    expect(feed?.actors).to.have.length(4);
    expect(feed?.asOf).to.equal(undefined);
  });

  it('refuses a newer format version, naming the one it reads', () => {
    const { feed, problems } = parseFeed({ peacekit: 2 });
    expect(feed).to.equal(null);
    expect(problems[0].path).to.equal('peacekit');
    expect(problems[0].message).to.contain('version 2; this build of peacekit reads version 1');
  });

  it('refuses a feed without a version, and things that are not feeds', () => {
    expect(parseFeed({ missions: [] }).problems[0].message).to.contain('add "peacekit": 1');
    expect(parseFeed([1, 2]).problems[0].message).to.contain('expected a feed object');
    expect(parseFeed('{"peacekit": 1,').problems[0].message).to.match(/^this is not JSON/);
    expect(parseFeed(null).feed).to.equal(null);
  });

  it('warns about unknown keys without dropping anything', () => {
    const f = mini() as any;
    f.missions[0].sites[0].strat = '2003';
    f.colour = 'blue';
    const { feed, problems } = parseFeed(f);
    expect(problems).to.deep.equal([
      { path: 'missions[0].sites[0].strat', severity: 'warning', message: 'unknown key "strat" is ignored' },
      { path: 'colour', severity: 'warning', message: 'unknown key "colour" is ignored' },
    ]);
    expect(feed?.missions?.[0].sites).to.have.length(3);
  });

  it('warns about values outside the vocabularies and about links it will not make', () => {
    const f = mini() as any;
    f.missions[0].sites[0].type = 'castle';
    f.sources[0].url = 'javascript:alert(1)';
    const { feed, problems } = parseFeed(f);
    expect(problems.map((p) => [p.path, p.severity])).to.deep.equal([
      ['sources[0].url', 'warning'],
      ['missions[0].sites[0].type', 'warning'],
    ]);
    expect(feed?.missions?.[0].sites).to.have.length(3);
  });

  it('reads coordinates out of range as an error with no swap hint when swapping does not help', () => {
    const f = mini() as any;
    f.missions[0].sites[0].at = [200, 95];
    const { problems } = parseFeed(f);
    expect(problems[0]).to.deep.equal({
      path: 'missions[0].sites[0].at', severity: 'error',
      message: 'expected [longitude, latitude] with longitude from -180 to 180 and latitude from -90 to 90; got [200, 95]',
      entry: 'missions[0].sites[0]',
    });
  });

  it('takes localized text and drops a dangling source reference only', () => {
    const f = mini() as any;
    f.actors[0].label = { en: 'Government', fr: 'Gouvernement' };
    f.responsibilities[0].sources = ['res-1', 'res-404'];
    const { feed, problems } = parseFeed(f);
    expect(problems).to.deep.equal([{ path: 'responsibilities[0].sources[1]', severity: 'error', message: 'source "res-404" is not defined in "sources"', entry: 'responsibilities[0].sources[1]' }]);
    expect(feed?.responsibilities?.[0].sources).to.deep.equal(['res-1']);
  });
  it('takes a list for no object: a personnel entry, a source map or units given as a list is an error', () => {
    const f = mini() as any;
    f.missions[0].sites[0].personnel[1] = [200, 95];
    f.missions[0].sites[0].personnel[0].units = [650];
    f.missions[0].sites[0].personnel[0].maps = [['Map No. 4266']];
    const { feed, problems } = parseFeed(f);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.path)).to.have.members(['missions[0].sites[0].personnel']);
    expect(errors[0].message).to.contain('expected a list of personnel entries or one entry');
    // A single entry keeps its unknown keys reported, as entries of a list do.
    const one = mini() as any;
    one.missions[0].sites[1].personnel.troopz = 5;
    expect(parseFeed(one).problems).to.deep.equal([{ path: 'missions[0].sites[1].personnel.troopz', severity: 'warning', message: 'unknown key "troopz" is ignored' }]);
    expect(feed?.missions?.[0].sites?.[0].personnel).to.equal(undefined);
  });

  it('drops an amount left with neither value nor required, also after another error in it', () => {
    const f = mini() as any;
    f.funding[0].amounts.push({ start: '2010', currency: 'USD' }, { start: '2010', end: [1, 2, 3], required: 5 });
    f.funding[0].amounts[0] = { start: '2007', end: 'soon', currency: 'USD' };
    const { feed, problems } = parseFeed(f);
    expect(problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`)).to.have.members([
      'funding[0].amounts[0].end: expected a date like "2003", "2003-10" or "2003-10-01"; got "soon"',
      'funding[0].amounts[0]: an amount needs "value" (what came), "required" (what was asked for), or both',
      'funding[0].amounts[1]: an amount needs "value" (what came), "required" (what was asked for), or both',
      'funding[0].amounts[2].end: expected a date like "2003", "2003-10" or "2003-10-01"; got [1,2,3]',
    ]);
    expect(feed?.funding?.[0].amounts).to.deep.equal([{ start: '2010', required: 5 }]);
  });
});
