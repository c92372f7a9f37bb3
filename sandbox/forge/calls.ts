/**
 * The arguments Forge passes each kind of function: a resolver (Custom UI
 * invoke), a scheduled trigger, a workflow validator, a queue consumer.
 * Only `principal` and `installContext` are the platform's word; the rest is
 * what the product sends.
 */
import type { AsyncEventDelivery } from './queue';

export interface SiteIdentity {
  cloudId: string;
  installContext: string;
}

export interface ResolverCall {
  moduleKey: string;
  /** The key given to `invoke(key, payload)` in the Custom UI. */
  functionKey: string;
  payload: Record<string, unknown>;
  accountId?: string;
  /** The module context Jira gives the UI (issue, project); untrusted. */
  extension: Record<string, unknown>;
  localId?: string;
}

export const resolverArgs = (site: SiteIdentity, call: ResolverCall) => [
  { call: { functionKey: call.functionKey, payload: call.payload }, context: { cloudId: site.cloudId, moduleKey: call.moduleKey, localId: call.localId, extension: call.extension } },
  { principal: call.accountId ? { accountId: call.accountId } : undefined, installContext: site.installContext },
];

export const triggerArgs = (site: SiteIdentity, moduleKey: string) => [
  { context: { cloudId: site.cloudId, moduleKey, userAccess: { enabled: false } }, contextToken: `local-forge-${moduleKey}` },
  { installContext: site.installContext, principal: undefined },
];

export interface TransitionCheck {
  issueKey: string;
  fromStatusId: string;
  toStatusId: string;
  /** Who is moving the issue. */
  accountId?: string;
}

export const validatorArgs = (site: SiteIdentity, moduleKey: string, t: TransitionCheck) => [
  { issue: { key: t.issueKey }, transition: { from: { id: t.fromStatusId }, to: { id: t.toStatusId } }, configuration: {}, context: { cloudId: site.cloudId, moduleKey } },
  { installContext: site.installContext, principal: t.accountId ? { accountId: t.accountId } : undefined },
];

/** `function:` consumers get the AsyncEvent; `resolver:` consumers get a resolver call whose payload is the event body. */
export const consumerArgs = (site: SiteIdentity, consumer: { key: string; method?: string }, event: AsyncEventDelivery) =>
  consumer.method
    ? [
        { call: { functionKey: consumer.method, payload: event.body, jobId: event.jobId }, context: { cloudId: site.cloudId, moduleKey: consumer.key, eventId: event.eventId, queueName: event.queueName, retryContext: event.retryContext } },
        { installContext: site.installContext, principal: undefined },
      ]
    : [{ ...event, contextAri: site.installContext }, { installContext: site.installContext, principal: undefined }];
