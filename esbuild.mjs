// Bundles the extension host code (Node, CommonJS) and the webview scripts (browser, IIFE).
// `--production` minifies and drops source maps; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'info',
  legalComments: 'none',
};

/** @type {esbuild.BuildOptions[]} */
const targets = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    // yaml's CommonJS build, which Node resolves to, cannot be tree-shaken; its ES module build
    // (the same code, needing no Node API) can, and leaves out what DevGrowth does not use.
    // @vscode/l10n's Node build adds reading a bundle from a file, which DevGrowth never asks
    // of it (it hands over VS Code's bundle).
    alias: { yaml: './node_modules/yaml/browser/index.js', '@vscode/l10n': './node_modules/@vscode/l10n/dist/browser.js' },
  },
  // The same extension for VS Code for the web (vscode.dev, github.dev): no Node API is used,
  // every file goes through vscode.workspace.fs, so one source builds for both hosts.
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
  },
  // One script and one stylesheet per webview: media/<name>/main.ts and the CSS it imports.
  {
    ...common,
    entryPoints: { forms: 'media/forms/main.ts', dashboard: 'media/dashboard/main.ts' },
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
  // The codicon stylesheet and its font, copied next to the webview bundles so that the package
  // ships them without any of node_modules.
  {
    ...common,
    entryPoints: { codicon: '@vscode/codicons/dist/codicon.css' },
    outdir: 'dist/webview',
    loader: { '.ttf': 'file' },
    assetNames: '[name]',
  },
];

if (watch) {
  const contexts = await Promise.all(targets.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(targets.map((options) => esbuild.build(options)));
}
