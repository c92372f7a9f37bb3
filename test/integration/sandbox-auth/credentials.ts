/** Jira Cloud credentials for the sandbox's demo people, as a script would send them. */
import type { RunningSandbox } from '../../../sandbox/server';
import { DEMO_PEOPLE, type DemoPersonKey } from '../../../sandbox/demo/people';

export interface Credentials {
  email: string;
  apiToken: string;
  accountId: string;
}

/** A demo person's email and API token, read from the sandbox as a user reads api-tokens.json. */
export function credentialsOf(sandbox: RunningSandbox, key: DemoPersonKey): Credentials {
  const { emailAddress, accountId } = DEMO_PEOPLE[key];
  const apiToken = sandbox.jira.apiTokens()[emailAddress];
  if (!apiToken) throw new Error(`the sandbox has no API token for ${emailAddress}`);
  return { email: emailAddress, apiToken, accountId };
}

export const basic = (email: string, apiToken: string): string => `Basic ${Buffer.from(`${email}:${apiToken}`).toString('base64')}`;
export const bearer = (apiToken: string): string => `Bearer ${apiToken}`;

/** GET with only the given headers (no x-sandbox-as), and the JSON body. */
export async function getJson(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: unknown }> {
  const res = await fetch(url, { headers: { accept: 'application/json', ...headers } });
  return { status: res.status, headers: res.headers, body: await res.json() };
}
