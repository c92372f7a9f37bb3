import type { SandboxUser } from '../model';
import type { Store } from '../store';

export function avatarUrls(baseUrl: string, accountId: string): Record<'16x16' | '24x24' | '32x32' | '48x48', string> {
  const url = (size: number) => `${baseUrl}/secure/useravatar?size=${size}&ownerId=${encodeURIComponent(accountId)}`;
  return { '16x16': url(16), '24x24': url(24), '32x32': url(32), '48x48': url(48) };
}

/** Jira's User / UserDetails object. */
export function userJson(store: Store, user: SandboxUser): Record<string, unknown> {
  const base = store.baseUrl;
  return {
    self: `${base}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    accountType: 'atlassian',
    emailAddress: user.emailAddress,
    avatarUrls: avatarUrls(base, user.accountId),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
  };
}

export function userJsonById(store: Store, accountId: string | null | undefined): Record<string, unknown> | null {
  if (!accountId) return null;
  const user = store.user(accountId);
  if (user) return userJson(store, user);
  if (accountId === APP_ACCOUNT_ID) return appUserJson(store);
  // A user that no longer exists: Jira still names the account.
  return {
    self: `${store.baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`,
    accountId,
    accountType: 'atlassian',
    avatarUrls: avatarUrls(store.baseUrl, accountId),
    displayName: 'Former user',
    active: false,
  };
}

export const APP_ACCOUNT_ID = '557058:sandbox-engagement-health-app';

/** The app's own user, as Jira answers /myself for an app. */
export function appUserJson(store: Store): Record<string, unknown> {
  return {
    self: `${store.baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(APP_ACCOUNT_ID)}`,
    accountId: APP_ACCOUNT_ID,
    accountType: 'app',
    avatarUrls: avatarUrls(store.baseUrl, APP_ACCOUNT_ID),
    displayName: 'Engagement Health for Jira',
    active: true,
    timeZone: 'UTC',
  };
}
