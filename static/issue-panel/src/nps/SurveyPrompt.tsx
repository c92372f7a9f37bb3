/**
 * The compact survey prompt at the top of the issue panel, for a client-team member who has not
 * answered the open survey and did not choose "Not today" today. A lazy chunk, loaded only when the
 * panel's view carries a survey: the panel's first load stays within its budget.
 */
import { token } from '@atlaskit/tokens';
import type { SurveyPromptView } from '../../../../src/contract/resolvers';
import { NpsPrompt, NpsThanks } from '../../../shared/NpsPrompt';
import { useNpsPromptState } from '../../../shared/npsPromptState';

export default function SurveyPrompt({ initial }: { initial: SurveyPromptView }) {
  const state = useNpsPromptState(initial);
  const { prompt, mode } = state;
  if (!prompt || mode === 'hidden') return null;
  return (
    <div style={{ padding: `${token('space.100')} ${token('space.100')} 0` }} data-testid="issue-nps">
      {mode === 'thanks' ? (
        <NpsThanks prompt={prompt} onChange={state.change} compact />
      ) : (
        <NpsPrompt prompt={prompt} compact onAnswered={state.answered} onDismissed={state.dismissed} onCancel={mode === 'change' ? state.cancel : undefined} />
      )}
    </div>
  );
}
