/** What GET /__host/mode answers the shell in real-site mode: the banner's facts, its words made here. */
import { noJiraSoftwareNote, rateLimitedMessage } from './siteProblems';
import { realNow, type SiteState } from './siteState';

export interface RealSiteModeView {
  kind: 'real-site';
  siteUrl: string;
  writes: 'allowed' | 'read-only';
  user: { displayName: string; emailAddress: string } | null;
  problem: SiteState['problem'];
  jiraSoftware: boolean | null;
  /** Said while it lasts. */
  noJiraSoftware: string | null;
  rateLimited: string | null;
  refusedWrites: number;
}

export function modeView(state: SiteState): RealSiteModeView {
  const limit = state.rateLimit && state.rateLimit.until > realNow() ? state.rateLimit : null;
  return {
    kind: 'real-site',
    siteUrl: state.siteUrl,
    writes: state.allowWrites ? 'allowed' : 'read-only',
    user: state.user ? { displayName: state.user.displayName, emailAddress: state.user.emailAddress } : null,
    problem: state.problem,
    jiraSoftware: state.jiraSoftware,
    noJiraSoftware: state.jiraSoftware === false ? noJiraSoftwareNote(state.siteUrl) : null,
    rateLimited: limit ? rateLimitedMessage(state.siteUrl, limit.until, limit.reason) : null,
    refusedWrites: state.refusedWrites,
  };
}
