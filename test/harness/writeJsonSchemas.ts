// npm run schemas — writes the JSON Schema of each kind's front matter into media/schemas/,
// from the zod schemas in src/core/schema.ts. A unit test fails while they are out of step.
import fs from 'node:fs';
import path from 'node:path';
import { frontMatterJsonSchemaFiles } from '../../src/core/language/jsonSchema';
import { projectRoot } from './paths';

const folder = path.join(projectRoot, 'media', 'schemas');
fs.mkdirSync(folder, { recursive: true });
for (const [name, text] of frontMatterJsonSchemaFiles()) fs.writeFileSync(path.join(folder, name), text);
console.log(`Wrote ${frontMatterJsonSchemaFiles().size} schemas to ${path.relative(projectRoot, folder)}/`);
