/** Français: the kit's own strings. Keys left out fall back to English; keep the shape of en.ts. */
import type { Translation } from './translation.js';

export const fr: Translation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
};
