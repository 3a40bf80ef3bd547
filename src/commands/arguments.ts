/**
 * The shapes of what commands take, checked before they run (see `defineCommand`): the rows of
 * DevGrowth's views, other commands' prefills, a keybinding's `args`. Each shape accepts what
 * DevGrowth itself passes and says plainly what is wrong with anything else.
 */
import * as vscode from 'vscode';
import * as z from 'zod';
import type { GrowthRoot } from '../workspace/growthWorkspace';
import type { CommandArgument } from './command';
import type { CommandTarget } from './target';

export function argument<T>(name: string, schema: z.ZodType<T>): CommandArgument<T> {
  return { name, schema };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export const uriSchema = z.custom<vscode.Uri>((value) => value instanceof vscode.Uri, { message: 'expected a vscode.Uri' });

/** One of the window's growth plans, as the views hand it over (a folder, its growth folder and its index). */
export const rootSchema = z.custom<GrowthRoot>(
  (value) => isObject(value) && value.uri instanceof vscode.Uri && isObject(value.folder) && isObject(value.index),
  { message: 'expected a growth plan of this window, as a DevGrowth view passes it' },
);

const targetSchema: z.ZodType<CommandTarget> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), root: rootSchema, uri: uriSchema }),
  z.object({ kind: z.literal('goal'), root: rootSchema, uri: uriSchema, goalId: z.string() }),
  z.object({
    kind: z.literal('milestone'),
    root: rootSchema,
    uri: uriSchema,
    goalId: z.string(),
    milestoneId: z.string(),
    index: z.int().nonnegative(),
  }),
]);

/**
 * A row of a DevGrowth view, or nothing (the palette, which then asks). A row that names what it
 * stands for (`target`) must name all of it; other rows are asked about as the palette would.
 */
export const rowArgument = argument('row', z.looseObject({ target: targetSchema.optional() }).nullish());

/**
 * A prefill: answers by name, each optional. Names the command does not know are refused, so a
 * misspelt one is reported rather than silently ignored.
 */
export function prefillArgument<Shape extends z.ZodRawShape>(shape: Shape) {
  return argument('prefill', z.strictObject(shape).partial().optional());
}

/** A prefill of a form-driven command: answers by field name, as text, numbers or yes/no. */
export const formPrefillArgument = argument('prefill', z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional());

/** A value from a list (a status, a format): one of `values`, or nothing to be asked. */
export function choiceArgument<const T extends readonly [string, ...string[]]>(name: string, values: T) {
  return argument(name, z.enum(values).optional());
}
