/**
 * An export that could not be made. `blocked`: the page's Content-Security-Policy refused the images
 * a PNG is drawn through (`img-src` without `blob:` or `data:`). Apart from the export code, which
 * loads once an element has drawn (export-kit.ts), so that an element can name the failure without it.
 */
export class ExportError extends Error {
  constructor(message: string, readonly blocked: boolean) {
    super(message);
    this.name = 'ExportError';
  }
}
