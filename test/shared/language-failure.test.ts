/**
 * A language whose strings do not load (the module hangs, or the network or the page's CSP refuses
 * it): after a time-out the element draws in English and says so, in that language and in English.
 * Loaders are swapped through the public `setLanguageLoader`, so this file keeps its own page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { LANGUAGE_LIMITS, languageFailure, setLanguageLoader } from '../../src/shared/i18n.js';
import { es } from '../../src/shared/messages/es.js';
import sierraLeone from '../../demo/feeds/sierra-leone.json';

type El = HTMLElement & { updateComplete: Promise<boolean> };
const notice = (el: El) => el.shadowRoot!.querySelector<HTMLElement>('[part="language-notice"]');

async function matrixIn(lang: string): Promise<El> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 900px"><pk-sector-matrix .data=${sierraLeone}></pk-sector-matrix></div>`);
  return wrap.firstElementChild as El;
}

describe('a language whose strings do not load (issue 14)', function () {
  this.timeout(20000);
  const saved = LANGUAGE_LIMITS.timeoutMs;
  afterEach(() => { LANGUAGE_LIMITS.timeoutMs = saved; });

  it('times out, draws in English, and says so in Russian and in English', async () => {
    LANGUAGE_LIMITS.timeoutMs = 300;
    setLanguageLoader('ru', () => new Promise(() => {}));
    const el = await matrixIn('ru');
    expect(notice(el), 'nothing said before the time-out').to.equal(null);
    await waitUntil(() => notice(el), 'the notice after the time-out', { timeout: 3000 });
    const spans = [...notice(el)!.querySelectorAll('span')];
    expect(spans[0].lang).to.equal('ru');
    expect(spans[0].textContent).to.equal('Не удалось загрузить тексты на русском языке; показано на английском.');
    expect(spans[1].textContent).to.equal('The Russian strings could not be loaded; this is shown in English.');
    expect(notice(el)!.getAttribute('role')).to.equal('status');
    expect(languageFailure('ru')).to.equal('no answer within 300 ms');
    // The matrix itself is drawn, in English.
    expect(el.shadowRoot!.querySelector('table[role="grid"]')).to.exist;
    expect(el.shadowRoot!.textContent).to.contain('Download');
  });

  it('a module the network or CSP refuses: says so at once, with the reason as its title', async () => {
    LANGUAGE_LIMITS.timeoutMs = 10_000;
    setLanguageLoader('zh', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /peacekit-zh.js')));
    const el = await matrixIn('zh');
    await waitUntil(() => notice(el), 'the notice', { timeout: 2000 });
    expect(notice(el)!.querySelector('span[lang="zh"]')!.textContent).to.equal('无法加载中文文本；现以英文显示。');
    expect(notice(el)!.title).to.contain('Failed to fetch dynamically imported module');
  });

  it('strings that arrive after the time-out are still taken: the notice goes, the element speaks Spanish', async () => {
    LANGUAGE_LIMITS.timeoutMs = 200;
    setLanguageLoader('es', () => new Promise((resolve) => setTimeout(() => resolve({ es }), 900)));
    const el = await matrixIn('es');
    await waitUntil(() => notice(el), 'the notice after the time-out', { timeout: 3000 });
    expect(el.shadowRoot!.textContent).to.contain('Download');
    await waitUntil(() => !notice(el) && el.shadowRoot!.textContent!.includes('Descargar'), 'Spanish once the strings arrive', { timeout: 3000 });
    expect(languageFailure('es')).to.equal(undefined);
  });

  it('the notice is accessible', async () => {
    LANGUAGE_LIMITS.timeoutMs = 10_000;
    setLanguageLoader('fr', () => Promise.reject(new Error('offline')));
    const el = await matrixIn('fr');
    await waitUntil(() => notice(el), 'the notice', { timeout: 2000 });
    await expect(el).to.be.accessible();
  });
});
