/** English: the source language of the kit's own strings. Feed text is never translated. */
export const en = {
  loading: 'Loading the feed…',
  noFeed: 'No feed yet: set src, data, or an inline JSON script.',
  loadFailed: 'The feed could not be loaded.',
  feedInvalid: 'This feed cannot be shown.',
  wholeFeed: 'feed',
  retry: 'Try again',
  moreProblems: (n: number) => `…and ${n} more problem${n === 1 ? '' : 's'}.`,
  ongoing: 'ongoing',

  // <pk-mission-map>
  map: {
    placeholder: '',
  },

  // <pk-sector-matrix>
  matrix: {
    placeholder: '',
  },

  // <pk-peacebuilding-timeline>
  timeline: {
    placeholder: '',
  },
};

export type Messages = typeof en;
