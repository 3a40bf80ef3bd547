// The architecture of the extension, checked by `npm run lint:architecture` (part of `npm test`).
// Each rule's comment is what a broken rule prints next to the file that breaks it.

/** Adapters every feature may use: the services `activate` builds, and the kit they are built with. */
const SHARED = [
  '^src/core/',
  '^src/common/',
  '^src/platform/',
  '^src/workspace/',
  '^src/config\\.ts$',
  '^src/services\\.ts$',
  // The command kit (one way to define and register a command, the shapes of its arguments, the pickers of a target).
  '^src/commands/(command|arguments|pick|target)\\.ts$',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-vscode',
      severity: 'error',
      comment:
        'src/core is pure TypeScript run in plain Node and in the browser: it may not import vscode, not even `import type`. Take what it needs as a parameter or a small interface.',
      from: { path: '^src/core/' },
      to: { path: '(^|/)vscode$|(^|/)@types/vscode/' },
    },
    {
      name: 'core-imports-only-core',
      severity: 'error',
      comment: 'src/core may import only src/core and npm packages, never an adapter, a feature, media or a test.',
      from: { path: '^src/core/' },
      to: { path: '^(src|media|test)/', pathNot: '^src/core/' },
    },
    {
      name: 'core-imports-no-node-builtins',
      severity: 'error',
      comment: 'src/core also runs in VS Code for the Web: no Node built-ins (fs, path, ...). Reach files through the adapters.',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'features-stay-apart',
      severity: 'error',
      comment:
        "A feature folder (src/tree, src/forms, ...) may not import another feature: use what src/services.ts exposes, the shared adapters (src/common, src/workspace, src/config.ts, the command kit), or run the other feature's command by its id.",
      from: { path: '^src/([^/]+)/', pathNot: ['^src/core/', '^src/common/', '^src/platform/', '^src/workspace/'] },
      to: { path: '^src/([^/]+)/', pathNot: ['^src/$1/', ...SHARED] },
    },
    {
      name: 'shared-adapters-import-no-feature',
      severity: 'error',
      comment:
        "The shared adapters (src/common, src/platform, src/workspace, src/config.ts) are below the features: they may not import one. src/services.ts may name a feature's type it exposes.",
      from: { path: ['^src/common/', '^src/platform/', '^src/workspace/', '^src/config\\.ts$'] },
      to: { path: '^src/', pathNot: SHARED },
    },
    {
      name: 'media-imports-only-protocols',
      severity: 'error',
      comment:
        'Webview code (media/) runs in the browser, apart from the extension: it may import media/, the protocols (src/*/protocol.ts) and the pure core modules the protocols speak in (src/core), never an adapter.',
      from: { path: '^media/' },
      to: { path: '^(src|test)/', pathNot: ['^src/[^/]+/protocol\\.ts$', '^src/core/'] },
    },
    {
      name: 'media-imports-no-vscode',
      severity: 'error',
      comment: 'Webview code talks to the extension only through messages: it may not import vscode.',
      from: { path: '^media/' },
      to: { path: '(^|/)vscode$|(^|/)@types/vscode/' },
    },
    {
      name: 'src-imports-no-tests',
      severity: 'error',
      comment: 'Shipped code may not import tests or their fixtures.',
      from: { path: '^(src|media)/' },
      to: { path: '^test/' },
    },
    {
      name: 'no-circular-core',
      severity: 'error',
      comment: 'Modules of src/core may not import each other in a circle: it hides which one is the base.',
      from: { path: '^src/core/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // `import type` counts: a type from vscode in core is as wrong as a value.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    exclude: { path: ['^node_modules/', '^dist/'] },
  },
};
