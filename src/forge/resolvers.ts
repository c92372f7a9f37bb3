import Resolver from '@forge/resolver';
import type { z } from 'zod';
import { requirePermission } from '../app/access';
import type { ResolverContract, ResolverKey, ResolverResult } from '../contract/resolvers';
import { showableText } from '../domain/text';
import type { UseCaseContext } from '../app/context';
import { escalationPreview } from '../app/escalation/views';
import { noteDaysView } from '../app/dailyNote/noteDays';
import type { AcceptanceStore, AppStore, DecisionStore, EscalationQueue, HealthQueue, PolicyStore } from '../app/ports';
import { healthIssues } from '../app/health/healthIssues';
import { queueHealthRefresh } from '../app/health/healthView';
import { acceptIssue, issueAcceptance, requestIssueChanges } from '../app/acceptance/issueAcceptance';
import { acceptanceQueue } from '../app/acceptance/queue';
import { issueDecisions } from '../app/decisions/issueDecisions';
import { decisionLog } from '../app/decisions/log';
import { raise, record, withdraw } from '../app/decisions/writeDecisions';
import { searchPeople } from '../app/people';
import { policyView, savePolicy } from '../app/policy';
import { payloadSchemas } from './payloads';
import { npsPayloadSchemas } from './npsPayloads';
import { concernPayloadSchemas } from './concernPayloads';
import { raiseConcern } from '../app/calibration/concerns';
import { answerSurvey, dismissSurvey } from '../app/nps/survey';
import { policyConfirmationSchemas } from './policyPayloads';
import { acknowledgePolicyChanges, confirmPolicyChanges, rejectPolicyChanges } from '../app/policyConfirmation';
import { issueSummary } from '../app/issueSummary';
import { issuePanel } from '../app/issuePanel';
import { projectOverview } from '../app/projectOverview';
import { projectSettings } from '../app/projectSettings';
import type { JiraTransports } from '../jira/transport';
import { createJiraPorts } from '../jira/ports';
import { callerOf, issueKeyOf, parsePayload, projectKeyOf, surveyTargetOf, type ResolverRequest } from './context';
import { respond } from './respond';
import { siteOf } from './site';

export interface AppDeps {
  transports: JiraTransports;
  store: AppStore;
  decisions: DecisionStore;
  policies: PolicyStore;
  acceptance: AcceptanceStore;
  healthQueue: HealthQueue;
  escalationQueue: EscalationQueue;
  now: () => number;
}

type Body<K extends ResolverKey> = (request: ResolverRequest, ctx: UseCaseContext, payload: ResolverContract[K]['payload']) => Promise<ResolverContract[K]['result']>;

/**
 * The resolver handler named in manifest.yml (src/index.ts); the sandbox's
 * local Forge runs the same export.
 */
export function createResolverHandler(deps: AppDeps) {
  const resolver = new Resolver();
  const declared = new Set<string>();
  const define = <K extends ResolverKey>(key: K, schema: z.ZodType<ResolverContract[K]['payload']>, body: Body<K>) => {
    declared.add(key);
    resolver.define(key, (request: ResolverRequest) =>
      respond(async () => {
        const accountId = callerOf(request);
        const payload = parsePayload(schema, request.payload);
        // Jira is read as the app, after Jira has said the caller may see the issue or project.
        const ctx: UseCaseContext = { ...createJiraPorts(deps.transports.asApp, { site: siteOf(request.context) }), store: deps.store, decisions: deps.decisions, policies: deps.policies, acceptance: deps.acceptance, healthQueue: deps.healthQueue, accountId, now: deps.now() };
        return body(request, ctx, payload);
      }),
    );
  };

  const s = payloadSchemas;
  define('issue/summary', s.none, (request, ctx) => issueSummary(ctx, issueKeyOf(request)));
  define('issue/panel', s.none, (request, ctx) => issuePanel(ctx, issueKeyOf(request)));
  define('project/overview', s.none, (request, ctx) => projectOverview(ctx, projectKeyOf(request)));
  define('escalation/preview', s.none, async (request, ctx) => {
    const projectKey = projectKeyOf(request);
    await requirePermission(ctx, 'ADMINISTER_PROJECTS', { projectKey });
    return escalationPreview(ctx, projectKey, ctx.now);
  });
  define('settings/get', s.none, (request, ctx) => projectSettings(ctx, projectKeyOf(request)));
  define('decisions/forIssue', s.none, (request, ctx) => issueDecisions(ctx, issueKeyOf(request)));
  define('decisions/raise', s.raise, (request, ctx, payload) => raise(ctx, issueKeyOf(request), payload));
  define('decisions/record', s.record, (request, ctx, payload) => record(ctx, issueKeyOf(request), payload));
  define('decisions/withdraw', s.withdraw, (request, ctx, payload) => withdraw(ctx, issueKeyOf(request), payload));
  define('decisions/log', s.none, (request, ctx) => decisionLog(ctx, projectKeyOf(request)));
  define('policy/get', s.none, (request, ctx) => policyView(ctx, projectKeyOf(request)));
  define('policy/save', s.savePolicy, (request, ctx, payload) => savePolicy(ctx, projectKeyOf(request), payload.policy, payload.expectedVersion, payload.actionId));
  const p = policyConfirmationSchemas;
  define('policy/confirm', p.confirm, (request, ctx, payload) => confirmPolicyChanges(ctx, projectKeyOf(request), payload));
  define('policy/reject', p.reject, (request, ctx, payload) => rejectPolicyChanges(ctx, projectKeyOf(request), payload));
  define('policy/acknowledge', p.acknowledge, (request, ctx, payload) => acknowledgePolicyChanges(ctx, projectKeyOf(request), payload));
  define('acceptance/forIssue', s.none, (request, ctx) => issueAcceptance(ctx, issueKeyOf(request)));
  define('acceptance/accept', s.accept, (request, ctx, payload) => acceptIssue(ctx, issueKeyOf(request), payload));
  define('acceptance/requestChanges', s.requestChanges, (request, ctx, payload) => requestIssueChanges(ctx, issueKeyOf(request), payload));
  define('acceptance/queue', s.none, (request, ctx) => acceptanceQueue(ctx, projectKeyOf(request)));
  define('health/issues', s.healthIssues, async (request, ctx, payload) => {
    const projectKey = projectKeyOf(request);
    await requirePermission(ctx, 'BROWSE_PROJECTS', { projectKey });
    return healthIssues(ctx, projectKey, payload.ref);
  });
  // Re-reading Jira is safe to repeat: the action id is accepted and needs no record.
  define('health/refresh', s.healthRefresh, async (request, ctx) => {
    const projectKey = projectKeyOf(request);
    await requirePermission(ctx, 'BROWSE_PROJECTS', { projectKey });
    return queueHealthRefresh(ctx, projectKey, { checkBoard: true });
  });
  define('note/days', s.none, (request, ctx) => noteDaysView(ctx, projectKeyOf(request)));
  define('users/search', s.searchUsers, async (request, ctx, payload) => {
    await requirePermission(ctx, 'BROWSE_PROJECTS', { projectKey: projectKeyOf(request) });
    return searchPeople(ctx, payload.query);
  });
  // The survey is answered from the project page or the issue panel: the project is the page's or the issue's.
  const nps = npsPayloadSchemas;
  define('nps/answer', nps.answer, (request, ctx, payload) => answerSurvey(ctx, surveyTargetOf(request), payload));
  define('nps/dismiss', nps.dismiss, (request, ctx, payload) => dismissSurvey(ctx, surveyTargetOf(request), payload));
  // A concern too is raised from either view: about the panel's issue, or on the project page.
  define('concerns/raise', concernPayloadSchemas.raise, (request, ctx, payload) => raiseConcern(ctx, surveyTargetOf(request), payload));

  return onlyDeclared(resolver.getDefinitions(), declared);
}

type Dispatch = ReturnType<Resolver['getDefinitions']>;

/**
 * @forge/resolver looks a function key up with `in` on a plain object, so "constructor" or
 * "toString" would run Object's members. Only the keys defined above may run; any other answers
 * the one response shape.
 */
function onlyDeclared(dispatch: Dispatch, declared: ReadonlySet<string>): Dispatch {
  return async (invocation, runtime) => {
    const key: unknown = invocation?.call?.functionKey;
    if (typeof key === 'string' && declared.has(key)) return dispatch(invocation, runtime);
    const named = showableText([...String(key)].slice(0, 100).join(''), 'single');
    return { ok: false, error: { code: 'not_found', message: `No such action: ${named}` } } satisfies ResolverResult<never>;
  };
}

export type ResolverHandler = ReturnType<typeof createResolverHandler>;
