/**
 * Where the survey prompt stands on a page: asking (not answered, not dismissed today), thanking
 * (just answered), changing an earlier answer, or out of the way.
 */
import { useEffect, useState } from 'react';
import type { SurveyPromptView } from '../../src/contract/resolvers';

export type NpsPromptMode = 'ask' | 'thanks' | 'change' | 'hidden';

const modeOf = (prompt: SurveyPromptView): NpsPromptMode => (prompt.answer === null && !prompt.dismissedToday ? 'ask' : 'hidden');

export function useNpsPromptState(initial: SurveyPromptView | null) {
  const [prompt, setPrompt] = useState(initial);
  const [mode, setMode] = useState<NpsPromptMode>(initial ? modeOf(initial) : 'hidden');
  // A newer view from the server (a reload) replaces the prompt; what the person just did stays shown.
  useEffect(() => {
    setPrompt(initial);
    setMode((current) => (initial === null ? 'hidden' : current === 'thanks' || current === 'change' ? current : modeOf(initial)));
  }, [initial]);
  return {
    prompt,
    mode,
    answered: (next: SurveyPromptView) => (setPrompt(next), setMode('thanks')),
    dismissed: (next: SurveyPromptView) => (setPrompt(next), setMode('hidden')),
    change: () => setMode('change'),
    /** Back to the question from elsewhere on the page: to change the answer, or to answer after all on a dismissed day. */
    reopen: () => setMode(prompt?.answer ? 'change' : 'ask'),
    cancel: () => setMode('thanks'),
  };
}

export type NpsPromptState = ReturnType<typeof useNpsPromptState>;
