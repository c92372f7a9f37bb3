/** A metric shown as a chart or as a table of the same numbers ("Chart | Table"), with the line that says how it is computed. */
import { token } from '@atlaskit/tokens';
import { useState, type CSSProperties, type ReactNode } from 'react';

type Presentation = 'chart' | 'table';

const groupStyle: CSSProperties = { display: 'inline-flex', border: `${token('border.width')} solid ${token('color.border')}`, borderRadius: token('radius.small', '3px'), overflow: 'hidden', alignSelf: 'flex-start' };

function toggleStyle(pressed: boolean): CSSProperties {
  return {
    border: 'none',
    padding: `${token('space.050')} ${token('space.150')}`,
    font: token('font.body.small'),
    fontWeight: token('font.weight.medium'),
    cursor: 'pointer',
    background: pressed ? token('color.background.selected') : 'transparent',
    color: pressed ? token('color.text.selected') : token('color.text.subtle'),
  };
}

const formulaStyle: CSSProperties = { margin: 0, font: token('font.body.small'), color: token('color.text.subtle') };

export function ChartOrTable({ name, chart, table, formulas, testId }: { name: string; chart: ReactNode; table: ReactNode; formulas: string[]; testId: string }) {
  const [shown, setShown] = useState<Presentation>('chart');
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.150') }} data-testid={testId} data-shown={shown}>
      <div role="group" aria-label={`Show ${name} as`} style={groupStyle}>
        {(['chart', 'table'] as const).map((option) => (
          <button key={option} type="button" aria-pressed={shown === option} style={toggleStyle(shown === option)} onClick={() => setShown(option)} data-testid={`${testId}-show-${option}`}>
            {option === 'chart' ? 'Chart' : 'Table'}
          </button>
        ))}
      </div>
      {shown === 'chart' ? chart : <div style={{ overflowX: 'auto' }}>{table}</div>}
      <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.050') }} data-testid={`${testId}-formula`}>
        {formulas.map((formula, i) => (
          <p key={i} style={formulaStyle}>
            {i === 0 ? <strong>How it is computed: </strong> : null}
            {formula}
          </p>
        ))}
      </div>
    </div>
  );
}

export function NoData({ children }: { children: ReactNode }) {
  return <p style={{ margin: 0, color: token('color.text.subtle') }}>{children}</p>;
}
