/** Styles for the plain semantic tables (cheaper than dynamic-table); colours only from tokens. */
import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

export const tableStyle: CSSProperties = {
  width: '100%',
  borderCollapse: 'collapse',
  font: token('font.body'),
  color: token('color.text'),
};

export const headerCellStyle: CSSProperties = {
  textAlign: 'left',
  padding: `${token('space.100')} ${token('space.150')}`,
  borderBottom: `${token('border.width.selected')} solid ${token('color.border')}`,
  color: token('color.text.subtle'),
  font: token('font.heading.xxsmall'),
  whiteSpace: 'nowrap',
};

export const cellStyle: CSSProperties = {
  padding: `${token('space.100')} ${token('space.150')}`,
  borderBottom: `${token('border.width')} solid ${token('color.border')}`,
  verticalAlign: 'middle',
};

export const numericCellStyle: CSSProperties = { ...cellStyle, textAlign: 'right', fontVariantNumeric: 'tabular-nums' };
export const numericHeaderStyle: CSSProperties = { ...headerCellStyle, textAlign: 'right' };
