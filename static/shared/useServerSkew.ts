import { useMemo } from 'react';

/**
 * How far the server's clock is ahead of the browser's (ms), from the time it said it answered: ages
 * ("computed 12 min ago") are the server's, as Jira's own times are, whatever the browser's clock says.
 */
export function useServerSkew(servedAt: string): number {
  return useMemo(() => {
    const served = Date.parse(servedAt);
    return Number.isFinite(served) ? served - Date.now() : 0;
  }, [servedAt]);
}
