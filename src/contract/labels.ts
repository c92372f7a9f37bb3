import type { DecisionCategoryKey } from './resolvers';

/** The decision categories' names, as both the backend's views and the Custom UI show them. */
export const CATEGORY_LABELS: Record<DecisionCategoryKey, string> = {
  technical: 'Technical',
  product: 'Product & UX',
  scope: 'Scope & timeline',
};
