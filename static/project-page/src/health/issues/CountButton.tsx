/** A number of the health tables that opens the issues behind it (plain text when no issue is behind it). */
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import type { CountedView } from '../../../../../src/contract/resolvers';
import { formatPoints } from '../../../../shared/format';
import { useOpenIssues } from './issuesDialogContext';

const linkButton: CSSProperties = {
  border: 'none',
  background: 'transparent',
  padding: 0,
  font: 'inherit',
  color: token('color.link'),
  textDecoration: 'underline',
  textUnderlineOffset: '2px',
  cursor: 'pointer',
  fontVariantNumeric: 'tabular-nums',
};

const issueCountStyle: CSSProperties = { display: 'block', font: token('font.body.small'), color: token('color.text.subtlest') };

/**
 * @param label what the number is, in words ("Committed in Sprint 5"): the dialog's title and the button's name
 * @param showIssueCount also say how many issues, under a number of points
 */
export function CountButton({ counted, label, showIssueCount = false, testId }: { counted: CountedView; label: string; showIssueCount?: boolean; testId?: string }) {
  const open = useOpenIssues();
  const value = formatPoints(counted.value);
  const issues = counted.issueCount === 1 ? '1 issue' : `${counted.issueCount} issues`;
  const count = showIssueCount && counted.issueCount > 0 ? <span style={issueCountStyle}>{issues}</span> : null;
  if (counted.ref === null || counted.issueCount === 0) {
    return (
      <span data-testid={testId}>
        {value}
        {count}
      </span>
    );
  }
  const ref = counted.ref;
  return (
    <>
      <button
        type="button"
        style={linkButton}
        aria-label={`${label}: ${value}${showIssueCount ? `, ${issues}` : ''}. Show the issues`}
        data-testid={testId}
        data-ref={ref}
        onClick={(event) => open({ ref, label, opener: event.currentTarget })}
      >
        {value}
      </button>
      {count}
    </>
  );
}
