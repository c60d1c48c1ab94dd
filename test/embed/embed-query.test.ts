/** What the iframe embed page (dist/embed.html) takes from its URL: only http(s) feeds, known views and values. */
import { expect } from '@open-wc/testing';
import { readEmbedQuery } from '../../src/embed/embed-query.js';

const BASE = 'https://intranet.example.org/peacekit/embed.html';

describe('the embed page query', () => {
  it('reads the view, mission, date and language; a relative src is on the embed page origin', () => {
    const r = readEmbedQuery('?src=../feeds/sl.json&view=map&mission=unamsil&date=2002-06-30&lang=fr&id=m1', BASE);
    expect(r).to.deep.equal({
      src: 'https://intranet.example.org/feeds/sl.json', view: 'map', attributes: { mission: 'unamsil', date: '2002-06-30' },
      lang: 'fr', dir: 'ltr', id: 'm1',
    });
  });

  it('takes only http and https feeds', () => {
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'blob:https://x/1', '']) {
      expect(readEmbedQuery(`?src=${encodeURIComponent(bad)}`, BASE).src, bad).to.equal(undefined);
    }
    expect(readEmbedQuery('?src=http://data.example.net/f.json', BASE).src).to.equal('http://data.example.net/f.json');
  });

  it('an unknown view is the dossier; Arabic is right to left; values outside their choices are left out', () => {
    const r = readEmbedQuery('?src=f.json&view=<script>&lang=ar&theme=purple&credentials=yes&date=tomorrow&mission=a"b', BASE);
    expect(r.view).to.equal('dossier');
    expect(r.dir).to.equal('rtl');
    expect(r.attributes).to.deep.equal({});
    expect(readEmbedQuery('?lang=<b>', BASE).lang).to.equal(undefined);
    expect(readEmbedQuery('?theme=dark&credentials=include&strict', BASE).attributes).to.deep.equal({ theme: 'dark', credentials: 'include', strict: '' });
  });
});
