/**
 * Module hook for `depcruise.mjs`: when dependency-cruiser imports `typescript`, it gets the
 * TypeScript 5 compiler API (package `typescript5`), since the project's TypeScript 7 has none.
 */
export async function resolve(specifier, context, next) {
  if (
    (specifier === 'typescript' || specifier.startsWith('typescript/')) &&
    context.parentURL?.includes('/dependency-cruiser/')
  ) {
    return next(specifier.replace(/^typescript/, 'typescript5'), context);
  }
  return next(specifier, context);
}
