// Builds what the server loads: the extension (the project's own build) and the integration tests.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { findFiles } from './files';
import { integrationBundleDir, integrationSourceDir, projectRoot } from './paths';
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
    entryPoints: [path.join(integrationSourceDir, 'index.ts'), ...findFiles(integrationSourceDir, '.test.ts'), ...findFiles(integrationSourceDir, '.multiroot.ts')],
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
