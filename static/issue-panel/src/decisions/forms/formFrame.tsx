/** The frame shared by the decision forms: a titled box with its alert and the submit/cancel buttons. */
import { token } from '@atlaskit/tokens';
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import type { ResolverError } from '../../../../../src/contract/resolvers';
import { Button, type ButtonAppearance } from '../../../../shared/buttons';
import { FormAlert } from '../../../../shared/formControls';

interface Props {
  title: string;
  testId: string;
  submitLabel: string;
  submitAppearance?: ButtonAppearance;
  busy: boolean;
  error: ResolverError | null;
  onSubmit: () => void;
  onCancel: () => void;
  onReload?: () => void;
  children: ReactNode;
}

export function FormFrame({ title, testId, submitLabel, submitAppearance = 'primary', busy, error, onSubmit, onCancel, onReload, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The button that opened the form is gone: move focus to the form so keyboard users land in it.
  useEffect(() => heading.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <form
      onSubmit={submit}
      aria-label={title}
      data-testid={testId}
      noValidate
      style={{ display: 'flex', flexDirection: 'column', gap: token('space.150'), padding: token('space.150'), borderRadius: token('radius.medium', '6px'), background: token('elevation.surface.sunken') }}
    >
      <h4 ref={heading} tabIndex={-1} style={{ outline: 'none', margin: 0, font: token('font.heading.xxsmall'), color: token('color.text') }}>{title}</h4>
      {children}
      {error ? <FormAlert error={error} onReload={onReload} /> : null}
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button type="submit" appearance={submitAppearance} disabled={busy} data-testid="form-submit">
          {busy ? 'Saving…' : submitLabel}
        </Button>
        <Button appearance="subtle" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
