/** The issue panel's concern (lazy chunk): the form, then what the app did with it — from the answer, never more. */
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import type { RaisedConcernView } from '../../../../src/contract/resolvers';
import { Button } from '../../../shared/buttons';
import ConcernForm from '../../../shared/concern/ConcernForm';
import { callWords, readersWords } from '../../../shared/concern/concernWords';

export default function ConcernPanel({ issueKey, onClose }: { issueKey: string; onClose: () => void }) {
  const [raised, setRaised] = useState<RaisedConcernView | null>(null);
  if (!raised) return <ConcernForm issueKey={issueKey} onDone={setRaised} onCancel={onClose} />;
  const about = raised.concern.issueKey ? ` about ${raised.concern.issueKey}` : '';
  return (
    <div role="status" data-testid="concern-raised" style={{ display: 'flex', flexDirection: 'column', gap: token('space.100'), padding: token('space.150'), borderRadius: token('radius.medium', '6px'), background: token('color.background.success') }}>
      <p style={{ margin: 0, color: token('color.text') }} data-testid="concern-raised-words">
        Concern raised{about}. {readersWords(raised.readers)} {callWords(raised.concern.call, raised.waitReason)}
      </p>
      <div>
        <Button onClick={onClose} data-testid="concern-close">
          Close
        </Button>
      </div>
    </div>
  );
}
