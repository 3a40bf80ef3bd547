// npm run install-local — packs DevGrowth into its .vsix and installs it into the extensions
// folder of the harness's VS Code server build (.vscode-server/extensions/), replacing an earlier
// install of the same version. `npm start -- --installed` then serves VS Code with that package,
// as a user who installed the .vsix has it, instead of this folder.
import path from 'node:path';
import { installPackage, packageExtension } from './installPackage';
import { runMain } from './lifecycle';
import { displayPath, installedExtensionsDir } from './paths';

async function main(): Promise<number> {
  const vsix = await packageExtension();
  await installPackage(vsix, installedExtensionsDir);
  console.log(
    `\nInstalled ${path.basename(vsix)} into ${displayPath(installedExtensionsDir)}/.\n` +
      `Serve VS Code with it (and the demo plan): npm start -- --installed`,
  );
  return 0;
}

runMain(main);
