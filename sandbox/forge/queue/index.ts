/**
 * The local async-events queue service that @forge/events talks to in the
 * sandbox (see service.ts); limits.ts lists the Forge limits it enforces.
 */
export { createQueueService } from './service';
export { queueResponse } from './response';
export { FORGE_QUEUE_LIMITS, type QueueLimits } from './limits';
export type {
  AsyncEventDelivery,
  ConsumerCounts,
  DrainOptions,
  QueueChaos,
  QueueConsumer,
  QueueCounts,
  QueueResult,
  QueueService,
  QueueServiceOptions,
  QueueServiceStats,
  RetryContext,
} from './types';
