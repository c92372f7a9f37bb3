/**
 * The people of the demo engagement. Their accountIds are fixed (not seeded), so
 * tests and the sandbox UI can address them by name whatever the seed.
 */
import type { EngagementRole, PermissionKey, SandboxUser, Team } from '../jira/model';

export const CLIENT_TIME_ZONE = 'America/New_York';
export const DELIVERY_TIME_ZONE = 'Europe/Warsaw';
export const CLIENT_COMPANY = 'Harborline Outfitters';
export const DELIVERY_COMPANY = 'Vistula Software House';

export type DemoPersonKey =
  | 'productOwner'
  | 'decisionMaker'
  | 'clientSponsor'
  | 'careLead'
  | 'techLead'
  | 'deliverySponsor'
  | 'projectAdmin'
  | 'dev1'
  | 'dev2'
  | 'dev3'
  | 'dev4'
  | 'dev5'
  | 'qa'
  | 'guest';

const person = (
  accountId: string,
  displayName: string,
  emailAddress: string,
  team: Team,
  role: EngagementRole,
): SandboxUser => ({
  accountId,
  displayName,
  emailAddress,
  timeZone: team === 'client' ? CLIENT_TIME_ZONE : DELIVERY_TIME_ZONE,
  team,
  role,
  active: true,
});

/** Everyone in the demo, by a stable key. Order here is the order of `users`. */
export const DEMO_PEOPLE: Readonly<Record<DemoPersonKey, SandboxUser>> = {
  productOwner: person('712020:8fe9fe17-cd88-4587-8544-b2695adfa62e', 'Emily Carter', 'emily.carter@example.com', 'client', 'client-product-owner'),
  decisionMaker: person('712020:45af77a3-0cbe-44cb-944a-bd14a505a5da', 'Marcus Reed', 'marcus.reed@example.com', 'client', 'client-decision-maker'),
  clientSponsor: person('712020:1163a1cd-80ea-45a2-aa37-6ebe08b0d8cb', 'Linda Okafor', 'linda.okafor@example.com', 'client', 'client-sponsor'),
  // A second client stakeholder who files production bugs and ideas; deputises for the product owner.
  careLead: person('712020:22a04f7d-7392-496a-a72b-a310e1aea284', 'Jordan Ellis', 'jordan.ellis@example.com', 'client', 'client-product-owner'),
  techLead: person('712020:69b4a7a0-d561-4d00-ac07-c8e426c80191', 'Piotr Nowak', 'piotr.nowak@example.org', 'delivery', 'delivery-tech-lead'),
  deliverySponsor: person('712020:6685db57-c5ba-46ac-b375-8393eccd29c8', 'Katarzyna Wiśniewska', 'katarzyna.wisniewska@example.org', 'delivery', 'delivery-sponsor'),
  projectAdmin: person('712020:60800697-e8f5-4c87-92a3-2a7681d05f79', 'Anna Kowalczyk', 'anna.kowalczyk@example.org', 'delivery', 'project-admin'),
  dev1: person('712020:d7416cdd-0240-428e-9ce8-d9ba3a5923ae', 'Tomasz Zieliński', 'tomasz.zielinski@example.org', 'delivery', 'developer'),
  dev2: person('712020:67577452-9a4b-451e-8833-844e0fa29bf8', 'Marta Lewandowska', 'marta.lewandowska@example.org', 'delivery', 'developer'),
  dev3: person('712020:f1e321cc-5e83-44e9-8f63-7b30157bc530', 'Jakub Wójcik', 'jakub.wojcik@example.org', 'delivery', 'developer'),
  dev4: person('712020:43255ec1-f00c-4923-a6ae-37b9f3a0cbcf', 'Olena Kovalenko', 'olena.kovalenko@example.org', 'delivery', 'developer'),
  dev5: person('712020:2488a1bf-61b3-4ab5-b780-337e0b9fbb47', 'Michał Kamiński', 'michal.kaminski@example.org', 'delivery', 'developer'),
  qa: person('712020:0ca848e5-047b-4398-b356-0f355a3fc6f0', 'Agnieszka Dąbrowska', 'agnieszka.dabrowska@example.org', 'delivery', 'developer'),
  // Has no project permissions at all: for refusal tests.
  guest: person('712020:894c875c-04e5-42b4-9fef-59698b9de9ea', 'Guest Auditor', 'guest.auditor@example.com', 'client', 'guest'),
};

/** Job titles, for the sandbox UI and docs (not part of the Jira data). */
export const DEMO_TITLES: Readonly<Record<DemoPersonKey, string>> = {
  productOwner: 'Director of E-commerce Product (client product owner)',
  decisionMaker: 'VP Digital (client decision maker)',
  clientSponsor: 'Chief Digital Officer (client executive sponsor)',
  careLead: 'Customer Care Lead (client stakeholder, deputy product owner)',
  techLead: 'Tech Lead (delivery)',
  deliverySponsor: 'Delivery Director (delivery sponsor)',
  projectAdmin: 'Delivery Manager (project admin)',
  dev1: 'Senior Frontend Developer',
  dev2: 'Backend Developer',
  dev3: 'Full-stack Developer',
  dev4: 'Frontend Developer',
  dev5: 'Backend Developer',
  qa: 'QA Engineer',
  guest: 'Auditor with no project access',
};

export const DEVELOPERS: readonly SandboxUser[] = [DEMO_PEOPLE.dev1, DEMO_PEOPLE.dev2, DEMO_PEOPLE.dev3, DEMO_PEOPLE.dev4, DEMO_PEOPLE.dev5];

export const demoUsers = (): SandboxUser[] => Object.values(DEMO_PEOPLE).map((u) => ({ ...u }));

/** The demo people with `role`, in `DEMO_PEOPLE` order (the guest is never included). */
export function demoPeopleByRole(role: EngagementRole): SandboxUser[] {
  return Object.entries(DEMO_PEOPLE)
    .filter(([key, u]) => key !== 'guest' && u.role === role)
    .map(([, u]) => u);
}

const READ: PermissionKey[] = ['BROWSE_PROJECTS', 'ADD_COMMENTS'];
const WORK: PermissionKey[] = [...READ, 'CREATE_ISSUES', 'EDIT_ISSUES', 'TRANSITION_ISSUES', 'ASSIGN_ISSUES', 'RESOLVE_ISSUES', 'SCHEDULE_ISSUES', 'LINK_ISSUES'];
const LEAD: PermissionKey[] = [...WORK, 'MANAGE_SPRINTS_PERMISSION'];
const ADMIN: PermissionKey[] = [...LEAD, 'ADMINISTER_PROJECTS'];

/** Project permissions per accountId. The guest is absent: no permissions at all. */
export function demoPermissions(): Record<string, PermissionKey[]> {
  const p = DEMO_PEOPLE;
  const grants: [SandboxUser, PermissionKey[]][] = [
    [p.productOwner, WORK],
    [p.decisionMaker, READ],
    [p.clientSponsor, READ],
    [p.careLead, WORK],
    [p.techLead, LEAD],
    [p.deliverySponsor, WORK],
    [p.projectAdmin, ADMIN],
    ...DEVELOPERS.map((d): [SandboxUser, PermissionKey[]] => [d, WORK]),
    [p.qa, WORK],
  ];
  const out: Record<string, PermissionKey[]> = {};
  for (const [user, keys] of grants) out[user.accountId] = [...keys];
  return out;
}
