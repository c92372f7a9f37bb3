import type { CalibrationCallsView, ConcernsView } from '../../contract/resolvers';
import type { EngagementPolicy } from '../../domain/policy/types';
import type { UseCaseContext } from '../context';
import { calibrationCallsView, calibrationLedger } from './calibrationCalls';
import { concernsView } from './concerns';

/** The project page's concerns and calibration calls, from one read of the calibration ledger. */
export async function projectCalibration(ctx: UseCaseContext, projectKey: string, policy: EngagementPolicy): Promise<{ concerns: ConcernsView; calibrationCalls: CalibrationCallsView }> {
  const calls = await calibrationLedger(ctx.store, projectKey);
  const [concerns, calibrationCalls] = await Promise.all([concernsView(ctx, projectKey, policy, calls), calibrationCallsView(ctx, projectKey, calls)]);
  return { concerns, calibrationCalls };
}
