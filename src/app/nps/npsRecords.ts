/**
 * The survey's records in app storage, one project at a time:
 * - `nps:<project>:<quarter>:<accountId>`: one answer per person per quarter (domain/nps/answer.ts);
 *   who answered is in the key only, which no view returns;
 * - `nps-audience:<project>`: the client team's size at each quarter's latest answer, for past
 *   quarters' response rates (the team changes);
 * - `nps-dismissed:<project>:<accountId>`: the person's last "Not today", by the client team's date.
 */
import { isNpsAnswer, type NpsAnswer } from '../../domain/nps/answer';
import { parseQuarterId } from '../../domain/nps/quarters';
import type { AppStore } from '../ports';

export const npsKeys = {
  answersOf: (projectKey: string) => `nps:${projectKey}:`,
  answersIn: (projectKey: string, quarter: string) => `nps:${projectKey}:${quarter}:`,
  answer: (projectKey: string, quarter: string, accountId: string) => `nps:${projectKey}:${quarter}:${accountId}`,
  audience: (projectKey: string) => `nps-audience:${projectKey}`,
  dismissed: (projectKey: string, accountId: string) => `nps-dismissed:${projectKey}:${accountId}`,
};

/** One stored answer with whose and which quarter's it is, for the app's own use (never a view). */
export interface StoredNpsAnswer {
  quarter: string;
  accountId: string;
  answer: NpsAnswer;
}

/** The client team's size per quarter id. */
type AudienceRecord = Record<string, { size: number; at: number }>;

interface DismissalRecord {
  day: string;
  at: number;
  actionId?: string;
}

export function npsRecords(store: AppStore, projectKey: string) {
  const prefix = npsKeys.answersOf(projectKey);
  return {
    /** Every readable answer of the project (a corrupted one is left out), any quarter. */
    async answers(): Promise<StoredNpsAnswer[]> {
      const entries = await store.list<unknown>(prefix);
      return entries.flatMap(({ key, value }) => {
        const rest = key.slice(prefix.length);
        const cut = rest.indexOf(':');
        const quarter = rest.slice(0, cut);
        const accountId = rest.slice(cut + 1);
        if (cut < 0 || !parseQuarterId(quarter) || accountId === '' || !isNpsAnswer(value)) return [];
        return [{ quarter, accountId, answer: value }];
      });
    },
    async answer(quarter: string, accountId: string): Promise<NpsAnswer | null> {
      const value = await store.get<unknown>(npsKeys.answer(projectKey, quarter, accountId));
      return isNpsAnswer(value) ? value : null;
    },
    putAnswer: (quarter: string, accountId: string, answer: NpsAnswer) => store.set(npsKeys.answer(projectKey, quarter, accountId), answer),
    async audiences(): Promise<Map<string, number>> {
      const record = await store.get<AudienceRecord>(npsKeys.audience(projectKey));
      const sizes = new Map<string, number>();
      if (typeof record !== 'object' || record === null) return sizes;
      for (const [quarter, entry] of Object.entries(record)) if (parseQuarterId(quarter) && Number.isInteger(entry?.size) && entry.size > 0) sizes.set(quarter, entry.size);
      return sizes;
    },
    /** Records the team's size for the quarter (read, changed, written: two answers at once write the same size). */
    async rememberAudience(quarter: string, size: number, at: number): Promise<void> {
      const key = npsKeys.audience(projectKey);
      const record = (await store.get<AudienceRecord>(key)) ?? {};
      if (record[quarter]?.size === size) return;
      await store.set<AudienceRecord>(key, { ...(typeof record === 'object' && record !== null ? record : {}), [quarter]: { size, at } });
    },
    async dismissedDay(accountId: string): Promise<string | null> {
      const record = await store.get<DismissalRecord>(npsKeys.dismissed(projectKey, accountId));
      return typeof record?.day === 'string' ? record.day : null;
    },
    dismiss: (accountId: string, record: DismissalRecord) => store.set(npsKeys.dismissed(projectKey, accountId), record),
  };
}

export type NpsRecords = ReturnType<typeof npsRecords>;
