// custom-elements.json from the widgets' JSDoc (@summary @attr @event @slot @csspart @cssproperty), for
// Storybook's docs pages, and vscode.html-custom-data.json for editor autocompletion. Widgets register
// through MotcuaElement.define in their define module, which the analyzer cannot follow, so the tag
// comes from the folder convention: the class in src/<name>/<name>.component.ts is <motcua-<name>>.
import { writeFileSync } from 'node:fs';

function motcuaTags() {
  /** Per class name, the reactive properties its `static properties` declares with `state: true`. */
  const states = new Map();
  return {
    name: 'motcua-tags',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        const names = new Set();
        for (const prop of member.initializer.properties) {
          if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
          const state = prop.initializer.properties.some(
            (o) =>
              ts.isPropertyAssignment(o) &&
              o.name.getText() === 'state' &&
              o.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (state) names.add(prop.name.getText().replace(/^['"]|['"]$/g, ''));
        }
        states.set(node.name.getText(), names);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in the order the file system gives them: sort, so each build writes
      // the same files and a diff shows only what changed.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const mod of customElementsManifest.modules) {
        const m = mod.path.match(/^src\/([a-z-]+)\/\1\.component\.ts$/);
        if (!m) continue;
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class' || !decl.superclass) continue;
          // Internal state is declared in `static properties` with `state: true`, which the analyzer
          // takes for attributes: Lit gives such a property no attribute, whatever its privacy, and a
          // private or protected field is not public API either.
          const internal = new Set([
            ...(states.get(decl.name) ?? []),
            ...(decl.members ?? []).filter((x) => x.privacy && x.privacy !== 'public').map((x) => x.name),
          ]);
          decl.attributes = decl.attributes?.filter((a) => !internal.has(a.fieldName));
          // Every widget event is named motcua-…; the analyzer also reports the base's emit(name), whose
          // name is a parameter, as an event called "name".
          decl.events = decl.events?.filter((e) => e.name.startsWith('motcua-'));
          for (const x of decl.members ?? []) if (internal.has(x.name)) delete x.attribute;
          decl.customElement = true;
          decl.tagName = `motcua-${m[1]}`;
          mod.exports = [
            ...(mod.exports ?? []),
            {
              kind: 'custom-element-definition',
              name: decl.tagName,
              declaration: { name: decl.name, module: mod.path },
            },
          ];
        }
      }
      // VS Code custom data: tags and their attributes with descriptions.
      const tags = customElementsManifest.modules.flatMap((mod) =>
        (mod.declarations ?? [])
          .filter((d) => d.tagName)
          .map((d) => ({
            name: d.tagName,
            description: [d.summary, d.description].filter(Boolean).join('\n\n'),
            attributes: (d.attributes ?? []).map((a) => ({ name: a.name, description: a.description ?? '' })),
          })),
      );
      writeFileSync('vscode.html-custom-data.json', `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/autoloader.ts', 'src/**/fixtures/**'],
  outdir: '.',
  litelement: true,
  plugins: [motcuaTags()],
};
