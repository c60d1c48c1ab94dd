import { expect } from '@open-wc/testing';
import sierraLeone from '../../demo/feeds/sierra-leone.json';
import world from '../../demo/feeds/world.json';

/**
 * Sources a UN reader trusts (docs/feed.md, "Sources"): Security Council resolutions and other
 * documents at undocs.org, UN press releases, UN Peacekeeping, DPPA, the Peacebuilding Fund, UN News,
 * and datasets at their own address (the UN Peace and Security Data Hub; Geo-PKO's repository).
 * No mirrors, encyclopedia copies or blogs.
 */
const TRUSTED: { host: string; path?: string }[] = [
  { host: 'undocs.org' },
  { host: 'press.un.org' },
  { host: 'peacekeeping.un.org' },
  { host: 'dppa.un.org' },
  { host: 'unpbf.org' },
  { host: 'news.un.org' },
  { host: 'psdata.un.org' },
  { host: 'github.com', path: '/geopko/' },
];

function untrusted(url: string | undefined): string | null {
  if (url === undefined) return 'no URL';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (u.protocol !== 'https:') return `not https (${u.protocol})`;
  const host = u.hostname.replace(/^www\./, '');
  const ok = TRUSTED.some((t) => t.host === host && (!t.path || u.pathname.startsWith(t.path)));
  return ok ? null : `host ${u.hostname}${u.pathname.slice(0, 20)} is not a trusted source`;
}

describe('demo feeds cite trusted sources only', () => {
  for (const [name, feed] of [['sierra-leone', sierraLeone], ['world', world]] as const) {
    it(`${name}: every source is https on a trusted host`, () => {
      const sources = (feed as { sources: { id: string; url?: string }[] }).sources;
      expect(sources.length).to.be.above(10);
      const bad = sources.map((s) => [s.id, untrusted(s.url)]).filter(([, why]) => why !== null);
      expect(bad).to.deep.equal([]);
    });

    it(`${name}: Security Council resolutions are cited as undocs.org/S/RES/<n>(<year>)`, () => {
      const sources = (feed as { sources: { id: string; url?: string }[] }).sources;
      const resolutions = sources.filter((s) => /^res-\d+$/.test(s.id));
      expect(resolutions.length).to.be.above(5);
      for (const s of resolutions) expect(s.url, s.id).to.match(new RegExp(`^https://undocs\\.org/S/RES/${s.id.slice(4)}\\(\\d{4}\\)$`));
    });
  }

  it('the check itself refuses mirrors, blogs, http and other schemes', () => {
    expect(untrusted('https://liquisearch.com/united_nations_mission_in_sierra_leone')).to.match(/not a trusted source/);
    expect(untrusted('https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_1620')).to.match(/not a trusted source/);
    expect(untrusted('http://www.un.org/press/en/2001/sc7087.doc.htm')).to.match(/not https/);
    expect(untrusted('http://press.un.org/en/2001/sc7087.doc.htm')).to.match(/not https/);
    expect(untrusted('https://github.com/tdballesteros/conflict-relapse')).to.match(/not a trusted source/);
    expect(untrusted('https://press.un.org.example.com/x')).to.match(/not a trusted source/);
    expect(untrusted('javascript:alert(1)')).to.match(/not https/);
    expect(untrusted('https://www.unpbf.org/countries/sierra-leone/')).to.equal(null);
    expect(untrusted('https://undocs.org/S/RES/1270(1999)')).to.equal(null);
  });
});
