/**
 * "Show what would be posted now": asks the server (`escalation/preview`, project admins) which comments
 * the scanner would post if it ran now, from the saved settings, and lists each with its recipients and
 * its full text, then what is exempt, waiting or could not be checked. Asking posts and records nothing.
 */
import { token } from '@atlaskit/tokens';
import { useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { EscalationItemView, EscalationPreviewView, ResolverError } from '../../../../src/contract/resolvers';
import { Button } from '../../../shared/buttons';
import { formatDateTime } from '../../../shared/decisionLabels';
import { itemTitle, modeLabels, recipientsWithRoles, ruleLabels } from '../../../shared/escalationItemWords';
import { sinceWords } from '../../../shared/escalationWords';
import { fieldsetStyle, legendStyle } from '../../../shared/formControls';
import { callResolver } from '../../../shared/resolverClient';
import { ErrorState } from '../../../shared/states';

type Answer = { status: 'idle' } | { status: 'loading'; last: EscalationPreviewView | null } | { status: 'loaded'; view: EscalationPreviewView } | { status: 'failed'; error: ResolverError };

const column: CSSProperties = { display: 'flex', flexDirection: 'column', gap: token('space.100') };
const subtle: CSSProperties = { margin: 0, font: token('font.body.small'), color: token('color.text.subtle') };
const term: CSSProperties = { font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') };
const listStyle: CSSProperties = { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: token('space.150') };
const itemStyle: CSSProperties = { ...column, gap: token('space.050'), padding: token('space.100'), border: `${token('border.width')} solid ${token('color.border')}`, borderRadius: token('radius.medium', '6px') };
const textStyle: CSSProperties = { margin: 0, padding: token('space.100'), whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', font: token('font.body'), color: token('color.text'), background: token('color.background.neutral.subtle', 'transparent'), borderLeft: `${token('border.width.selected')} solid ${token('color.border')}` };
const smallList: CSSProperties = { margin: 0, paddingLeft: token('space.250'), font: token('font.body.small'), color: token('color.text') };

function modeNote(view: EscalationPreviewView): { words: string; style: CSSProperties } {
  if (view.mode === 'preview') {
    return {
      words: 'The project is in Preview: nothing is posted until it is switched to Live (Mode, above) and saved.',
      style: { margin: 0, padding: token('space.100'), borderRadius: token('radius.small', '3px'), background: token('color.background.information'), color: token('color.text') },
    };
  }
  const words = view.wouldPost.length > 0 ? 'The project is Live: the scanner’s next run posts each of these that is still due then.' : 'The project is Live: the scanner posts each comment when it falls due.';
  return { words, style: { margin: 0, color: token('color.text') } };
}

/** `unsaved`: the form has changes not saved yet (the preview follows the saved settings). */
export function EscalationPreview({ unsaved = false }: { unsaved?: boolean }) {
  const [answer, setAnswer] = useState<Answer>({ status: 'idle' });
  const latest = useRef(0);
  const ask = () => {
    const mine = ++latest.current;
    setAnswer((current) => ({ status: 'loading', last: current.status === 'loaded' ? current.view : current.status === 'loading' ? current.last : null }));
    void callResolver('escalation/preview').then((result) => {
      if (mine !== latest.current) return;
      setAnswer(result.ok ? { status: 'loaded', view: result.data } : { status: 'failed', error: result.error });
    });
  };
  const view = answer.status === 'loaded' ? answer.view : answer.status === 'loading' ? answer.last : null;
  return (
    <fieldset style={fieldsetStyle} data-testid="escalation-preview">
      <legend style={legendStyle}>Preview: what would be posted now</legend>
      <div style={column}>
        <div style={{ display: 'flex', alignItems: 'center', gap: token('space.150'), flexWrap: 'wrap' }}>
          <Button onClick={ask} disabled={answer.status === 'loading'} data-testid="escalation-preview-show">
            {answer.status === 'loading' ? 'Working it out…' : 'Show what would be posted now'}
          </Button>
          <span style={subtle}>Computed from the saved settings; asking posts nothing.</span>
        </div>
        {unsaved ? (
          <p style={{ ...subtle, color: token('color.text.warning') }} data-testid="escalation-preview-unsaved">
            This form has unsaved changes: the preview does not include them until they are saved.
          </p>
        ) : null}
        {answer.status === 'failed' ? <ErrorState error={answer.error} /> : null}
        {view ? <PreviewResult view={view} /> : null}
      </div>
    </fieldset>
  );
}

function PreviewResult({ view }: { view: EscalationPreviewView }) {
  const now = Date.parse(view.computedAt);
  const note = modeNote(view);
  return (
    <div style={column} data-testid="escalation-preview-result" data-mode={view.mode}>
      <p style={note.style} data-testid="escalation-preview-mode">
        <strong>{modeLabels[view.mode]}.</strong> {note.words}
      </p>
      <p style={subtle} data-testid="escalation-preview-computed-at">
        Computed at {formatDateTime(view.computedAt)}
      </p>
      <div style={{ color: token('color.text') }} data-testid="escalation-preview-summary">
        {view.wouldPost.length === 0 ? 'Nothing would be posted now.' : `${view.wouldPost.length} ${view.wouldPost.length === 1 ? 'comment' : 'comments'} would be posted now.`}
        {view.alreadyPosted > 0 ? ` ${view.alreadyPosted} due ${view.alreadyPosted === 1 ? 'step is' : 'steps are'} posted already.` : ''}
      </div>
      {view.wouldPost.length > 0 ? (
        <ol style={listStyle} aria-label="Comments that would be posted now">
          {view.wouldPost.map((item) => (
            <WouldPost key={item.id} item={item} now={now} />
          ))}
        </ol>
      ) : null}
      <Facts title="Exempt" testId="escalation-preview-exempt" count={view.exempt.length}>
        {view.exempt.map((e, i) => (
          <li key={i}>
            {e.issueKey} · {ruleLabels[e.rule]}: {e.reason}
          </li>
        ))}
      </Facts>
      <Facts title="Waiting" testId="escalation-preview-deferred" count={view.deferred.length}>
        {view.deferred.map((d, i) => (
          <li key={i}>
            {d.issueKey} · {ruleLabels[d.rule]}: {d.reason}
            {d.until ? ` (until ${formatDateTime(d.until)})` : ''}
          </li>
        ))}
      </Facts>
      <Facts title="Not checked" testId="escalation-preview-skipped" count={view.skipped.length}>
        {view.skipped.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </Facts>
    </div>
  );
}

function WouldPost({ item, now }: { item: EscalationItemView; now: number }) {
  const due = sinceWords(item.dueAt, now);
  return (
    <li style={itemStyle} data-testid="escalation-preview-item" data-issue-key={item.issueKey} data-rule={item.rule}>
      <div style={{ color: token('color.text'), fontWeight: token('font.weight.semibold') }}>
        {item.issueKey} · {itemTitle(item)}
        {item.decisionId ? ` · ${item.decisionId}` : ''}
      </div>
      <div style={subtle}>
        Due since {formatDateTime(item.dueAt)}
        {due ? ` (${due} ago)` : ''}
      </div>
      <div>
        <span style={term}>To </span>
        <span data-testid="escalation-preview-recipients">{recipientsWithRoles(item.recipients)}</span>
      </div>
      <p style={textStyle} data-testid="escalation-preview-text">
        {item.text}
      </p>
    </li>
  );
}

function Facts({ title, count, testId, children }: { title: string; count: number; testId: string; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <div data-testid={testId}>
      <div style={term}>
        {title} ({count})
      </div>
      <ul style={smallList}>{children}</ul>
    </div>
  );
}
