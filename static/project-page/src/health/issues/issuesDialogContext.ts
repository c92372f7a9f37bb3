/** How a number anywhere on the page opens the issues behind it: one dialog, owned by the health section. */
import { createContext, useContext } from 'react';

export interface IssuesRequest {
  ref: string;
  /** What was clicked, in words ("Committed in Sprint 5"): the dialog's title until the list arrives. */
  label: string;
  /** Where focus returns when the dialog closes. */
  opener: HTMLElement | null;
}

export const IssuesDialogContext = createContext<(request: IssuesRequest) => void>(() => undefined);

export function useOpenIssues(): (request: IssuesRequest) => void {
  return useContext(IssuesDialogContext);
}
