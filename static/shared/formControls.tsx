/** Form pieces drawn with tokens: a labelled field with its error next to it, and the alert for a refused write. */
import { token } from '@atlaskit/tokens';
import type { CSSProperties, ReactNode } from 'react';
import type { ResolverError } from '../../src/contract/resolvers';
import { Button } from './buttons';

export const inputStyle: CSSProperties = {
  boxSizing: 'border-box',
  width: '100%',
  padding: `${token('space.075')} ${token('space.100')}`,
  border: `${token('border.width')} solid ${token('color.border.input')}`,
  borderRadius: token('radius.small', '3px'),
  background: token('color.background.input'),
  color: token('color.text'),
  font: token('font.body'),
};

export const labelStyle: CSSProperties = { display: 'block', font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle'), marginBottom: token('space.050') };

export const hintStyle: CSSProperties = { font: token('font.body.small'), color: token('color.text.subtlest') };

export const fieldsetStyle: CSSProperties = { border: `${token('border.width')} solid ${token('color.border')}`, borderRadius: token('radius.medium', '6px'), padding: token('space.150'), margin: 0, minWidth: 0 };

export const legendStyle: CSSProperties = { padding: `0 ${token('space.050')}`, font: token('font.heading.xsmall'), color: token('color.text') };

/** The message for `path` in a resolver's `fields`: its own, or the first about something inside it. */
export function errorAt(fields: Record<string, string> | undefined, path: string): string | undefined {
  if (!fields) return undefined;
  if (fields[path]) return fields[path];
  const inside = Object.keys(fields).find((key) => key.startsWith(`${path}.`) || key.startsWith(`${path}[`));
  return inside ? fields[inside] : undefined;
}

/** Props that tie an input to its error message for assistive technology. */
export function describedBy(id: string, error: string | undefined) {
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined };
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <div id={`${id}-error`} data-testid="field-error" style={{ color: token('color.text.danger'), font: token('font.body.small'), marginTop: token('space.050') }}>
      {error}
    </div>
  );
}

export function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} style={labelStyle}>
        {label}
      </label>
      {children}
      {hint ? <div style={hintStyle}>{hint}</div> : null}
      <FieldError id={id} error={error} />
    </div>
  );
}

const titles: Partial<Record<ResolverError['code'], string>> = {
  forbidden: 'Not allowed',
  invalid: 'Check the form',
  not_found: 'Not found',
  conflict: 'Changed by someone else',
  rate_limited: 'Jira is busy',
  unavailable: "Couldn't save",
};

/** A refused or failed write; on a conflict, `onReload` offers the current state. */
export function FormAlert({ error, onReload }: { error: ResolverError; onReload?: () => void }) {
  const stale = error.code === 'conflict' || error.code === 'not_found';
  const style: CSSProperties = {
    padding: token('space.150'),
    borderRadius: token('radius.small', '3px'),
    background: error.code === 'invalid' || error.code === 'forbidden' ? token('color.background.warning') : token('color.background.danger'),
    color: token('color.text'),
  };
  return (
    <div role="alert" style={style} data-testid="form-alert" data-error-code={error.code}>
      <strong>{titles[error.code] ?? 'Something went wrong'}</strong>
      <div data-testid="form-alert-message">{error.message}</div>
      {stale && onReload ? (
        <Button appearance="subtle" onClick={onReload} style={{ paddingLeft: 0 }}>
          Show the current state
        </Button>
      ) : null}
    </div>
  );
}
