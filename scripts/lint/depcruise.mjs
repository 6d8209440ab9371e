/**
 * Runs dependency-cruiser (`depcruise`, same arguments) with the TypeScript 5 compiler API for
 * parsing: the project compiles with TypeScript 7, which has no JavaScript API, and
 * dependency-cruiser needs one to see type-only imports. Only dependency-cruiser's own imports of
 * `typescript` are redirected (to the `typescript5` package); nothing else changes.
 */
import Module, { register } from 'node:module';

const fromCruiser = (parent) =>
  typeof parent?.filename === 'string' && parent.filename.includes('/dependency-cruiser/');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const redirected =
    (request === 'typescript' || request.startsWith('typescript/')) && fromCruiser(parent)
      ? request.replace(/^typescript/, 'typescript5')
      : request;
  return resolveFilename.call(this, redirected, parent, ...rest);
};
register('./typescript5Hook.mjs', import.meta.url);

// The package exports no path to its command line, so it is loaded from its file.
await import(new URL('../../node_modules/dependency-cruiser/bin/dependency-cruise.mjs', import.meta.url).href);
