/** Word lists for a storefront replatforming project, and the sentences built from them. */
import type { Rng } from './random';

export const AREAS = [
  'Checkout', 'Cart', 'Product page', 'Search', 'Category listing', 'Account', 'Wishlist', 'Promotions',
  'Gift cards', 'Store locator', 'Order history', 'Payments', 'Shipping', 'Returns', 'Inventory sync',
  'CMS', 'Analytics', 'Loyalty', 'Header navigation', 'Mini-cart', 'Reviews', 'Size guide', 'Email receipts',
  'Click & collect', 'Address book', 'Product feed', 'Sitemap', 'Admin console',
] as const;

const STORY_VERBS = ['show', 'let shoppers edit', 'remember', 'filter by', 'sort by', 'validate', 'pre-fill', 'save', 'compare', 'share', 'preview', 'track'];
const STORY_OBJECTS = [
  'delivery estimate', 'saved payment methods', 'size and colour variants', 'promo code', 'store stock levels',
  'recently viewed products', 'order status', 'gift message', 'shipping address', 'loyalty points balance',
  'price and availability', 'return reason', 'product badges', 'back-in-stock alerts', 'split shipments',
  'tax breakdown', 'guest checkout details', 'store pickup slot', 'wishlist items', 'customer reviews',
];
const TASK_TEMPLATES = [
  'Migrate {area} data from the legacy platform',
  'Set up feature flag for {area}',
  'Add monitoring dashboards for {area}',
  'Upgrade {lib} in the {area} service',
  'Write contract tests for the {area} API',
  'Load test {area} for holiday traffic',
  'Document the {area} integration',
  'Remove legacy {area} endpoints',
  'Configure CDN caching rules for {area}',
  'Automate regression suite for {area}',
];
const LIBS = ['Node.js runtime', 'React', 'payment SDK', 'search client', 'GraphQL gateway', 'image pipeline', 'logging library'];
const BUG_SYMPTOMS = [
  'total does not update after removing an item', 'spinner never stops', 'wrong currency symbol shown',
  'page crashes when the list is empty', 'duplicate order confirmation email', 'layout breaks on small screens',
  'promo code applied twice', 'address autocomplete returns wrong city', 'images load at full resolution',
  'session lost after login', 'tax rounded incorrectly', 'back button loses filters', 'out-of-stock item can be added',
  'accessibility: focus trapped in modal', 'slow response over 5 s', 'price differs from product feed',
];
const PLATFORMS = ['iOS Safari', 'Android Chrome', 'desktop Firefox', 'desktop Chrome', 'Edge', 'the mobile app webview', 'tablet'];
export const EPIC_NAMES = [
  'Checkout redesign', 'Search and discovery', 'Customer accounts', 'Payments modernisation', 'Order management integration',
  'Promotions engine', 'Store inventory visibility', 'Performance and Core Web Vitals', 'Loyalty programme', 'Returns self-service',
  'Content management migration', 'Holiday readiness', 'Accessibility compliance', 'Analytics and tagging', 'Gift cards',
];
export const SPRINT_GOALS = [
  'Ship the new cart to 10 % of traffic', 'Finish guest checkout end to end', 'Search relevance on the new index',
  'Payments sandbox sign-off', 'Account pages feature-complete', 'Stabilise the release candidate', 'Store pickup pilot',
  'Promotions rules parity with legacy', 'Performance budget under 2.5 s LCP', 'Returns portal beta',
];
const COMMENTS_DELIVERY = [
  'Implementation is on the branch; waiting for review.', 'Added unit and contract tests for the edge cases.',
  'Deployed to staging, please have a look.', 'Split the remaining work into a follow-up ticket.',
  'Root cause found: a race between the cart refresh and the promo call.', 'Verified on staging, ready for acceptance.',
  'We need the final copy for the error message before we can finish this.', 'Estimate revised after the spike.',
];
const COMMENTS_CLIENT = [
  'Looks good on staging. One small copy change: use "Delivery" instead of "Shipping".',
  'Confirmed with marketing, go ahead with option B.', 'Can we get this before the holiday code freeze?',
  'Accepted. Thanks team!', 'Customers reported this again today, raising priority.',
  'Please keep the legacy behaviour for wholesale accounts.',
];
export const AREA_LABELS = ['frontend', 'backend', 'api', 'infra', 'ux', 'performance'];
export const CHANGE_REQUESTS = [
  'Request changes: the button copy does not match the approved design.',
  'Request changes: the delivery estimate must include Saturday deliveries.',
  'Request changes: please keep the old sort order as the default.',
  'Request changes: error message should tell the shopper what to do next.',
];
export const BLOCKER_REASONS = [
  'Blocked: waiting for production credentials for the payment provider.',
  'Blocked: the legacy order API returns 500 for split shipments; client IT is investigating.',
  'Blocked: need a decision on the returns policy copy before we can continue.',
  'Blocked: staging environment is down after the client network change.',
  'Blocked: waiting for the tax service sandbox account.',
];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function storySummary(rng: Rng): string {
  return `${rng.pick(AREAS)}: ${rng.pick(STORY_VERBS)} ${rng.pick(STORY_OBJECTS)}`;
}

export function taskSummary(rng: Rng): string {
  return rng.pick(TASK_TEMPLATES).replace('{area}', rng.pick(AREAS).toLowerCase()).replace('{lib}', rng.pick(LIBS));
}

export function bugSummary(rng: Rng): string {
  return `${rng.pick(AREAS)}: ${rng.pick(BUG_SYMPTOMS)} on ${rng.pick(PLATFORMS)}`;
}

export function storyDescription(summary: string): string {
  const [area, rest] = summary.split(': ');
  return `As a shopper using ${area ?? 'the store'}, I want the site to ${rest ?? summary} so that I can complete my purchase with confidence.`;
}

export function bugDescription(summary: string, byClient: boolean): string {
  return `${cap(summary)}. ${byClient ? 'Reported by customers through the care team.' : 'Found during regression testing.'} Steps to reproduce are in the attached recording.`;
}

export const commentText = (rng: Rng, client: boolean): string => rng.pick(client ? COMMENTS_CLIENT : COMMENTS_DELIVERY);

/** A one-paragraph Atlassian Document Format document. */
export function adf(text: string): unknown {
  return { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}
