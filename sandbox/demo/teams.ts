/**
 * The demo engagement's two teams in Jira: a "client-team" and a "delivery-team" group, Jira's usual
 * "jira-software-users" (everyone) and "site-admins", and the project roles "Administrators",
 * "Client" (the client's people, as user actors) and "Delivery" (the delivery-team group). The demo
 * policy names both teams (demoTeams). Ids are fixed, like the people's, so tests can name them.
 */
import type { SandboxGroup, SandboxProjectRole, SandboxRoleActors, SandboxUser } from '../jira/model';
import type { EngagementTeams } from '../../src/domain/policy/teams';
import { DEMO_PEOPLE } from './people';

export const DEMO_GROUP_IDS = {
  clientTeam: '6a1f0c2e-3b8d-4f5a-9c71-2d4e8b0a1c01',
  deliveryTeam: '7b2e1d3f-4c9e-4a6b-8d82-3e5f9c1b2d02',
  softwareUsers: '8c3f2e40-5daf-4b7c-9e93-4f60ad2c3e03',
  siteAdmins: '9d403f51-6eb0-4c8d-8fa4-5071be3d4f04',
} as const;

export const DEMO_ROLE_IDS = { administrators: '10002', client: '10100', delivery: '10101' } as const;

const ids = (people: readonly SandboxUser[]) => people.map((p) => p.accountId);
const p = DEMO_PEOPLE;
const CLIENT = [p.productOwner, p.decisionMaker, p.clientSponsor, p.careLead];
const DELIVERY = [p.techLead, p.deliverySponsor, p.projectAdmin, p.dev1, p.dev2, p.dev3, p.dev4, p.dev5, p.qa];

export function demoGroups(): SandboxGroup[] {
  return [
    { groupId: DEMO_GROUP_IDS.clientTeam, name: 'client-team', memberIds: ids(CLIENT) },
    { groupId: DEMO_GROUP_IDS.deliveryTeam, name: 'delivery-team', memberIds: ids(DELIVERY) },
    { groupId: DEMO_GROUP_IDS.softwareUsers, name: 'jira-software-users', memberIds: ids(Object.values(DEMO_PEOPLE)) },
    { groupId: DEMO_GROUP_IDS.siteAdmins, name: 'site-admins', memberIds: ids([p.projectAdmin]) },
  ];
}

export function demoProjectRoles(): SandboxProjectRole[] {
  return [
    { id: DEMO_ROLE_IDS.administrators, name: 'Administrators', description: 'Administer the project' },
    { id: DEMO_ROLE_IDS.client, name: 'Client', description: 'The client side of the engagement' },
    { id: DEMO_ROLE_IDS.delivery, name: 'Delivery', description: 'The delivery team of the engagement' },
  ];
}

/** The roles' actors in the demo project: the client's people by name, the delivery team as its group. */
export function demoRoleActors(): Record<string, SandboxRoleActors> {
  return {
    [DEMO_ROLE_IDS.administrators]: { accountIds: ids([p.projectAdmin]), groupIds: [] },
    [DEMO_ROLE_IDS.client]: { accountIds: ids(CLIENT), groupIds: [] },
    [DEMO_ROLE_IDS.delivery]: { accountIds: [], groupIds: [DEMO_GROUP_IDS.deliveryTeam] },
  };
}

/**
 * The demo policy's teams: the client team names its people and the client-team group (so the
 * client side is the same whether or not a reader resolves the group); the delivery team is the
 * project's Delivery role.
 */
export function demoTeams(): EngagementTeams {
  return {
    client: { accountIds: ids(CLIENT), groupIds: [DEMO_GROUP_IDS.clientTeam], projectRoleIds: [] },
    delivery: { accountIds: [], groupIds: [], projectRoleIds: [DEMO_ROLE_IDS.delivery] },
  };
}
