/**
 * The survey banner at the top of the project page: for a client-team member who has not answered
 * the open survey (and did not choose "Not today" today), the question; after answering, the thanks.
 */
import { NpsPrompt, NpsThanks } from '../../../shared/NpsPrompt';
import type { NpsPromptState } from '../../../shared/npsPromptState';

export const SURVEY_BANNER_ID = 'nps-banner';

export function SurveyBanner({ state, onChanged }: { state: NpsPromptState; onChanged: () => void }) {
  const { prompt, mode } = state;
  if (!prompt || mode === 'hidden') return null;
  return (
    <div id={SURVEY_BANNER_ID} data-testid="nps-banner">
      {mode === 'thanks' ? (
        <NpsThanks prompt={prompt} onChange={state.change} />
      ) : (
        <NpsPrompt
          prompt={prompt}
          onAnswered={(next) => {
            state.answered(next);
            // The NPS section and its tile count the answer now.
            onChanged();
          }}
          onDismissed={state.dismissed}
          onCancel={mode === 'change' ? state.cancel : undefined}
        />
      )}
    </div>
  );
}
