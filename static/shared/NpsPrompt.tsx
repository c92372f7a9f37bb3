/**
 * The one-question survey: eleven buttons 0–10 (one click answers), an optional comment and
 * "Not today"; after an answer, the thanks and until when it can be changed. Shared by the project
 * page's banner and the issue panel's compact prompt (a lazy chunk there: the panel's budget).
 */
import { token } from '@atlaskit/tokens';
import { useState, type CSSProperties } from 'react';
import type { SurveyPromptView } from '../../src/contract/resolvers';
import { NPS_LIMITS } from '../../src/contract/npsSettings';
import { Button } from './buttons';
import { FormAlert, inputStyle } from './formControls';
import { NPS_ANONYMITY_NOTE, thanksWords } from './npsWords';
import { useWrite } from './useWrite';

const SCORES = Array.from({ length: NPS_LIMITS.score.max - NPS_LIMITS.score.min + 1 }, (_, i) => NPS_LIMITS.score.min + i);

const boxStyle = (compact: boolean): CSSProperties => ({
  display: 'flex',
  flexDirection: 'column',
  gap: token(compact ? 'space.075' : 'space.100'),
  padding: token(compact ? 'space.100' : 'space.200'),
  borderRadius: token('radius.medium', '6px'),
  border: `${token('border.width')} solid ${token('color.border.discovery')}`,
  background: token('color.background.discovery'),
  color: token('color.text'),
});
const rowStyle: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: token('space.050'), alignItems: 'center' };
const ends: CSSProperties = { display: 'flex', justifyContent: 'space-between', font: token('font.body.small'), color: token('color.text.subtle'), maxWidth: '34rem' };
const noteStyle: CSSProperties = { margin: 0, font: token('font.body.small'), color: token('color.text.subtle') };
const scoreStyle = (chosen: boolean, compact: boolean): CSSProperties => ({
  minWidth: compact ? '1.9rem' : '2.5rem',
  padding: compact ? `${token('space.050')} ${token('space.075')}` : `${token('space.075')} ${token('space.100')}`,
  border: `${token('border.width')} solid ${chosen ? token('color.border.selected') : token('color.border')}`,
  background: chosen ? token('color.background.selected') : token('elevation.surface'),
  color: chosen ? token('color.text.selected') : token('color.text'),
  fontVariantNumeric: 'tabular-nums',
});

interface Props {
  prompt: SurveyPromptView;
  /** The issue panel's: smaller, the comment behind a link. */
  compact?: boolean;
  /** After an answer, with the survey as the server now has it. */
  onAnswered: (prompt: SurveyPromptView) => void;
  onDismissed: (prompt: SurveyPromptView) => void;
  /** Changing an earlier answer: no "Not today", and a way back. */
  onCancel?: () => void;
}

/** The question and its buttons. */
export function NpsPrompt({ prompt, compact = false, onAnswered, onDismissed, onCancel }: Props) {
  const [comment, setComment] = useState(prompt.answer?.comment ?? '');
  const [commenting, setCommenting] = useState(!compact || comment !== '');
  const answer = useWrite('nps/answer');
  const dismiss = useWrite('nps/dismiss');
  const busy = answer.busy || dismiss.busy;
  const error = answer.error ?? dismiss.error;
  const tooLong = comment.length > NPS_LIMITS.commentMaxLength;
  const send = (score: number) => void answer.submit({ score, comment: comment.trim() === '' ? null : comment }, onAnswered);
  const questionId = `nps-question-${compact ? 'panel' : 'page'}`;
  return (
    <section aria-labelledby={questionId} style={boxStyle(compact)} data-testid="nps-prompt" data-quarter={prompt.quarter}>
      <div style={{ font: token(compact ? 'font.heading.xxsmall' : 'font.heading.small') }} id={questionId}>
        {prompt.question}
      </div>
      <div role="group" aria-label="Your score, 0 (not at all likely) to 10 (extremely likely)" style={{ display: 'flex', flexDirection: 'column', gap: token('space.050') }}>
        <div style={rowStyle}>
          {SCORES.map((score) => (
            <Button key={score} style={scoreStyle(prompt.answer?.score === score, compact)} disabled={busy || tooLong} onClick={() => send(score)} aria-label={`${score} of 10`} data-testid="nps-score" data-score={score}>
              {score}
            </Button>
          ))}
        </div>
        <div style={ends} aria-hidden="true">
          <span>Not at all likely</span>
          <span>Extremely likely</span>
        </div>
      </div>
      {commenting ? (
        <label style={{ display: 'flex', flexDirection: 'column', gap: token('space.050'), font: token('font.body.small'), color: token('color.text.subtle') }}>
          Comment (optional, sent with your score)
          <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={compact ? 2 : 2} maxLength={NPS_LIMITS.commentMaxLength + 1} style={{ ...inputStyle, resize: 'vertical' }} data-testid="nps-comment" disabled={busy} />
          {tooLong ? <span style={{ color: token('color.text.danger') }}>At most {NPS_LIMITS.commentMaxLength} characters.</span> : null}
        </label>
      ) : null}
      <div style={rowStyle}>
        {!commenting ? (
          <Button appearance="subtle" onClick={() => setCommenting(true)} data-testid="nps-add-comment" style={{ paddingLeft: 0 }}>
            Add a comment
          </Button>
        ) : null}
        {onCancel ? (
          <Button appearance="subtle" onClick={onCancel} disabled={busy} data-testid="nps-cancel">
            Keep my answer
          </Button>
        ) : (
          <Button appearance="subtle" onClick={() => void dismiss.submit({}, onDismissed)} disabled={busy} data-testid="nps-not-today">
            {dismiss.busy ? 'Hiding…' : 'Not today'}
          </Button>
        )}
      </div>
      <p style={noteStyle} data-testid="nps-anonymity">
        {NPS_ANONYMITY_NOTE}
      </p>
      {error ? <FormAlert error={error} /> : null}
    </section>
  );
}

/** After an answer: the thanks, until when it can be changed, and a way to change it. */
export function NpsThanks({ prompt, onChange, compact = false }: { prompt: SurveyPromptView; onChange: () => void; compact?: boolean }) {
  return (
    <section aria-label="Engagement survey" style={{ ...boxStyle(compact), background: token('color.background.success'), border: `${token('border.width')} solid ${token('color.border.success')}` }} data-testid="nps-thanks" role="status">
      <span>
        {thanksWords(prompt.lastDay)}
        {prompt.answer ? ` Your answer: ${prompt.answer.score}.` : ''}
      </span>
      <div>
        <Button appearance="subtle" onClick={onChange} data-testid="nps-change" style={{ paddingLeft: 0 }}>
          Change my answer
        </Button>
      </div>
    </section>
  );
}
