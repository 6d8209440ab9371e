/**
 * The static import graph of a module, read with the TypeScript 5 compiler API (the `typescript5`
 * dev dependency; the project's TypeScript 7 has no JavaScript API). Follows what a bundler keeps
 * in the same chunk: `import … from`, `import '…'` and `export … from`, but not `import type`,
 * `export type`, imports whose every name is a type, nor `import()` (a lazy chunk). Only project
 * files are followed (relative specifiers); packages and `?url`, `.css` imports are left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript5';

/** The runtime specifiers a source text imports statically. */
export function staticSpecifiers(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const out: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        clause.name === undefined &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (node.isTypeOnly) continue;
      const clause = node.exportClause;
      if (
        clause &&
        ts.isNamedExports(clause) &&
        clause.elements.length > 0 &&
        clause.elements.every((e) => e.isTypeOnly)
      )
        continue;
      out.push(node.moduleSpecifier.text);
    }
  }
  return out;
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The project file a relative specifier names, or null (a package, an asset, a stylesheet). */
function resolveSpecifier(from: string, spec: string): string | null {
  if (!spec.startsWith('.') || spec.includes('?') || /\.(css|glb|json|svg|png)$/.test(spec)) return null;
  const base = resolve(dirname(from), spec);
  for (const ext of EXTENSIONS) {
    const p = base + ext;
    if (/\.(ts|tsx)$/.test(p) && existsSync(p)) return p;
  }
  throw new Error(`${from}: cannot resolve ${spec}`);
}

/**
 * Every project file the entry reaches through static imports (the entry included), each mapped
 * to the file that first imported it, as paths relative to `root`.
 */
export function staticGraph(entry: string, root = process.cwd()): Map<string, string | null> {
  const seen = new Map<string, string | null>();
  const start = resolve(root, entry);
  const queue: [string, string | null][] = [[start, null]];
  while (queue.length > 0) {
    const [file, parent] = queue.shift()!;
    const rel = relative(root, file);
    if (seen.has(rel)) continue;
    seen.set(rel, parent);
    for (const spec of staticSpecifiers(file, readFileSync(file, 'utf8'))) {
      const next = resolveSpecifier(file, spec);
      if (next) queue.push([next, rel]);
    }
  }
  return seen;
}

/** How the entry reaches a file: the chain of importers, entry first. */
export function chainTo(graph: Map<string, string | null>, file: string): string[] {
  const chain: string[] = [];
  for (let f: string | null | undefined = file; f; f = graph.get(f)) chain.unshift(f);
  return chain;
}
