/** Owns the one "issues behind a number" dialog of the page; its code loads on the first open. */
import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { IssuesDialogContext, type IssuesRequest } from './issuesDialogContext';

const IssuesDialog = lazy(() => import('./IssuesDialog'));

export function IssuesDialogHost({ projectKey, children }: { projectKey: string; children: ReactNode }) {
  const [request, setRequest] = useState<IssuesRequest | null>(null);
  const close = useCallback(() => setRequest(null), []);
  return (
    <IssuesDialogContext.Provider value={setRequest}>
      {children}
      {request ? (
        <Suspense fallback={null}>
          <IssuesDialog key={request.ref} request={request} projectKey={projectKey} onClose={close} />
        </Suspense>
      ) : null}
    </IssuesDialogContext.Provider>
  );
}
