// Copies the end-to-end screenshots the README shows into docs/images/, so the README always
// shows the product as the last end-to-end run saw it. Run after `npm run test:e2e`.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot, screenshotsDir } from './paths';

const readmeImages: Record<string, string> = {
  'sidebar.png': 'the-devgrowth-sidebar--03-expand-the-short-term-goal.png',
  'nudge.png': 'the-status-bar-nudge--02-hover-the-nudge.png',
  'new-goal.png': 'creating-a-goal-through-the-quick-input--02-a-vague-title-is-flagged.png',
  'editing.png': 'editing-a-growth-file-by-hand--02-the-status-of-a-goal-is-completed-from-its-vocabulary.png',
};

const target = path.join(projectRoot, 'docs', 'images');
fs.mkdirSync(target, { recursive: true });
for (const [name, source] of Object.entries(readmeImages)) {
  const from = path.join(screenshotsDir, source);
  if (!fs.existsSync(from)) {
    console.error(`Missing ${from}: run \`npm run test:e2e\` first.`);
    process.exit(1);
  }
  fs.copyFileSync(from, path.join(target, name));
  console.log(`docs/images/${name} ← ${source}`);
}
