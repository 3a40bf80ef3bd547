// Builds what the server loads: the extension (the project's own build) and the integration tests.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { findFiles } from './files';
import { integrationBundleDir, integrationSourceDir, projectRoot, webIntegrationBundleDir } from './paths';
import { runCommand } from './processes';
import { minutes } from './timeouts';

export async function buildExtension(): Promise<void> {
  console.log('Building the extension (npm run build)…');
  await runCommand('npm', ['run', '--silent', 'build'], {
    description: 'The extension build (npm run build)',
    cwd: projectRoot,
    timeoutMs: minutes(3),
    onLine: (line) => line.trim() && console.log(`  ${line.trim()}`),
  });
}

/**
 * Bundles the test index and every test/integration/**\/*.test.ts into out/test/integration/,
 * one file each, for the extension host to load. Returns the index's path.
 */
export async function bundleIntegrationTests(): Promise<string> {
  // Start empty so that a deleted test does not keep running from an old bundle.
  fs.rmSync(integrationBundleDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [
      path.join(integrationSourceDir, 'index.ts'),
      ...findFiles(integrationSourceDir, '.test.ts'),
      ...findFiles(integrationSourceDir, '.multiroot.ts'),
    ],
    outdir: integrationBundleDir,
    outbase: integrationSourceDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // The extension host provides `vscode`; mocha loads test files by path, so it stays a runtime dependency.
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    sourcesContent: false,
    logLevel: 'warning',
  });
  return path.join(integrationBundleDir, 'index.js');
}

/**
 * Mocha's browser build is a UMD script: inside a CommonJS bundle it would take over the bundle's
 * `module.exports` (and the host would call mocha's run instead of the runner's). Hiding `module`,
 * `exports` and `define` from it makes it set the global `mocha`, as in a browser page.
 */
const mochaAsGlobal: esbuild.Plugin = {
  name: 'mocha-as-global',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `(function (module, exports, define) {\n${await fs.promises.readFile(args.path, 'utf8')}\n})();`,
      loader: 'js',
    }));
  },
};

/** Test files that need Node (they import a Node module besides assert): they run only in the Node host. */
function needsNode(testFile: string): boolean {
  return /from 'node:(?!assert)/.test(fs.readFileSync(testFile, 'utf8'));
}

/**
 * Bundles the integration tests for the web worker extension host into one self-contained file
 * (that host loads a single script and offers only `vscode`): mocha's browser build, every
 * integration test that does not need Node, and the web runner. Returns the bundle's path.
 */
export async function bundleWebIntegrationTests(): Promise<{ bundle: string; skipped: string[] }> {
  const testFiles = findFiles(integrationSourceDir, '.test.ts');
  const webTests = testFiles.filter((file) => !needsNode(file));
  const bundle = path.join(webIntegrationBundleDir, 'index.js');
  fs.rmSync(webIntegrationBundleDir, { recursive: true, force: true });
  const webDir = path.join(integrationSourceDir, 'web');
  await esbuild.build({
    stdin: {
      // Import order is evaluation order: mocha first, then the suites register, then the runner.
      contents: ['./setup', ...webTests.map((file) => path.relative(webDir, file).replace(/\.ts$/, ''))]
        .map((file) => `import ${JSON.stringify(file)};`)
        .concat("export { run } from './index';")
        .join('\n'),
      resolveDir: webDir,
      sourcefile: 'web-suite.ts',
      loader: 'ts',
    },
    outfile: bundle,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    // The tests' `node:assert/strict` becomes the browser port of Node's assert.
    alias: { 'node:assert/strict': path.join(webDir, 'strictAssert.ts') },
    define: { 'process.env.NODE_DEBUG': 'false' },
    plugins: [mochaAsGlobal],
    sourcemap: 'inline',
    sourcesContent: false,
    logLevel: 'warning',
  });
  return { bundle, skipped: testFiles.filter((file) => needsNode(file)).map((file) => path.relative(projectRoot, file)) };
}
