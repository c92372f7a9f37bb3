/**
 * A native <button> in Atlaskit's look, from tokens only: @atlaskit/button costs
 * ~15 KB gzip, more than the issue panel has left of its budget.
 */
import { token } from '@atlaskit/tokens';
import type { ButtonHTMLAttributes, CSSProperties } from 'react';

export type ButtonAppearance = 'primary' | 'default' | 'subtle' | 'danger';

const looks: Record<ButtonAppearance, CSSProperties> = {
  primary: { background: token('color.background.brand.bold'), color: token('color.text.inverse') },
  default: { background: token('color.background.neutral'), color: token('color.text') },
  subtle: { background: 'transparent', color: token('color.text.subtle') },
  danger: { background: token('color.background.danger.bold'), color: token('color.text.inverse') },
};

const base: CSSProperties = {
  border: 'none',
  borderRadius: token('radius.small', '3px'),
  padding: `${token('space.075')} ${token('space.150')}`,
  font: token('font.body'),
  fontWeight: token('font.weight.medium'),
  cursor: 'pointer',
  whiteSpace: 'nowrap',
};

export function Button({ appearance = 'default', style, type = 'button', ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { appearance?: ButtonAppearance }) {
  const disabled = rest.disabled ? { opacity: 0.5, cursor: 'not-allowed' } : null;
  return <button type={type} style={{ ...base, ...looks[appearance], ...disabled, ...style }} {...rest} />;
}
