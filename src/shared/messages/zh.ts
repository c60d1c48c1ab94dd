/** 中文: the kit's own strings. Keys left out fall back to English; keep the shape of en.ts. */
import type { Translation } from './translation.js';

export const zh: Translation = {
  $code: 'zh',
  $name: '中文',
  $dir: 'ltr',
};
