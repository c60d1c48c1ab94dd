import { expect, fixture, html } from '@open-wc/testing';
import '../fixtures/probe-element.js';
import type { PkProbe } from '../fixtures/probe-element.js';
import { TOKENS } from '../../src/shared/tokens.js';
import { mini } from '../fixtures/mini.js';

const titleOf = (el: PkProbe) => el.shadowRoot!.querySelector('.title')!;

describe('design tokens', () => {
  it('apply their defaults with no page CSS', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe .data=${mini()}></pk-probe>`);
    expect(getComputedStyle(titleOf(el)).fontSize).to.equal('14px');
    expect(getComputedStyle(titleOf(el)).color).to.equal('rgb(31, 35, 40)');
  });

  it('inherit from any ancestor, so a portal themes every element at once', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--pk-color-text: rgb(1, 2, 3); --pk-font-size-m: 22px">
      <section><pk-probe .data=${mini()}></pk-probe></section></div>`);
    const el = wrapper.querySelector<PkProbe>('pk-probe')!;
    await el.updateComplete;
    expect(getComputedStyle(titleOf(el)).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(titleOf(el)).fontSize).to.equal('22px');
  });

  it('switch to their dark values with theme="dark"', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe theme="dark" .data=${mini()}></pk-probe>`);
    expect(getComputedStyle(titleOf(el)).color).to.equal('rgb(230, 237, 243)');
  });

  it('keep text at least 12 px', () => {
    const sizes = Object.entries(TOKENS).filter(([k]) => k.startsWith('--pk-font-size')).map(([, v]) => parseFloat(v));
    expect(Math.min(...sizes)).to.be.at.least(12);
  });
});
