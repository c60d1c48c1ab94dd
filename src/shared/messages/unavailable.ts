/**
 * The one sentence a language's own file cannot carry: that the file did not load. It ships inside
 * the bundle, in each language, so a reader of that language is told in it why the view is in English.
 */
export const UNAVAILABLE: Readonly<Record<string, string>> = {
  fr: 'Les textes en français n’ont pas pu être chargés ; l’affichage est en anglais.',
  es: 'No se pudieron cargar los textos en español; se muestra en inglés.',
  ar: 'تعذّر تحميل النصوص العربية؛ لذا يُعرض هذا باللغة الإنكليزية.',
  ru: 'Не удалось загрузить тексты на русском языке; показано на английском.',
  zh: '无法加载中文文本；现以英文显示。',
};
