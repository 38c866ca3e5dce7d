// Builds the CDN files into dist/cdn/. A widget is a folder src/<name>/ whose define module is
// src/<name>/<name>.ts; its tag is motcua-<name>. Output:
//   dist/cdn/<tag>.js                 one self-contained, minified ES module per widget (Lit included)
//   dist/cdn/motcua.js                the autoloader, pointing at the versioned split build below
//   dist/cdn/<version>/<tag>.<hash>.js          widgets sharing one Lit chunk (several widgets, one Lit)
//   dist/cdn/<version>/shared.<hash>.js         the shared chunk(s)
//   dist/cdn/<version>/standalone/<tag>.<hash>.js   self-contained copies, for pages with one widget
//   <tag>.en.<hash>.js beside every widget file above: its English strings, a module of their own that
//                                     the widget imports only when it renders in English
//   dist/cdn/<version>/motcua.<hash>.js         the autoloader for this version (immutable, cache forever)
//   dist/cdn/<version>/manifest.json and dist/cdn/manifest.json: files, SRI hashes, sizes (min, gzip)
// Content-hashed names under a version folder can be cached for a year and pinned with SRI.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as esbuild, transform } from 'esbuild';
import { minify } from 'terser';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/** Every widget folder with a define module, sorted by name. */
export function listWidgets() {
  return readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(src, d.name, `${d.name}.ts`)))
    .map((d) => ({ name: d.name, tag: `motcua-${d.name}`, entry: join(src, d.name, `${d.name}.ts`) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

/**
 * Minifies the CSS in css`` templates of *.styles.ts files with esbuild's CSS minifier: comments and
 * indentation go, the rules stay as written. A template with an interpolation or a backslash is left
 * as it is (its text is not plain CSS), as is any template esbuild reports a problem in.
 */
export const minifyCss = {
  name: 'motcua-minify-css',
  setup(b) {
    b.onLoad({ filter: /\.styles\.ts$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      const parts = [];
      let last = 0;
      for (const m of source.matchAll(/\bcss`([^`]*)`/g)) {
        parts.push(source.slice(last, m.index));
        last = m.index + m[0].length;
        const text = m[1];
        if (text.includes('${') || text.includes('\\')) {
          parts.push(m[0]);
          continue;
        }
        const out = await transform(text, { loader: 'css', minify: true, logLevel: 'silent' });
        // esbuild keeps the space after a custom property's colon; CSS drops it anyway (css-variables-1).
        const code = out.code
          .trim()
          .replace(/(--[\w-]+): /g, '$1:')
          .replace(/var\((--[\w-]+), /g, 'var($1,');
        parts.push(out.warnings.length ? m[0] : `css\`${code}\``);
      }
      parts.push(source.slice(last));
      return { contents: parts.join(''), loader: 'ts' };
    });
  },
};

/**
 * Collapses the indentation in html`` templates of the widgets' modules (src/, styles aside): each run of white space that
 * holds a line break becomes one space, which renders the same under `white-space: normal` (between
 * tags, between attributes, in text). Only the templates' literal text changes, never the bindings; a
 * template with a backslash (its raw and cooked text differ), a <pre> or a <textarea> with content is
 * left as it is.
 */
export const minifyHtml = {
  name: 'motcua-minify-html',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!args.path.startsWith(src) || args.path.endsWith('.styles.ts')) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const file = ts.createSourceFile(args.path, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
      const ranges = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
          const t = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(t)
            ? [t]
            : [t.head, ...t.templateSpans.map((s) => s.literal)];
          const text = parts.map((p) => source.slice(p.getStart(file), p.end)).join('');
          if (!/\\|<pre\b|<textarea\b[^>]*>(?!<\/textarea>)/i.test(text)) {
            for (const p of parts) ranges.push([p.getStart(file), p.end]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = '';
      let last = 0;
      for (const [start, end] of ranges.sort((x, y) => x[0] - y[0])) {
        out += source.slice(last, start) + source.slice(start, end).replace(/[ \t]*\n\s*/g, ' ');
        last = end;
      }
      return { contents: out + source.slice(last), loader: 'ts' };
    });
  },
};

const common = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2021',
  legalComments: 'none',
  conditions: ['source'],
  tsconfig: join(root, 'tsconfig.build.json'),
  logLevel: 'warning',
  metafile: true,
  plugins: [minifyCss, minifyHtml],
};

/**
 * A second minifying pass with terser over every JavaScript file esbuild wrote: its compressor folds
 * what esbuild's single pass leaves (repeated property reads, conditionals, unused returns), about
 * 1-3% of each file after gzip. Safe options only (no `unsafe*`), as modules; names of exports and
 * file names stay as esbuild chose them, so imports between chunks keep working.
 */
async function polish(result) {
  for (const output of Object.keys(result.metafile.outputs)) {
    if (!output.endsWith('.js')) continue;
    const file = resolve(output);
    const code = readFileSync(file, 'utf8');
    const out = await minify(code, { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
    if (out.code && out.code.length < code.length) writeFileSync(file, out.code);
  }
  return result;
}

/** esbuild, then the terser pass over what it wrote. */
const build = async (options) => polish(await esbuild(options));

/** Size and Subresource Integrity of one built file. */
function describe(file, out) {
  const bytes = readFileSync(file);
  return {
    file: relative(out, file).split('\\').join('/'),
    integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
    bytes: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
  };
}

/**
 * Modules a widget loads on demand (any `import('./…')` of a relative path in src/) become files of
 * their own beside the widget file, `<tag>.<name>.<hash>.js`, built once per folder: a widget's strings
 * in other languages (`import('./locales/en.js')`) and modes most pages never use
 * (`import('./lookup.js')` in the feedback box). Without this, esbuild would
 * inline them (no splitting) or move its helpers into a chunk the self-contained file would import.
 * Such a module must not pull in Lit (the widget hands it what it needs): the build fails if it does.
 */
function lazyModules(outdir, written) {
  return {
    name: 'motcua-lazy-modules',
    setup(b) {
      b.onResolve({ filter: /^\.{1,2}\/.*\.js$/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || !args.importer.startsWith(src)) return undefined;
        const source = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
        const key = `${outdir}\0${source}`;
        if (!written.has(key)) {
          const tag = `motcua-${basename(dirname(args.importer))}`;
          const name = basename(source, '.ts');
          const one = await build({
            ...common,
            entryPoints: { [`${tag}.${name}`]: source },
            outdir,
            entryNames: '[name].[hash]',
          });
          const output = Object.keys(one.metafile.outputs).find((o) => o.endsWith('.js'));
          const lit = Object.keys(one.metafile.outputs[output].inputs).filter((i) =>
            /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(i),
          );
          if (lit.length)
            throw new Error(
              `${relative(root, source)} is loaded on demand but bundles Lit (${lit[0]}); import Lit as a type only.`,
            );
          written.set(key, join(process.cwd(), output));
        }
        return { path: `./${basename(written.get(key))}`, external: true };
      });
    },
  };
}

/** Files an output loads on demand (its strings in other languages), as absolute paths. */
function lazyImports(metafile, output, written) {
  const files = new Map([...written.values()].map((f) => [basename(f), f]));
  return (metafile.outputs[output]?.imports ?? [])
    .filter((i) => i.kind === 'dynamic-import' && i.external)
    .map((i) => files.get(basename(i.path)))
    .filter(Boolean);
}

/** Static imports of an output file, transitively, from esbuild's metafile (paths relative to cwd). */
function closure(metafile, output, seen = new Set()) {
  for (const imp of metafile.outputs[output]?.imports ?? []) {
    if (imp.kind !== 'import-statement' || seen.has(imp.path)) continue;
    seen.add(imp.path);
    closure(metafile, imp.path, seen);
  }
  return seen;
}

/** Builds everything into `out` (default dist/cdn) and returns the manifest. */
export async function buildCdn(out = join(root, 'dist', 'cdn')) {
  const widgets = listWidgets();
  const versioned = join(out, version);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(versioned, 'standalone'), { recursive: true });
  const cwd = process.cwd();
  const abs = (p) => join(cwd, p);
  const written = new Map();

  // Split build: widgets on one page share Lit and the base element.
  const split = await build({
    ...common,
    entryPoints: Object.fromEntries(widgets.map((w) => [w.tag, w.entry])),
    outdir: versioned,
    splitting: true,
    entryNames: '[name].[hash]',
    chunkNames: 'shared.[hash]',
    plugins: [minifyCss, minifyHtml, lazyModules(versioned, written)],
  });
  const manifest = { version, widgets: {}, shared: [], autoloader: null };
  for (const [output, meta] of Object.entries(split.metafile.outputs)) {
    if (!meta.entryPoint) {
      if (output.endsWith('.js')) manifest.shared.push(describe(abs(output), versioned));
      continue;
    }
    const widget = widgets.find((w) => relative(cwd, w.entry) === meta.entryPoint);
    if (!widget) continue;
    manifest.widgets[widget.tag] = {
      ...describe(abs(output), versioned),
      imports: [...closure(split.metafile, output)].map((p) => relative(versioned, abs(p)).split('\\').join('/')),
      lazy: lazyImports(split.metafile, output, written).map((f) => describe(f, versioned)),
    };
  }

  // Self-contained files: one per widget, hashed in the version folder and a plain copy at the top.
  // The file holds everything the widget needs in Vietnamese, so its size is what a Vietnamese page
  // loads; an English page also fetches the <tag>.en.<hash>.js beside it (copied beside the plain copy).
  for (const w of widgets) {
    const one = await build({
      ...common,
      entryPoints: { [w.tag]: w.entry },
      outdir: join(versioned, 'standalone'),
      entryNames: '[name].[hash]',
      plugins: [minifyCss, minifyHtml, lazyModules(join(versioned, 'standalone'), written)],
    });
    const output = Object.keys(one.metafile.outputs).find((o) => o.endsWith('.js'));
    const file = abs(output);
    const lazy = lazyImports(one.metafile, output, written);
    manifest.widgets[w.tag].standalone = {
      ...describe(file, versioned),
      lazy: lazy.map((f) => describe(f, versioned)),
    };
    writeFileSync(join(out, `${w.tag}.js`), readFileSync(file));
    for (const f of lazy) writeFileSync(join(out, basename(f)), readFileSync(f));
  }

  // Autoloaders: the versioned one maps tags to files beside it; the top-level motcua.js to the version folder.
  const loader = async (files, options) =>
    build({
      ...common,
      entryPoints: [join(src, 'autoloader.ts')],
      define: { MOTCUA_WIDGETS: JSON.stringify(files) },
      ...options,
    });
  const mapping = (prefix) =>
    Object.fromEntries(widgets.map((w) => [w.tag, `${prefix}${manifest.widgets[w.tag].file}`]));
  const hashed = await loader(mapping('./'), { outdir: versioned, entryNames: 'motcua.[hash]' });
  manifest.autoloader = describe(abs(Object.keys(hashed.metafile.outputs).find((o) => o.endsWith('.js'))), versioned);
  await loader(mapping(`./${version}/`), { outfile: join(out, 'motcua.js') });
  manifest.latest = describe(join(out, 'motcua.js'), out);

  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  writeFileSync(join(versioned, 'manifest.json'), text);
  writeFileSync(join(out, 'manifest.json'), text);
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = await buildCdn();
  console.log(
    `cdn: ${Object.keys(manifest.widgets).length} widget(s), motcua.js and manifest.json in dist/cdn/${version}/`,
  );
}
