import * as z from 'zod';
import { argument, rootSchema } from '../commands/arguments';
import type { GitSuggestion } from '../core/gitEvidence/suggestion';

/**
 * A row of suggested evidence as the History view hands it to a command: the plan and the
 * suggestion. The actions are on the rows only (hidden from the palette), so without a row a
 * command has nothing to act on.
 */
export const suggestionRowArgument = argument(
  'row',
  z
    .object({
      type: z.literal('gitSuggestion'),
      root: rootSchema,
      suggestion: z.custom<GitSuggestion>(
        (value) => typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string',
        { message: 'expected a suggestion of the History view' },
      ),
    })
    .optional(),
);
