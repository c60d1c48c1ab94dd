import type { Messages } from './en.js';

/** A part of the English catalogue: every key optional, at every depth; functions kept whole. */
export type Partial_<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? Partial_<T[K]> : T[K];
};

/**
 * One language's catalogue, in the shape of `en.ts`: `$code` (BCP 47 primary language), `$name`
 * (the language's own name), `$dir` (writing direction) and any of the English keys. What it leaves
 * out falls back to English, key by key.
 */
export type Translation = Partial_<Messages> & { $code: string; $name: string; $dir: 'ltr' | 'rtl' };
