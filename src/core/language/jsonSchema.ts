/**
 * A JSON Schema of each kind's front matter, made from the zod schemas the reader checks
 * files with (so the two cannot disagree), for other tools to validate growth files with.
 * The package ships them in media/schemas/; a unit test keeps those files in step.
 */
import * as z from 'zod';
import { FILE_KINDS, isoDate, SCHEMAS, SCHEMA_VERSION, type FileKind } from '../schema';
import { keyDoc } from './keyDocs';

/** The file name of a kind's schema in media/schemas/. */
export function jsonSchemaFileName(kind: FileKind): string {
  return `${kind}.schema.json`;
}

/** The key path a JSON Schema path stands for (`properties.milestones.items.properties.due` → `milestones[].due`). */
function keyPath(path: readonly (string | number)[]): string | undefined {
  let text = '';
  for (let position = 0; position < path.length; position++) {
    const step = path[position];
    if (step === 'properties') {
      const key = path[++position];
      if (typeof key !== 'string') return undefined;
      text = text ? `${text}.${key}` : key;
    } else if (step === 'items') text += '[]';
    else if (step === 'anyOf' || step === 'oneOf' || step === 'allOf') position++;
    else return undefined;
  }
  return text || undefined;
}

export function frontMatterJsonSchema(kind: FileKind): Record<string, unknown> {
  const schema = z.toJSONSchema(SCHEMAS[kind], {
    io: 'input',
    unrepresentable: 'any',
    override: (context) => {
      if (context.zodSchema === (isoDate as unknown)) context.jsonSchema.format = 'date';
      const path = keyPath(context.path);
      const description = path && keyDoc(kind, path);
      if (description && !context.jsonSchema.description) context.jsonSchema.description = description;
    },
  });
  return {
    ...schema,
    title: `DevGrowth ${kind} (format ${SCHEMA_VERSION})`,
    description: `The YAML front matter of a DevGrowth ${kind} file.`,
  };
}

/** Every kind's schema, as the text of its file. */
export function frontMatterJsonSchemaFiles(): Map<string, string> {
  return new Map(FILE_KINDS.map((kind) => [jsonSchemaFileName(kind), `${JSON.stringify(frontMatterJsonSchema(kind), null, 2)}\n`]));
}
