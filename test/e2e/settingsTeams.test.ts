/**
 * The settings page's Teams section in headless Chromium: the demo's teams as stored (the client's
 * people and the client-team group, the Delivery role); a person added to the client side who is in
 * the Delivery role is refused at both fields, naming them and how; the admin then makes the client
 * team the Client role and the delivery team the delivery-team group, and saves. Light and dark.
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { DEMO_GROUP_IDS, DEMO_ROLE_IDS } from '../../sandbox/demo/teams';
import { personWithRole, testSandbox } from '../support/sandbox';
import { ensureUiBuilt, launchBrowser, openTestPage, SCREENSHOT_DIR } from './support/browser';

jest.setTimeout(240_000);

let sandbox: Awaited<ReturnType<typeof testSandbox>>;
let browser: Browser;
let page: Page;

const settingsPage = (): FrameLocator => page.frameLocator('iframe[title="Engagement health settings"]');

beforeAll(async () => {
  ensureUiBuilt();
  sandbox = await testSandbox();
  browser = await launchBrowser();
  page = await openTestPage(browser, { width: 1280, height: 1000 });
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

test('the admin sees the teams, is told who would be on both sides, and makes the teams a role and a group', async () => {
  const admin = personWithRole(sandbox, 'project-admin');
  const open = async (theme: 'light' | 'dark') => {
    await page.goto(`${sandbox.url}/?view=settings&project=ENG&as=${encodeURIComponent(admin.accountId)}&theme=${theme}`);
    await settingsPage().getByTestId('policy-teams').waitFor({ state: 'visible' });
  };
  await open('light');
  const section = settingsPage().getByTestId('policy-teams');
  const client = section.getByTestId('team-client');
  const delivery = section.getByTestId('team-delivery');

  // As stored: the client's people by name and the client-team group; the delivery team is the Delivery role.
  expect((await client.getByTestId('picker-chip').allTextContents()).map((chip) => chip.replace(/×$/u, ''))).toEqual(['Emily Carter', 'Marcus Reed', 'Linda Okafor', 'Jordan Ellis']);
  expect(await client.getByTestId('team-client-groups').getByRole('checkbox', { name: 'client-team' }).isChecked()).toBe(true);
  expect(await delivery.getByTestId('team-delivery-roles').getByRole('checkbox', { name: 'Delivery' }).isChecked()).toBe(true);
  expect(await section.getByTestId('teams-client-side').textContent()).toMatch(/^The client side is the client team/);

  // Piotr Nowak added to the client side: he is in the delivery-team group acting in the Delivery role.
  await client.getByRole('combobox').fill('Piotr');
  await client.getByRole('option', { name: 'Piotr Nowak' }).click();
  await settingsPage().getByTestId('policy-save').click();
  const clientError = client.getByTestId('field-error').filter({ hasText: 'Also on the delivery team: Piotr Nowak (in the role Delivery). A person can be on one side only.' });
  await clientError.waitFor({ state: 'visible' });
  await delivery.getByTestId('field-error').filter({ hasText: 'Also on the client team: Piotr Nowak (named there).' }).waitFor({ state: 'visible' });
  expect(await delivery.getByTestId('team-delivery-roles').getByRole('checkbox', { name: 'Delivery' }).getAttribute('aria-invalid')).toBe('true');
  expect(await settingsPage().getByTestId('policy-other-errors').count()).toBe(0);
  await section.screenshot({ path: join(SCREENSHOT_DIR, 'settings-teams-refused-light.png') });

  // Instead: the client team is the Client role, the delivery team the delivery-team group.
  await client.getByRole('button', { name: 'Remove Piotr Nowak from People' }).click();
  for (const name of ['Emily Carter', 'Marcus Reed', 'Linda Okafor', 'Jordan Ellis']) await client.getByRole('button', { name: `Remove ${name} from People` }).click();
  await client.getByTestId('team-client-groups').getByRole('checkbox', { name: 'client-team' }).uncheck();
  await client.getByTestId('team-client-roles').getByRole('checkbox', { name: 'Client' }).check();
  await delivery.getByTestId('team-delivery-roles').getByRole('checkbox', { name: 'Delivery' }).uncheck();
  await delivery.getByTestId('team-delivery-groups').getByRole('checkbox', { name: 'delivery-team' }).check();
  await settingsPage().getByTestId('policy-save').click();
  await settingsPage().getByTestId('policy-status').filter({ hasText: /Saved/ }).waitFor({ state: 'visible' });

  const saved = (await sandbox.storage.policies.get('ENG'))!.policy;
  expect(saved.teams).toEqual({
    client: { accountIds: [], groupIds: [], projectRoleIds: [DEMO_ROLE_IDS.client] },
    delivery: { accountIds: [], groupIds: [DEMO_GROUP_IDS.deliveryTeam], projectRoleIds: [] },
  });
  // The history names the change in words.
  await settingsPage().getByTestId('policy-history-entry').first().filter({ hasText: 'Teams · Client team · Project roles' }).waitFor({ state: 'visible' });

  // Read back, light and dark.
  expect(await client.getByTestId('picker-chip').count()).toBe(0);
  await section.screenshot({ path: join(SCREENSHOT_DIR, 'settings-teams-light.png') });
  await open('dark');
  expect(await section.getByTestId('team-client-roles').getByRole('checkbox', { name: 'Client' }).isChecked()).toBe(true);
  await section.screenshot({ path: join(SCREENSHOT_DIR, 'settings-teams-dark.png') });
});
