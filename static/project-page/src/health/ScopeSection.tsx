/** Scope change per sprint (lazy chunk): chart or table, against the threshold share of the budget. */
import type { HealthView } from '../../../../src/contract/resolvers';
import { thresholdWords } from './charts/chartSeries';
import { ScopeChart } from './charts/ScopeChart';
import { ChartOrTable, NoData } from './ChartOrTable';
import { unitWords } from './healthWords';
import { ScopeTable } from './tables/ScopeTable';

export default function ScopeSection({ health, labelledBy }: { health: HealthView; labelledBy: string }) {
  if (health.scope.length === 0) return <NoData>No sprint has started yet.</NoData>;
  const unit = unitWords(health.estimationField).short;
  const threshold = health.scopeThresholdPoints === null ? null : thresholdWords(health.scopeThresholdPoints, health.budgetPoints, unit);
  return (
    <ChartOrTable
      name="scope change"
      testId="scope"
      chart={<ScopeChart rows={health.scope} unit={unit} thresholdPoints={health.scopeThresholdPoints} budgetPoints={health.budgetPoints} />}
      table={<ScopeTable rows={health.scope} unit={unit} labelledBy={labelledBy} threshold={threshold} />}
      formulas={[health.formulas.scope]}
    />
  );
}
