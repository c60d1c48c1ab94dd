/**
 * Funding figures and the strength band in the reader's words, as the marks' accessible names, the
 * legend and the readout say them at first drawing (the tooltip's and table's words: mark-text.ts). Pure: model + strings -> text. No DOM.
 */
import type { Messages } from '../shared/messages/en.js';
import { numberFormat } from '../model/intl.js';
import { strengthAt, type Day, type StrengthKind } from '../model/index.js';
import { amountText, numberText } from './format.js';
import type { StrengthStep, TimelineMark, TimelineModel } from './lanes.js';

/** The share of a requirement that came, as a whole percentage ("98%"). */
export function shareText(share: number, lang: string): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/**
 * A funding amount in words: "US$90,000,000", or with what was required "US$622,469,200 received of
 * US$633,269,200 required (98%)", or "US$204,000,000 required; what came is not stated". '' otherwise.
 */
export function amountFigures(m: TimelineMark, lang: string, t: Messages['timeline']): string {
  if (m.kind !== 'amount') return '';
  const money = (n: number) => amountText(n, m.currency, lang);
  if (m.required === undefined) return m.value === undefined ? '' : money(m.value);
  if (m.value === undefined) return t.fundingRequired(money(m.required));
  return t.fundingGap(money(m.value), money(m.required), shareText(m.required > 0 ? m.value / m.required : 1, lang));
}

/** A funding stream's reliability in the reader's words ("committed"), or the feed's own word. */
export function reliabilityText(m: TimelineMark, t: Messages['timeline']): string {
  return m.reliability ? t.reliabilities[m.reliability] ?? m.reliability : '';
}

/** The strength band's words, derived once per model. */
export interface StrengthText {
  estimate: boolean;
  deployedTitle: string;
  /** The highest figure, labelled at its step: "17,500 authorized". */
  peak: string;
  /** Legend entries: [swatch class, label]. */
  legend: [string, string][];
}

/** One strength entry for the table, its categories carried forward (src/model/footprint.ts). */
export interface StrengthRow {
  day: Day;
  date: string;
  label: string;
  note: string;
}

/** The strength band's words (which figure is which, whether the deployed one is an estimate) and its table rows. */
export function strengthWords(model: TimelineModel, lang: string, t: Messages['timeline']): { text: StrengthText; rows: StrengthRow[] } {
  const { authorized, deployed, max, peakKind } = model.strength;
  const estimate = deployed.some((s) => s.estimate);
  const deployedTitle = t.strength('deployed') + (estimate ? ` (${t.estimate})` : '');
  const peakEstimate = peakKind === 'deployed' && deployed.some((s) => s.total === max && s.estimate);
  const row = (kind: StrengthKind) => (st: StrengthStep): StrengthRow => ({
    day: st.day, date: st.date, label: `${t.strength(kind)}: ${numberText(st.total, lang)}`, note: st.estimate ? t.estimate : '',
  });
  return {
    text: {
      estimate,
      deployedTitle,
      peak: peakKind ? t.strengthAt(numberText(max, lang), peakKind) + (peakEstimate ? ` (${t.estimate})` : '') : '',
      legend: [
        ...(authorized.length ? [['ceiling', t.strength('authorized')] as [string, string]] : []),
        ...(deployed.length ? [[estimate ? 'estimate' : 'deployed', deployedTitle] as [string, string]] : []),
      ],
    },
    rows: [...authorized.map(row('authorized')), ...deployed.map(row('deployed'))].sort((a, b) => a.day - b.day),
  };
}

/** The cursor readout: " · UNAMSIL 17,500 authorized · 12,000 deployed", the strengths in force on `day`. */
export function strengthReadout(model: TimelineModel, day: Day, lang: string, t: Messages['timeline']): string {
  const parts = (['authorized', 'deployed'] as const).map((kind) => {
    const s = strengthAt(model.mission, day, kind);
    return s ? t.strengthAt(numberText(s.total, lang), kind) + (s.estimate ? ` (${t.estimate})` : '') : '';
  }).filter(Boolean);
  return parts.length ? ` · ${model.mission.acronym} ${parts.join(' · ')}` : '';
}
