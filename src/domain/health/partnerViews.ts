import type { PartnerMonthView } from '../../contract/health';
import { partnerMonths, type PartnerExclusion } from '../metrics/partnerSignal';
import type { Refs } from './refs';
import type { SnapshotInput } from './snapshot';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "November" for '2026-11'. */
export const partnerMonthName = (key: string) => MONTHS[Number(key.slice(5, 7)) - 1] ?? key;

const exclusionWords = (why: PartnerExclusion, keyOf: (issueId: string) => string | undefined) =>
  why.kind === 'app' ? 'Created by an app' : `Follow-up of the change request on ${keyOf(why.changeRequestIssueId) ?? 'a linked issue'}`;

/**
 * The partner signal of the last 6 calendar months (UTC), oldest first, with the issues behind each
 * number: those the client team raised, all that count, and those left out with why.
 */
export function partnerViews(input: SnapshotInput, refs: Refs): PartnerMonthView[] {
  // The keys of the issues whose change requests were followed up, indexed only if a follow-up needs one.
  let keys: Map<string, string> | undefined;
  const keyOf = (issueId: string) => (keys ??= new Map(input.issues.filter((h) => input.changeRequestedAt.has(h.id)).map((h) => [h.id, h.key]))).get(issueId);
  return partnerMonths(input.issues, input.settings.partner, input.clientAccountIds, input.changeRequestedAt, input.now).map((m): PartnerMonthView => {
    const label = `${partnerMonthName(m.key)} ${m.key.slice(0, 4)}`;
    const client = m.counted.filter((c) => c.byClient);
    const counted = (value: number, ref: string | null) => ({ value, issueCount: value, ref });
    return {
      key: m.key,
      label,
      complete: m.complete,
      client: counted(
        client.length,
        refs.add(`ps:${m.key}:client`, `${label}: new ideas and problems the client team raised`, client.map((c) => c.issueId), null, client.map((c) => c.created), client.map((c) => `${c.issueType} raised by the client team`)),
      ),
      counted: counted(
        m.counted.length,
        refs.add(
          `ps:${m.key}:counted`,
          `${label}: new ideas and problems`,
          m.counted.map((c) => c.issueId),
          null,
          m.counted.map((c) => c.created),
          m.counted.map((c) => `${c.issueType} raised by ${c.byClient ? 'the client team' : 'someone not on the client team'}`),
        ),
      ),
      excluded: counted(
        m.excluded.length,
        refs.add(`ps:${m.key}:excluded`, `${label}: ideas and problems left out`, m.excluded.map((e) => e.issueId), null, m.excluded.map((e) => e.created), m.excluded.map((e) => exclusionWords(e.why, keyOf))),
      ),
      share: m.share,
    };
  });
}
