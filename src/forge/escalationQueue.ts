import { Queue } from '@forge/events';
import type { EscalationQueue } from '../app/ports';

/** The queue the escalation scans go through (manifest.yml: consumer engagement-escalation-scan-consumer). */
export const ESCALATION_QUEUE_KEY = 'engagement-escalation-scan';
/** Forge takes at most 50 events per push, each delayed at most 900 s. */
const EVENTS_PER_PUSH = 50;
const MAX_DELAY_SECONDS = 900;

/** Escalation scans as Forge async events: one event per project, each handled in its own consumer invocation. */
export function forgeEscalationQueue(): EscalationQueue {
  const queue = new Queue({ key: ESCALATION_QUEUE_KEY });
  return {
    async push(requests, options = {}) {
      const delay = options.delayInSeconds === undefined ? 0 : Math.min(MAX_DELAY_SECONDS, Math.max(0, Math.round(options.delayInSeconds)));
      for (let i = 0; i < requests.length; i += EVENTS_PER_PUSH) {
        await queue.push(
          requests.slice(i, i + EVENTS_PER_PUSH).map((body) => ({
            body: { ...body },
            ...(delay > 0 ? { delayInSeconds: delay } : {}),
            concurrency: { key: `escalation-${body.projectKey}`, limit: 1 },
          })),
        );
      }
    },
  };
}
