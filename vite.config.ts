/**
 * Two builds from one source (scripts/build.mjs runs both):
 * - `--mode bundle`: dist/peacekit.js, one self-contained ES module (lit, d3, base map inside) for a
 *   portal page's single script tag, and dist/geo-pko.js, the Geo-PKO converter on its own;
 * - `--mode lib`: dist/lib/, one module per source file, lit, d3, topojson-client and valibot left
 *   as dependencies for applications that bundle their own.
 */
import { readFileSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { transform as lightningcss } from 'lightningcss';
import { minify as terser } from 'terser';
import minifyHTML from 'rollup-plugin-html-literals';
import { defineConfig, type Plugin } from 'vite';

// React is the application's; @lit/react makes the wrappers of peacekit/react.
const external = (id: string) => /^(lit|@lit\/[\w-]+|d3-[\w-]+|topojson-client|valibot|supercluster|react)(\/|$)/.test(id);

// The JS minifier leaves the text of Lit's css`` templates alone: comments, indentation and all. In the
// bundle they go through Lightning CSS (Vite's own CSS minifier) instead: a few KB gzip of DESIGN.md's
// budget. Only templates without interpolations or escapes; the library build keeps the source as it is.
function minifyCssTemplates(): Plugin {
  return {
    name: 'pk-minify-css-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return code.replace(/\bcss`([^`$\\]*)`/g, (template, text: string) => {
        const min = lightningcss({ filename: id, code: Buffer.from(text), minify: true }).code.toString();
        return /[`$\\]/.test(min) ? template : `css\`${min}\``;
      });
    },
  };
}

// Terser over the minified bundle finds about 1 KB gzip more than Rolldown's minifier alone
// (DESIGN.md's budget): inlining and dead-branch removal across what Rolldown has already joined.
// The licence comments of the code the bundle inlines (Lit's 16 `@license` blocks) would cost 454 B
// gzip of that budget where they stand: the minifiers drop them, and each entry file starts instead
// with one line naming the licences and the file beside it that holds their full texts
// (build.license below, Vite's own list of what the bundle inlines).
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const NOTICES = 'THIRD-PARTY-NOTICES.md';
const banner = `/*! peacekit ${version} | MIT | licences of the code it bundles (Lit, d3, topojson-client, supercluster, valibot): ${NOTICES} beside this file */`;
function terserPass(): Plugin {
  return {
    name: 'pk-terser-pass',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const format = chunk.isEntry ? { preamble: banner } : {};
        chunk.code = (await terser(chunk.code, { module: true, ecma: 2022, compress: { passes: 3 }, format })).code ?? chunk.code;
      }
    },
  };
}

// The iframe embed page (docs/embed.md) beside the bundle, dist/embed.html, its script, dist/embed.js, and
// the parent page's listener, dist/embed-resize.js.
// The script shares no code with the bundle (it loads it), so it is built on its own (esbuild, as the
// tests' TypeScript): a third entry in this build would change how rolldown splits the bundle's chunks.
function embedPage(): Plugin {
  return {
    name: 'pk-embed-page',
    async generateBundle() {
      const script = await esbuild({ entryPoints: ['src/embed/embed.ts'], bundle: true, format: 'esm', minify: true, target: 'es2022', write: false, logLevel: 'warning' });
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: script.outputFiles[0].text });
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: readFileSync('src/embed/embed.html', 'utf8') });
      // The parent page's side: a classic script that sets each embed iframe's height from its messages.
      this.emitFile({ type: 'asset', fileName: 'embed-resize.js', source: readFileSync('src/embed/embed-resize.js', 'utf8') });
    },
  };
}

export default defineConfig(({ mode }) => ({
  // Lit's html`` and svg`` templates without the indentation of their source (rollup-plugin-html-literals,
  // the maintained fork of the plugin Lit's docs name), css`` through Lightning CSS, then a terser pass.
  // Where the base map files are, from the module that fetches them (src/geo/map-files.ts): maps/ beside
  // dist/peacekit.js; from dist/lib/geo/, the same dist/maps/. scripts/build.mjs copies them there.
  define: { __PK_MAP_FILES__: JSON.stringify(mode === 'lib' ? '../../maps/' : './maps/') },
  // The templates' and stylesheets' minification applies to both builds (an app that bundles the library
  // minifies its JavaScript but not the markup and CSS inside template literals); the terser pass and the
  // embed page are the script-tag bundle's.
  plugins: [
    ...(mode === 'bundle' || mode === 'lib' ? [{ ...minifyHTML({ include: ['src/**/*.ts'], options: { minifyOptions: { minifyCSS: false } } }), enforce: 'pre' as const }, minifyCssTemplates()] : []),
    ...(mode === 'bundle' ? [terserPass(), embedPage()] : []),
  ],
  // Standard decorators are not used (see tsconfig): esbuild-style legacy decorators keep the
  // output free of raw `@decorator` syntax, which Chromium would reject (TOOLCHAIN.md).
  oxc: { decorator: { legacy: true } },
  build:
    mode === 'lib'
      ? {
          outDir: 'dist/lib',
          emptyOutDir: true,
          sourcemap: true,
          target: 'es2022',
          // One entry per element (peacekit/map, /matrix, /timeline, /dossier, /briefing, /mandates) and the model:
          // an application that imports the timeline bundles the timeline, not the map and its base maps.
          // The same for the React wrappers: peacekit/react (all five), peacekit/react/timeline, ...
          lib: {
            entry: Object.fromEntries(
              [...['index', 'model/index', 'map/index', 'matrix/index', 'timeline/index', 'dossier/index', 'briefing/index', 'mandates/index'], ...['index', 'map', 'matrix', 'timeline', 'dossier', 'briefing'].map((e) => `react/${e}`)].map((e) => [e, `src/${e}.ts`]),
            ),
            formats: ['es'],
          },
          rolldownOptions: { external, output: { preserveModules: true, preserveModulesRoot: 'src' } },
        }
      : {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          license: { fileName: NOTICES },
          // Two self-contained files: the kit, and the Geo-PKO converter for pages that read that
          // dataset (src/bundle.ts says why it is apart). They share no code, so no chunk is split off
          // (rolldown's codeSplitting: false, which guaranteed one file, takes a single entry only).
          lib: { entry: { peacekit: 'src/bundle.ts', 'geo-pko': 'src/geo/geo-pko.ts' }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
          // What the kit imports dynamically (the five language catalogues of src/shared/i18n.ts) is
          // fetched beside it, same origin, on first use: dist/peacekit-fr.js, ... Fixed names, no hash,
          // so a portal copies a known set of files. scripts/check-size.mjs fails on any other chunk.
          // Terser's pass takes a few seconds, most of it over the base map's data: expected, not a warning.
          rolldownOptions: {
            // The entry may export more than its source does, so that code the files loaded on demand
            // share with it (d3-geo, topojson, ...) stays in peacekit.js rather than in a shared chunk
            // that every page would load (rolldown's mergeCommonChunks needs it).
            preserveEntrySignatures: 'allow-extension',
            // The briefing's deck writers (peacekit-deck-pptx.js, peacekit-deck-pdf.js) bundle pptxgenjs and
            // jsPDF. What those libraries import only for features the kit does not use stays an import
            // that never runs: jsPDF's html() and addSvgAsImage() (html2canvas, DOMPurify, canvg), and
            // pptxgenjs's file writing under Node (node:fs, node:https).
            external: ['html2canvas', 'dompurify', 'canvg', /^node:/],
            checks: { bundlerTimings: false },
            output: {
              minify: true,
              chunkFileNames: 'peacekit-[name].js',
              // Everything peacekit.js imports statically stays in it (a group around the entry module,
              // its dependencies included): rolldown's merge of common chunks into the entry gives way
              // when two elements loaded on demand (the briefing, the mandate trends) share modules with
              // it, and would split them into a chunk that every page loads before drawing.
              codeSplitting: { groups: [{ name: 'peacekit', test: (id: string) => /\/src\/bundle\.ts$/.test(id) }] },
            },
          },
        },
}));
