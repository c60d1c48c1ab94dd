/**
 * English strings of `<pk-briefing>`: the `briefing` section of the English catalogue. They live apart
 * from en.ts so that they come with the element's own code (which the script-tag bundle fetches when the
 * tag first appears), not in the first load; the element registers them with `addTranslation`, as
 * `<pk-mandate-trends>` does its own (en-mandates.ts). The other languages have them under `briefing`.
 */
export const enBriefing = {
  controls: 'Briefing controls',
  stepOf: (n: number, count: number) => `Step ${n} of ${count}`,
  previous: 'Previous',
  next: 'Next',
  fullscreen: 'Full screen (F)',
  exportPng: 'Export PNG',
  asOf: (date: string) => `As of ${date}`,
  presenterView: 'Presenter view',
  presenterWindow: 'Presenter window',
  popupBlocked: 'The browser blocked the presenter window: allow pop-ups for this page, or use the presenter view here.',
  notes: 'Speaker notes',
  noNotes: 'No notes for this step.',
  nextStep: 'Next step',
  lastStep: 'This is the last step.',
  elapsed: 'Elapsed',
  exportMenu: 'Export',
  exportPptx: 'PowerPoint (.pptx)',
  exportPdf: 'PDF',
  preparing: (n: number, count: number) => `Preparing slide ${n} of ${count}…`,
};

export type BriefingMessages = typeof enBriefing;
