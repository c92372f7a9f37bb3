/** An issue key that opens the issue in Jira (router.open, as the health dialogs do); says so when Jira does not. */
import { token } from '@atlaskit/tokens';
import { router } from '@forge/bridge';
import { useState, type CSSProperties } from 'react';
import { issuePath } from '../health/issues/issueLinks';

const keyButton: CSSProperties = { border: 'none', background: 'transparent', padding: 0, font: 'inherit', color: token('color.link'), cursor: 'pointer', whiteSpace: 'nowrap' };

/** `strong`: the key in semibold (the daily note); `testId` names the button for the tests. */
export function IssueKeyButton({ issueKey, strong = false, testId = 'escalation-issue-key' }: { issueKey: string; strong?: boolean; testId?: string }) {
  const [error, setError] = useState<string | null>(null);
  const open = () => {
    setError(null);
    router.open(issuePath(issueKey)).catch((thrown: unknown) => setError(`Jira did not open ${issueKey}: ${thrown instanceof Error ? thrown.message : String(thrown)}`));
  };
  return (
    <>
      <button type="button" style={strong ? { ...keyButton, fontWeight: token('font.weight.semibold') } : keyButton} onClick={open} aria-label={`${issueKey}: open in Jira`} data-testid={testId}>
        {issueKey}
      </button>
      {error ? (
        <span role="alert" style={{ display: 'block', color: token('color.text.danger'), font: token('font.body.small') }}>
          {error}
        </span>
      ) : null}
    </>
  );
}
