/**
 * Customer acceptance for the host's dev harness only: an in-memory verdict record per
 * issue, the resolvers of the contract, and the Done gate the fake Jira runs before a
 * transition. Just enough rules (acceptors decide, versions conflict, feedback required).
 */
import type { AcceptanceStateKey, AcceptanceVerdictView, IssueAcceptanceView, PolicyInput, ResolverResult } from '../../../src/contract/resolvers';
import type { SandboxData, SandboxIssue } from '../../jira/model';
import type { ForgeInvocation } from '../host';

type Answer = ResolverResult<unknown>;
interface Rec {
  verdicts: AcceptanceVerdictView[];
  round: number;
  readyAt: number | null;
  version: number;
}
const HOUR = 3_600_000;
const fail = (code: 'invalid' | 'forbidden' | 'conflict' | 'not_found', message: string, fields?: { [path: string]: string }): Answer => ({ ok: false, error: { code, message, fields } });

export function createFakeAcceptance(data: () => SandboxData, policy: () => PolicyInput) {
  const records = new Map<string, Rec>();
  const person = (accountId: string) => ({ accountId, displayName: data().users.find((u) => u.accountId === accountId)?.displayName ?? accountId });
  const statusOf = (issue: SandboxIssue) => data().statuses.find((s) => s.id === issue.fields.statusId);
  const readyStatus = () => policy().acceptance.readyStatus ?? data().statuses.find((s) => /ready for accept/i.test(s.name))?.name ?? 'Done';
  const recordOf = (key: string): Rec => {
    const existing = records.get(key);
    if (existing) return existing;
    const fresh: Rec = { verdicts: [], round: 1, readyAt: null, version: 1 };
    records.set(key, fresh);
    return fresh;
  };

  function stateOf(issue: SandboxIssue): AcceptanceStateKey {
    const r = recordOf(issue.key);
    const last = r.verdicts[r.verdicts.length - 1];
    const thisRound = last?.round === r.round ? last : undefined;
    if (thisRound?.verdict === 'accepted') return 'accepted';
    if (statusOf(issue)?.name === readyStatus()) return 'awaiting';
    return last?.verdict === 'changes-requested' ? 'changes-requested' : 'not-ready';
  }

  function view(issue: SandboxIssue, call: ForgeInvocation): IssueAcceptanceView {
    const r = recordOf(issue.key);
    const state = stateOf(issue);
    const last = r.verdicts[r.verdicts.length - 1];
    const since = state === 'awaiting' ? r.readyAt : state === 'not-ready' ? null : last ? Date.parse(last.at) : null;
    const acceptors = policy().acceptorIds.map(person);
    return {
      issueKey: issue.key, state, since: since === null ? null : new Date(since).toISOString(), round: r.round, readyStatus: readyStatus(), acceptors,
      canVerdict: state === 'awaiting' && acceptors.some((a) => a.accountId === call.accountId), gateEnabled: policy().acceptance.gateEnabled, history: r.verdicts, version: r.version,
    };
  }

  const issueFor = (call: ForgeInvocation) => data().issues.find((i) => i.key === (call.extension.issue as { key?: string } | undefined)?.key);

  function verdict(call: ForgeInvocation, p: { [k: string]: unknown }, kind: AcceptanceVerdictView['verdict']): Answer {
    const issue = issueFor(call);
    if (!issue) return fail('not_found', 'No such issue.');
    const r = recordOf(issue.key);
    if (!policy().acceptorIds.includes(call.accountId)) return fail('forbidden', 'Only the customer acceptors named in the project settings can do this.');
    if (p.expectedVersion !== r.version || stateOf(issue) !== 'awaiting') return fail('conflict', `${issue.key} changed since you opened it.`);
    const feedback = typeof p.feedback === 'string' ? p.feedback.trim() : '';
    if (kind === 'changes-requested' && !feedback) return fail('invalid', 'Nothing was recorded.', { feedback: 'Say what needs to change.' });
    const at = new Date().toISOString();
    r.verdicts.push({ round: r.round, verdict: kind, by: person(call.accountId), at, feedback: kind === 'accepted' ? null : feedback });
    r.version += 1;
    if (kind === 'changes-requested') {
      const assignee = data().users.find((u) => u.accountId === issue.fields.assigneeId);
      const mention = assignee ? [{ type: 'mention', attrs: { id: assignee.accountId, text: `@${assignee.displayName}` } }, { type: 'text', text: ' ' }] : [];
      const body = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [...mention, { type: 'text', text: `Changes requested (round ${r.round}): ${feedback}` }] }] };
      data().sequences.comment += 1;
      issue.comments.push({ id: String(data().sequences.comment), authorId: call.accountId, body, created: at, updated: at });
      const back = data().statuses.find((s) => s.name === policy().acceptance.returnStatus);
      if (back) issue.fields.statusId = back.id;
    }
    return { ok: true, data: view(issue, call) };
  }

  const handlers: { [key: string]: (call: ForgeInvocation, p: { [k: string]: unknown }) => Answer } = {
    'acceptance/forIssue': (call) => {
      const issue = issueFor(call);
      return issue ? { ok: true, data: view(issue, call) } : fail('not_found', 'No such issue.');
    },
    'acceptance/accept': (call, p) => verdict(call, p, 'accepted'),
    'acceptance/requestChanges': (call, p) => verdict(call, p, 'changes-requested'),
    'acceptance/queue': () => {
      const now = Date.now();
      const awaiting = data().issues
        .filter((i) => stateOf(i) === 'awaiting')
        .map((i) => {
          const readyAt = recordOf(i.key).readyAt ?? Date.parse(i.fields.updated);
          return { issueKey: i.key, summary: i.fields.summary, assignee: person(i.fields.assigneeId ?? '').displayName || null, readySince: new Date(readyAt).toISOString(), ageHours: (now - readyAt) / HOUR, round: recordOf(i.key).round };
        })
        .sort((a, b) => Date.parse(a.readySince) - Date.parse(b.readySince));
      const sprints = data().sprints.filter((s) => s.state !== 'future').reverse().map((s) => {
        const issues = data().issues.filter((i) => i.fields.sprintIds.includes(s.id));
        const accepted = issues.filter((i) => stateOf(i) === 'accepted');
        const firstPass = accepted.filter((i) => !recordOf(i.key).verdicts.some((v) => v.verdict === 'changes-requested'));
        const changeRequests = issues.reduce((n, i) => n + recordOf(i.key).verdicts.filter((v) => v.verdict === 'changes-requested').length, 0);
        return { sprintId: s.id, sprintName: s.name, accepted: accepted.length, acceptedFirstPass: firstPass.length, firstPassRate: accepted.length ? firstPass.length / accepted.length : null, changeRequests, medianReadyToAcceptedHours: accepted.length ? 20 : null };
      });
      return { ok: true, data: { projectKey: 'ENG', readyStatus: readyStatus(), awaiting, sprints } };
    },
  };

  /** Before a transition: a new round starts on re-entering the ready status; Done needs an acceptance while the gate is on. */
  function beforeTransition(issue: SandboxIssue, toStatusId: string): string | null {
    const to = data().statuses.find((s) => s.id === toStatusId);
    const r = recordOf(issue.key);
    if (to?.categoryKey === 'done' && policy().acceptance.gateEnabled && stateOf(issue) !== 'accepted') {
      return `Waiting for acceptance by the client: ask ${policy().acceptorIds.map((id) => person(id).displayName).join(' or ') || 'a project admin to name an acceptor'}.`;
    }
    if (to?.name === readyStatus() && statusOf(issue)?.name !== readyStatus()) {
      if (r.verdicts[r.verdicts.length - 1]?.verdict === 'changes-requested') r.round += 1;
      r.readyAt = Date.now();
      r.version += 1;
    }
    return null;
  }

  /** One issue waits already, so the panel shows every state from the start. */
  const waiting = data().issues.find((i) => statusOf(i)?.name === readyStatus());
  if (waiting) recordOf(waiting.key).readyAt = Date.now() - 50 * HOUR;

  return {
    handle: (call: ForgeInvocation): Answer | undefined => handlers[call.functionKey]?.(call, (call.payload ?? {}) as { [k: string]: unknown }),
    beforeTransition,
  };
}
