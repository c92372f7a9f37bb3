import { Queue } from '@forge/events';
import type { HealthQueue } from '../app/ports';

/** The queue the health refreshes go through (manifest.yml: consumer engagement-health-refresh-consumer). */
export const HEALTH_QUEUE_KEY = 'engagement-health-refresh';
/** Forge takes at most 50 events per push. */
const EVENTS_PER_PUSH = 50;

/** Health refreshes as Forge async events: one event per project, each handled in its own consumer invocation. */
export function forgeHealthQueue(): HealthQueue {
  const queue = new Queue({ key: HEALTH_QUEUE_KEY });
  return {
    async push(requests) {
      for (let i = 0; i < requests.length; i += EVENTS_PER_PUSH) {
        await queue.push(requests.slice(i, i + EVENTS_PER_PUSH).map((body) => ({ body: { ...body } })));
      }
    },
  };
}
