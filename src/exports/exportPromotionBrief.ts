import { promotionBrief } from '../core/exports/promotionBrief';
import { documentExport } from './openExport';

/** Prepare the Promotion Conversation: a one-page brief to take to the manager. */
export const exportPromotionBrief = documentExport<true>({
  id: 'devgrowth.export.promotionBrief',
  // The brief covers the plan as it is: there is nothing to pick.
  scope: async () => true,
  build: (index) => promotionBrief(index),
  fileName: () => 'promotion-brief',
});
