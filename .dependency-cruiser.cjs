/**
 * The layers of MyoTrace and the edges allowed between them (docs/architecture.md):
 *
 *   domain ← schemas ← persistence, model ← store ← ui, scene ← app
 *
 * Run by `npm run lint` (`depcruise src`); tests/app/architecture.test.ts plants violations in a
 * scratch tree and checks that each rule fails.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No module may import itself through others (type-only imports count too).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'src/domain is pure TypeScript run by the app, the CLI and the model generator: it imports only itself (no packages, no node:, no other layer).',
      from: { path: '^src/domain/' },
      to: { pathNot: '^src/domain/' },
    },
    {
      name: 'schemas-read-the-domain-only',
      severity: 'error',
      comment: 'src/schemas checks untrusted input against the domain with Valibot; nothing else.',
      from: { path: '^src/schemas/' },
      to: { pathNot: ['^src/(domain|schemas)/', '(^|/)node_modules/valibot/'] },
    },
    {
      name: 'persistence-below-the-store',
      severity: 'error',
      comment: 'Reading and writing the device storage knows nothing of the store, the panels or the 3D view.',
      from: { path: '^src/persistence/' },
      to: { path: '^src/(store|ui|scene|app)/' },
    },
    {
      name: 'store-below-ui-and-scene',
      severity: 'error',
      comment: 'The store holds inputs and results; it never imports the panels, the 3D view or the app.',
      from: { path: '^src/store/' },
      to: { path: ['^src/(ui|scene|app)/', '(^|/)node_modules/(three|@react-three|react|react-dom)/'] },
    },
    {
      name: 'ui-and-scene-meet-in-the-store',
      severity: 'error',
      comment: 'The panels and the 3D view never import each other; they meet only in the store.',
      from: { path: '^src/ui/' },
      to: { path: '^src/scene/' },
    },
    {
      name: 'scene-and-ui-meet-in-the-store',
      severity: 'error',
      comment: 'The 3D view never imports the panels; they meet only in the store.',
      from: { path: '^src/scene/' },
      to: { path: '^src/ui/' },
    },
    {
      name: 'ui-without-three',
      severity: 'error',
      comment: 'The panels never import three or @react-three (the 3D code stays in its own chunk).',
      from: { path: '^src/ui/' },
      to: { path: '(^|/)node_modules/(three|@react-three)/' },
    },
    {
      name: 'nothing-imports-the-app',
      severity: 'error',
      comment: 'src/app is the composition root: only the entry imports it.',
      from: { path: '^src/', pathNot: ['^src/app/', '^src/main\\.tsx$'] },
      to: { path: '^src/app/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\?url$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
