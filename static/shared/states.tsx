/**
 * Loading and error states shared by the three apps. The error box is drawn with
 * tokens rather than @atlaskit/section-message, which pulls in button, tooltip and
 * popper (~25 KB gzip) and would push the issue panel over its 150 KB budget.
 */
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import type { ErrorCode, ResolverError } from '../../src/contract/resolvers';

const errorTitles: Record<ErrorCode, string> = {
  forbidden: 'No access',
  not_found: 'Not found',
  conflict: 'Changed by someone else',
  invalid: 'Invalid request',
  rate_limited: 'Jira is busy',
  unavailable: "Couldn't load",
  internal: 'Something went wrong',
};

const loadingStyle: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  gap: token('space.100'),
  padding: token('space.200'),
  color: token('color.text.subtlest'),
};

export function Loading({ label }: { label: string }) {
  return (
    <div style={loadingStyle} data-testid="loading" aria-busy="true">
      <Spinner size="medium" label={label} />
      <span>{label}</span>
    </div>
  );
}

function alertStyle(severe: boolean): CSSProperties {
  return {
    padding: token('space.200'),
    borderRadius: token('radius.small', '4px'),
    background: severe ? token('color.background.danger') : token('color.background.warning'),
    color: token('color.text'),
  };
}

export function ErrorState({ error }: { error: ResolverError }) {
  const severe = !(error.code === 'forbidden' || error.code === 'not_found' || error.code === 'conflict');
  return (
    <section role="alert" aria-labelledby="error-title" style={alertStyle(severe)} data-testid="error-state" data-error-code={error.code}>
      <h2 id="error-title" style={{ margin: 0, font: token('font.heading.xsmall'), color: token('color.text') }}>
        {errorTitles[error.code] ?? errorTitles.internal}
      </h2>
      <p style={{ margin: `${token('space.100')} 0 0` }} data-testid="error-message">
        {error.message}
      </p>
      {error.fields ? (
        <ul style={{ margin: `${token('space.100')} 0 0` }}>
          {Object.entries(error.fields).map(([field, message]) => (
            <li key={field}>
              <strong>{field}</strong>: {message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
