/**
 * "Raise a concern" at the foot of the issue panel: only the button is in the panel's first load (its
 * budget is tight); the form and what follows it are a lazy chunk fetched on the first click.
 */
import { token } from '@atlaskit/tokens';
import { lazy, Suspense, useState } from 'react';
import { Button } from '../../../shared/buttons';
import { Loading } from '../../../shared/states';

const ConcernPanel = lazy(() => import('./ConcernPanel'));

export function ConcernAction({ issueKey }: { issueKey: string }) {
  const [open, setOpen] = useState(false);
  return (
    <section aria-label="Raise a concern" data-testid="concern-action" style={{ padding: token('space.100') }}>
      {open ? (
        <Suspense fallback={<Loading label="Loading the concern form" />}>
          <ConcernPanel issueKey={issueKey} onClose={() => setOpen(false)} />
        </Suspense>
      ) : (
        <Button appearance="subtle" onClick={() => setOpen(true)} data-testid="concern-open">
          Raise a concern
        </Button>
      )}
    </section>
  );
}
