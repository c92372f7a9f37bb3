/** Velocity and predictability (lazy chunk): chart or table, and how both are computed. */
import type { HealthView } from '../../../../src/contract/resolvers';
import { VelocityChart } from './charts/VelocityChart';
import { ChartOrTable, NoData } from './ChartOrTable';
import { unitWords } from './healthWords';
import { VelocityTable } from './tables/VelocityTable';

export default function VelocitySection({ health, labelledBy }: { health: HealthView; labelledBy: string }) {
  if (health.velocity.length === 0) return <NoData>No sprint has started yet.</NoData>;
  const unit = unitWords(health.estimationField);
  return (
    <ChartOrTable
      name="velocity"
      testId="velocity"
      chart={<VelocityChart rows={health.velocity} unit={unit.short} />}
      table={<VelocityTable rows={health.velocity} unit={unit.short} labelledBy={labelledBy} />}
      formulas={[health.formulas.velocity, health.formulas.predictability]}
    />
  );
}
