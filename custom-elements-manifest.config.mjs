import { readFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

// The custom-elements manifest (custom-elements.json) is generated from the source's JSDoc
// (@fires, @csspart, @cssprop, @slot) and Lit decorators; Storybook's docs and controls read it.
// The kit registers elements with `define('pk-…', Class)` (safe when loaded twice), which the
// analyzer does not know: the plugin below reads those calls as custom element definitions.
function peacekitDefine() {
  return {
    name: 'peacekit-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'define') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag)) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === cls.getText());
      if (!declaration) return;
      declaration.tagName = tag.text;
      declaration.customElement = true;
      moduleDoc.exports = [...(moduleDoc.exports ?? []), {
        kind: 'custom-element-definition', name: tag.text, declaration: { name: declaration.name, module: moduleDoc.path },
      }];
    },
    // Events the analyzer found without a name (dispatched as typed subclasses, documented by @fires
    // instead), the kit's internal retry request and private members are not part of the public API.
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.events) d.events = d.events.filter((e) => e.name && e.name !== 'pk-retry');
          // Private and protected members (internal state) are not the element's API.
          if (d.members) d.members = d.members.filter((m) => !m.privacy || m.privacy === 'public');
          // The kit-wide design tokens (src/shared/tokens.ts) theme every element: each element's page
          // lists them after its own, so that the manifest names every --pk-* its styles read
          // (test/shared/manifest.test.ts checks it against the styles).
          if (d.customElement) {
            const own = new Set((d.cssProperties ?? []).map((p) => p.name));
            d.cssProperties = [...(d.cssProperties ?? []), ...kitTokens().filter((t) => !own.has(t.name))];
          }
        }
      }
    },
  };
}

/** The public tokens and their defaults, read from the source of src/shared/tokens.ts (its TOKENS table). */
function kitTokens() {
  const source = readFileSync(new URL('./src/shared/tokens.ts', import.meta.url), 'utf8');
  const table = source.slice(source.indexOf('export const TOKENS'), source.indexOf('};', source.indexOf('export const TOKENS')));
  const kind = (name) => (name.includes('font') || name.includes('line-height') ? 'type scale' : name.includes('space') || name.includes('radius') ? 'spacing' : 'palette (light and dark values)');
  return [...table.matchAll(/'(--pk-[a-z0-9-]+)':\s*'([^']*)'/g)].map(([, name, value]) => ({
    name, default: value, description: `Kit-wide design token, ${kind(name)}; inherited, so it can be set on the element or any ancestor.`,
  })).concat({ name: '--pk-font-family', default: 'inherit', description: 'Font of all text; inherits the page\'s font by default.' });
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // Editor completion data, generated from the manifest: VS Code's custom data for HTML (elements,
  // attributes, their values) and CSS (the --pk-* properties, the parts), and JetBrains' web-types
  // (package.json's "web-types" points to it). Shipped in the package; see docs/frameworks.md.
  plugins: [
    peacekitDefine(),
    customElementVsCodePlugin({ outdir: '.', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: '.', webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true }),
  ],
};
