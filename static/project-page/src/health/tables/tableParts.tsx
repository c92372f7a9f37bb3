/** Pieces the health tables share: the row header and a subtle second line in a cell. */
import { token } from '@atlaskit/tokens';
import type { CSSProperties, ReactNode } from 'react';
import { cellStyle } from '../../../../shared/tableStyles';

export const rowHeaderStyle: CSSProperties = { ...cellStyle, fontWeight: 'inherit', whiteSpace: 'nowrap' };
export const subtleLineStyle: CSSProperties = { display: 'block', font: token('font.body.small'), color: token('color.text.subtlest') };
export const tableNoteStyle: CSSProperties = { margin: 0, font: token('font.body.small'), color: token('color.text.subtle') };

export function SubtleLine({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <span style={subtleLineStyle} data-testid={testId}>
      {children}
    </span>
  );
}
