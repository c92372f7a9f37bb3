/** A label/value list (<dl>) laid out as two columns with token spacing. */
import { token } from '@atlaskit/tokens';

export interface IssueFact {
  label: string;
  value: string;
  testId: string;
}

const listStyle = {
  display: 'grid',
  gridTemplateColumns: 'max-content 1fr',
  columnGap: token('space.300'),
  rowGap: token('space.075'),
  margin: 0,
  padding: 0,
} as const;

export function IssueFacts({ facts }: { facts: IssueFact[] }) {
  return (
    <dl style={listStyle}>
      {facts.map((fact) => (
        <div key={fact.label} style={{ display: 'contents' }}>
          <dt style={{ color: token('color.text.subtle'), font: token('font.body.small') }}>{fact.label}</dt>
          <dd style={{ margin: 0, color: token('color.text') }} data-testid={fact.testId}>
            {fact.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
