import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/map/mission-map.js';
import '../../src/matrix/sector-matrix.js';
import '../../src/timeline/peacebuilding-timeline.js';
import type { PkMissionMap } from '../../src/map/mission-map.js';
import type { PkSectorMatrix } from '../../src/matrix/sector-matrix.js';
import type { PkPeacebuildingTimeline } from '../../src/timeline/peacebuilding-timeline.js';
import { worldBaseMap } from '../../src/geo/map-files.js';
import { countryList, countryName } from '../../src/geo/country-names.js';
import { addTranslation, LANGUAGES, loadLanguage, messagesFor } from '../../src/shared/i18n.js';
import { en } from '../../src/shared/messages/en.js';
import { fitText, textWidth } from '../../src/shared/text-width.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';

type Element_ = PkMissionMap | PkSectorMatrix | PkPeacebuildingTimeline;
const feed = () => structuredClone(sierraLeone);
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Waits for the language's catalogue, the first resize report and the renders they cause. */
async function settle(el: Element_) {
  await loadLanguage(el.language);
  await el.updateComplete;
  await frames();
  await el.updateComplete;
}
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as HTMLElement[];
const text = (el: Element, sel: string) => $(el, sel)?.textContent?.trim();

describe('the six UN languages', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: the map, the matrix and the timeline draw in it, with dates and numbers through Intl`, async () => {
      await loadLanguage(lang);
      const t = messagesFor(lang);
      if (lang !== 'en') {
        // The catalogue is really there: these strings differ from English.
        expect(t.map.zoomIn).not.to.equal(en.map.zoomIn);
        expect(t.matrix.sectors.ddr).not.to.equal(en.matrix.sectors.ddr);
        expect(t.timeline.groups.peacebuilding).not.to.equal(en.timeline.groups.peacebuilding);
      }
      const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 1000px">
        <pk-mission-map .data=${feed()} mission="unamsil" date="2001"></pk-mission-map>
        <pk-sector-matrix .data=${feed()} date="2003-06-30"></pk-sector-matrix>
        <pk-peacebuilding-timeline .data=${feed()} mission="unamsil"></pk-peacebuilding-timeline>
      </div>`);
      const [map, matrix, timeline] = [...wrap.children] as [PkMissionMap, PkSectorMatrix, PkPeacebuildingTimeline];
      for (const el of [map, matrix, timeline]) await settle(el);

      expect(map.language).to.equal(lang);
      expect($(map, `button[aria-label="${t.map.zoomIn}"]`)).to.exist;
      expect(text(map, '.disclaimer, [part="disclaimer"]')).to.equal(t.map.disclaimer);
      const year = new Intl.DateTimeFormat(lang, { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2001, 0, 1));
      expect(text(map, '.caption')).to.equal(t.map.caption('UNAMSIL', year));

      expect(text(matrix, 'thead tr.actors .corner')).to.equal(t.matrix.sectorHeader);
      expect($$(matrix, 'tbody th[scope="row"]').map((th) => th.textContent!.trim())).to.include(t.matrix.sectors.ddr);
      expect($$(matrix, 'tr.area th').map((th) => th.textContent!.trim())[0]).to.equal(t.matrix.areaToggle(t.matrix.areas['safety-security'], 9));
      const day = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2003, 5, 30));
      expect(text(matrix, '.summary')).to.equal(t.matrix.summaryAt(20, 7, 13, day));

      expect(text(timeline, '.summary')).to.equal(t.timeline.continuing('UNAMSIL', 12, 5));
      expect($$(timeline, 'button.toggle').map((b) => b.getAttribute('title'))).to.include(t.timeline.collapse(t.timeline.groups.peacebuilding));
    });
  }

  it('names countries in the reader\'s language from the base map\'s codes (Intl.DisplayNames), and lists them with Intl.ListFormat', async () => {
    const world = await worldBaseMap();
    const of = (code: string) => world.byCode.get(code);
    expect(['en', 'fr', 'es', 'ru', 'zh', 'ar'].map((l) => countryName('SLE', l, of('SLE')))).to.deep.equal(
      ['Sierra Leone', 'Sierra Leone', 'Sierra Leona', 'Сьерра-Леоне', '塞拉利昂', 'سيراليون']);
    expect(countryName('CIV', 'fr', of('CIV'))).to.equal('Côte d’Ivoire');
    expect(countryName('XKX', 'en', of('XKX'))).to.equal('Kosovo');
    expect(countryName('ZZZ', 'fr', of('ZZZ')), 'unknown code: shown as given').to.equal('ZZZ');
    expect(countryList(['LBR', 'SLE'], 'en', of)).to.equal('Liberia and Sierra Leone');
    expect(countryList(['LBR', 'SLE'], 'es', of)).to.equal('Liberia y Sierra Leona');
  });
});

describe('text widths without the DOM', () => {
  it('counts a Chinese character as 1 em and a Latin one as 0.56 em, and cuts labels to fit', () => {
    expect(textWidth('部门', 12)).to.equal(24);
    expect(textWidth('Police', 12)).to.equal(41);
    expect(fitText('维持和平行动建设和平', 60, 12)).to.equal('维持和平…');
    expect(fitText('Peacebuilding Commission', 60, 12)).to.equal('Peacebu…');
  });
});

describe('which language an element speaks', () => {
  it('takes its own lang, else the nearest ancestor\'s, else the document\'s; changing any re-renders without reloading the feed', async () => {
    await Promise.all([loadLanguage('fr'), loadLanguage('es'), loadLanguage('zh')]);
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es"><section>
      <pk-sector-matrix .data=${feed()} date="2003-06-30" style="width: 900px"></pk-sector-matrix></section></div>`);
    const el = wrap.querySelector('pk-sector-matrix') as PkSectorMatrix;
    await settle(el);
    const loaded = el.feed;
    let loads = 0;
    el.addEventListener('pk-feed-load', () => loads++);
    expect(text(el, 'thead tr.actors .corner')).to.equal(messagesFor('es').matrix.sectorHeader);

    el.setAttribute('lang', 'fr');
    await settle(el);
    expect(text(el, 'thead tr.actors .corner')).to.equal(messagesFor('fr').matrix.sectorHeader);

    el.removeAttribute('lang');
    wrap.setAttribute('lang', 'zh');
    await new Promise((r) => setTimeout(r)); // the page-wide observer reports on a microtask
    await settle(el);
    expect(text(el, 'thead tr.actors .corner')).to.equal(messagesFor('zh').matrix.sectorHeader);

    wrap.removeAttribute('lang');
    await new Promise((r) => setTimeout(r));
    await settle(el);
    expect(el.language).to.equal(document.documentElement.lang || 'en');
    expect(el.feed, 'the same parsed feed: nothing was reloaded').to.equal(loaded);
    expect(loads).to.equal(0);
  });

  it('falls back key by key: a regional catalogue, then the language, then English; an unknown language is English', async () => {
    await loadLanguage('fr');
    addTranslation({ $code: 'fr-ca', $name: 'Français (Canada)', $dir: 'ltr', map: { zoomIn: 'Zoomer' } });
    addTranslation({ $code: 'xq', $name: 'Test', $dir: 'ltr', retry: 'Again!' });
    const ca = messagesFor('fr-CA');
    expect(ca.map.zoomIn).to.equal('Zoomer');
    expect(ca.map.zoomOut).to.equal(messagesFor('fr').map.zoomOut);
    expect(messagesFor('xq').retry).to.equal('Again!');
    expect(messagesFor('xq').loading, 'not in the catalogue: English').to.equal(en.loading);
    expect(messagesFor('xq').map.disclaimer).to.equal(en.map.disclaimer);

    // Corrections to a catalogue already registered are laid over it, not put in place of a whole section.
    addTranslation({ $code: 'en', $name: 'English', $dir: 'ltr', map: { wheelHint: 'Hold Ctrl to zoom' } });
    expect(messagesFor('en').map.wheelHint).to.equal('Hold Ctrl to zoom');
    expect(messagesFor('en').map.zoomOut).to.equal(en.map.zoomOut);
    expect(messagesFor('xq').map.wheelHint, 'other languages fall back to the corrected English').to.equal('Hold Ctrl to zoom');

    const el = await fixture<PkMissionMap>(html`<pk-mission-map lang="de" .data=${feed()} mission="unamsil" style="width: 600px"></pk-mission-map>`);
    await settle(el);
    expect($(el, `button[aria-label="${en.map.zoomIn}"]`)).to.exist;
    expect(el.language).to.equal('de');
  });

  it('picks a feed label in the element\'s language, else the feed\'s language, else the first given', async () => {
    await Promise.all([loadLanguage('fr'), loadLanguage('ru')]);
    const data = feed() as typeof sierraLeone & { lang?: string };
    const gosl = data.actors.find((a) => a.id === 'gosl')!;
    (gosl as { short?: unknown }).short = { en: 'GoSL', fr: 'GdSL', es: 'GdSL-es' };
    const headers = async (lang: string, feedLang?: string) => {
      const copy = structuredClone(data);
      if (feedLang) copy.lang = feedLang;
      const el = await fixture<PkSectorMatrix>(html`<pk-sector-matrix lang=${lang} .data=${copy} date="2003-06-30" style="width: 900px"></pk-sector-matrix>`);
      await settle(el);
      return $$(el, 'thead tr.actors th[scope="col"]').map((th) => th.textContent!.trim())[1];
    };
    expect(await headers('fr')).to.equal('GdSL');
    expect(await headers('ru'), 'no Russian: the feed\'s language (en)').to.equal('GoSL');
    expect(await headers('ru', 'es'), 'no Russian: the feed\'s language (es)').to.equal('GdSL-es');
    expect(await headers('zh', 'de'), 'neither: the first given').to.equal('GoSL');
  });
});

describe('right to left', () => {
  it('an Arabic matrix mirrors: sector names on the right, actors leftwards, and ArrowLeft moves to the next actor', async () => {
    await loadLanguage('ar');
    const el = await fixture<PkSectorMatrix>(html`<pk-sector-matrix lang="ar" .data=${feed()} date="2003-06-30" style="width: 1000px"></pk-sector-matrix>`);
    await settle(el);
    expect(el.matches(':state(rtl)')).to.equal(true);
    const table = $(el, 'table');
    expect(getComputedStyle(table).direction).to.equal('rtl');
    const corner = $(el, 'thead tr.actors .corner').getBoundingClientRect();
    const firstActor = $$(el, 'thead tr.actors th[scope="col"]')[1].getBoundingClientRect();
    expect(corner.left, 'the sector column is on the right').to.be.greaterThan(firstActor.left);

    $(el, '[tabindex="0"]').focus();
    await sendKeys({ press: 'ArrowDown' });
    const before = (el.shadowRoot!.activeElement as HTMLElement).getBoundingClientRect().left;
    await sendKeys({ press: 'ArrowLeft' });
    const after = el.shadowRoot!.activeElement as HTMLElement;
    expect(after.tagName).to.equal('TD');
    expect(after.getBoundingClientRect().left, 'moved left on screen, to the next actor').to.be.lessThan(before);
  });

  it('an Arabic map and timeline mirror their text and controls but keep their drawing: the map is not flipped, time runs left to right', async () => {
    await loadLanguage('ar');
    const wrap = await fixture<HTMLDivElement>(html`<div lang="ar" style="width: 1000px">
      <pk-mission-map .data=${feed()} mission="unamsil" date="2001"></pk-mission-map>
      <pk-peacebuilding-timeline .data=${feed()} mission="unamsil"></pk-peacebuilding-timeline>
    </div>`);
    const [map, timeline] = [...wrap.children] as [PkMissionMap, PkPeacebuildingTimeline];
    await settle(map);
    await settle(timeline);
    expect(getComputedStyle($(map, '.caption')).direction).to.equal('rtl');
    expect(getComputedStyle($(map, 'svg.map')).direction).to.equal('ltr');
    // Freetown is west of Kenema on an Arabic map too.
    const x = (key: string) => map.shadowRoot!.querySelector(`.marks [data-key$="${key}"]`)?.getBoundingClientRect().left ?? NaN;
    expect(x('freetown')).to.be.lessThan(x('kenema'));

    const ticks = $$(timeline, '.tick text').map((t) => t.getBoundingClientRect().left);
    expect(ticks.length).to.be.greaterThan(2);
    expect(ticks, 'years from left to right').to.deep.equal([...ticks].sort((a, b) => a - b));
    expect(getComputedStyle($(timeline, '.toolbar')).direction).to.equal('rtl');
  });

  it('an English element on a right-to-left page stays left to right', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="en"><pk-sector-matrix .data=${feed()} date="2003-06-30" style="width: 900px"></pk-sector-matrix></div>`);
    const el = wrap.firstElementChild as PkSectorMatrix;
    await settle(el);
    expect(el.matches(':state(ltr)')).to.equal(true);
    expect(getComputedStyle($(el, 'table')).direction).to.equal('ltr');
  });

  it('follows a change of language both ways, and an update in the same language keeps its direction', async () => {
    await loadLanguage('ar');
    const el = await fixture<PkSectorMatrix>(html`<pk-sector-matrix lang="en" .data=${feed()} date="2003-06-30" style="width: 900px"></pk-sector-matrix>`);
    await settle(el);
    const direction = () => [el.matches(':state(ltr)'), el.matches(':state(rtl)'), getComputedStyle($(el, 'table')).direction];
    expect(direction()).to.deep.equal([true, false, 'ltr']);
    el.setAttribute('lang', 'ar');
    await settle(el);
    expect(direction(), 'Arabic').to.deep.equal([false, true, 'rtl']);
    el.setAttribute('date', '2004-06-30'); // an update that leaves the language as it is
    await settle(el);
    expect(direction(), 'still Arabic').to.deep.equal([false, true, 'rtl']);
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(direction(), 'English again').to.deep.equal([true, false, 'ltr']);
  });
});
