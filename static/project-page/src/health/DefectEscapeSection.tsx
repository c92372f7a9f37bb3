/** Defect escape per release (lazy chunk): chart or table. */
import type { HealthView } from '../../../../src/contract/resolvers';
import { DefectEscapeChart } from './charts/DefectEscapeChart';
import { ChartOrTable, NoData } from './ChartOrTable';
import { DefectEscapeTable } from './tables/DefectEscapeTable';

export default function DefectEscapeSection({ health, labelledBy }: { health: HealthView; labelledBy: string }) {
  if (health.defectEscape.length === 0) return <NoData>No release has shipped yet.</NoData>;
  return (
    <ChartOrTable
      name="defect escape"
      testId="defect-escape"
      chart={<DefectEscapeChart rows={health.defectEscape} />}
      table={<DefectEscapeTable rows={health.defectEscape} labelledBy={labelledBy} />}
      formulas={[health.formulas.defectEscape]}
    />
  );
}
