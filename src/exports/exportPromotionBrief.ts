import { promotionBrief } from '../core/exports/promotionBrief';
import * as z from 'zod';
import { argument } from '../commands/arguments';
import { CommandId } from '../core/commandIds';
import { documentExport } from './openExport';

/** Prepare the Promotion Conversation: a one-page brief to take to the manager. */
export const exportPromotionBrief = documentExport({
  id: CommandId.ExportPromotionBrief,
  // The brief covers the plan as it is: there is nothing to pick, so the scope is `true` (the whole plan) or left out.
  scopeArgument: argument('scope', z.literal(true).optional()),
  scope: async () => true as const,
  build: (index) => promotionBrief(index),
  fileName: () => 'promotion-brief',
});
