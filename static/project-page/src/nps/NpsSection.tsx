/**
 * The project page's "Engagement NPS": the current quarter's score (or why there is none), its
 * response rate and the survey's window, the caller's own answer (theirs only), the trend across
 * quarters, the comments without names, the formula and the anonymity note.
 */
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import type { NpsQuarterView, NpsView } from '../../../../src/contract/resolvers';
import { Button } from '../../../shared/buttons';
import { calendarDayWords, NPS_ANONYMITY_NOTE, npsResultWords, npsValueWords, responseWords, zonedDayWords } from '../../../shared/npsWords';
import type { NpsPromptState } from '../../../shared/npsPromptState';
import { cellStyle, headerCellStyle, tableStyle } from '../../../shared/tableStyles';
import { SURVEY_BANNER_ID } from './SurveyBanner';

const column: CSSProperties = { display: 'flex', flexDirection: 'column', gap: token('space.150') };
const subtle: CSSProperties = { margin: 0, color: token('color.text.subtle') };
const small: CSSProperties = { margin: 0, font: token('font.body.small'), color: token('color.text.subtlest') };
const scoreStyle: CSSProperties = { font: token('font.heading.large'), color: token('color.text') };
const subheading: CSSProperties = { margin: 0, font: token('font.heading.xsmall'), color: token('color.text') };
const barTrack: CSSProperties = { position: 'relative', width: '120px', height: '8px', borderRadius: token('radius.small', '3px'), background: token('color.background.neutral') };

/** A bar from the middle (0) to the NPS, −100 left and +100 right. */
function NpsBar({ nps }: { nps: number }) {
  const width = `${Math.abs(nps) / 2}%`;
  const fill: CSSProperties = {
    position: 'absolute',
    top: 0,
    bottom: 0,
    left: nps >= 0 ? '50%' : `calc(50% - ${width})`,
    width,
    borderRadius: token('radius.small', '3px'),
    background: token('color.background.brand.bold'),
  };
  return (
    <span style={barTrack} aria-hidden="true">
      <span style={fill} />
    </span>
  );
}

const changeWords = (change: number | null) => (change === null ? '—' : change === 0 ? 'unchanged' : `${change > 0 ? 'up' : 'down'} ${Math.abs(change)}`);

function TrendTable({ quarters }: { quarters: NpsQuarterView[] }) {
  return (
    <table style={tableStyle} aria-label="Engagement NPS by quarter" data-testid="nps-trend">
      <thead>
        <tr>
          <th style={headerCellStyle}>Quarter</th>
          <th style={headerCellStyle}>NPS</th>
          <th style={headerCellStyle}>Promoters · passives · detractors</th>
          <th style={headerCellStyle}>Response</th>
          <th style={headerCellStyle}>Change</th>
        </tr>
      </thead>
      <tbody>
        {[...quarters].reverse().map((q) => (
          <tr key={q.quarter} data-testid="nps-trend-row" data-quarter={q.quarter} data-result={q.result.kind}>
            <td style={cellStyle}>
              {q.label}
              {q.open ? <span style={{ color: token('color.text.subtlest') }}> (open)</span> : null}
            </td>
            <td style={cellStyle}>
              {q.result.kind === 'score' ? (
                <span style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.100') }}>
                  <span style={{ minWidth: '2.5rem', fontVariantNumeric: 'tabular-nums' }}>{npsValueWords(q.result.nps)}</span>
                  <NpsBar nps={q.result.nps} />
                </span>
              ) : (
                <span style={{ color: token('color.text.subtle') }}>{npsResultWords(q.result, q.answers)}</span>
              )}
            </td>
            <td style={cellStyle}>{q.result.kind === 'score' ? `${q.result.promoters} · ${q.result.passives} · ${q.result.detractors}` : '—'}</td>
            <td style={cellStyle}>{responseWords(q.answers, q.audience, q.responseRate)}</td>
            <td style={cellStyle}>{changeWords(q.change)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Comments({ quarters }: { quarters: NpsQuarterView[] }) {
  const withComments = [...quarters].reverse().filter((q) => q.comments.length > 0);
  if (withComments.length === 0) return <p style={subtle}>No comments yet. Comments are shown once a quarter has enough answers to judge.</p>;
  return (
    <div style={column} data-testid="nps-comments">
      {withComments.map((q) => (
        <div key={q.quarter}>
          <h4 style={subheading}>
            {q.label}: {q.comments.length === 1 ? '1 comment' : `${q.comments.length} comments`}
          </h4>
          <ul style={{ margin: `${token('space.050')} 0 0`, paddingLeft: token('space.250') }}>
            {q.comments.map((comment, i) => (
              <li key={i} style={{ whiteSpace: 'pre-wrap', color: token('color.text') }} data-testid="nps-comment-text">
                {comment}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function YourAnswer({ state }: { state: NpsPromptState }) {
  const { prompt, mode } = state;
  if (!prompt || mode !== 'hidden') return null;
  const reopen = () => {
    state.reopen();
    document.getElementById(SURVEY_BANNER_ID)?.scrollIntoView({ block: 'nearest' });
  };
  return (
    <p style={{ ...subtle, display: 'flex', gap: token('space.100'), alignItems: 'center', flexWrap: 'wrap' }} data-testid="nps-your-answer">
      <span>
        {prompt.answer
          ? `Your answer for ${prompt.label}: ${prompt.answer.score}. Only you see it; you can change it until ${calendarDayWords(prompt.lastDay)}.`
          : `You have not answered the ${prompt.label} survey yet; it is open until ${calendarDayWords(prompt.lastDay)}.`}
      </span>
      <Button appearance="default" onClick={reopen} data-testid="nps-reopen">
        {prompt.answer ? 'Change my answer' : 'Answer now'}
      </Button>
    </p>
  );
}

export default function NpsSection({ nps, state }: { nps: NpsView; state: NpsPromptState }) {
  const current = nps.quarters[nps.quarters.length - 1]!;
  const { survey } = nps;
  const windowWords = survey.open
    ? `The ${survey.label} survey is open for the client team until ${calendarDayWords(survey.lastDay)} (${survey.timeZone}).`
    : `The ${survey.label} survey was open for the first ${survey.windowDays === 1 ? 'day' : `${survey.windowDays} days`} of the quarter; the next opens on ${zonedDayWords(survey.nextOpensAt, survey.timeZone)}.`;
  return (
    <div style={column} data-testid="nps-section">
      <div style={{ display: 'flex', alignItems: 'baseline', gap: token('space.200'), flexWrap: 'wrap' }} data-testid="nps-current" data-result={current.result.kind}>
        <span style={current.result.kind === 'score' ? scoreStyle : { ...scoreStyle, font: token('font.heading.small') }} data-testid="nps-current-result">
          {npsResultWords(current.result, current.answers)}
        </span>
        <span style={subtle} data-testid="nps-current-response">
          {current.label} · {responseWords(current.answers, current.audience, current.responseRate)}
        </span>
        {current.open ? <Lozenge appearance="inprogress">Survey open</Lozenge> : <Lozenge>Survey closed</Lozenge>}
      </div>
      <p style={subtle} data-testid="nps-window">
        {windowWords}
      </p>
      <YourAnswer state={state} />
      <TrendTable quarters={nps.quarters} />
      <Comments quarters={nps.quarters} />
      <p style={small} data-testid="nps-formula">
        {nps.formula}
      </p>
      <p style={small} data-testid="nps-anonymity-note">
        {NPS_ANONYMITY_NOTE}
      </p>
    </div>
  );
}
