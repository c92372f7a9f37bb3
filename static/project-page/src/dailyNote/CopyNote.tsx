/**
 * "Copy as text" and "Copy as Markdown": the note rendered by the domain's own functions (through
 * the contract), put on the clipboard, then "Copied". Where the browser refuses the clipboard (a
 * frame without the permission), the text is shown selected to copy by hand.
 */
import { token } from '@atlaskit/tokens';
import { view } from '@forge/bridge';
import { useEffect, useRef, useState } from 'react';
import { noteMarkdown, noteText, type DailyNoteView } from '../../../../src/contract/dailyNote';
import { Button } from '../../../shared/buttons';

type Format = 'text' | 'markdown';
const COPIED_MS = 4000;

/** The site's address from the Forge context, so Markdown links each key; null until known (keys stay plain). */
function useSiteUrl(): string | null {
  const [siteUrl, setSiteUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    view
      .getContext()
      .then((context) => {
        const url = (context as { siteUrl?: unknown } | null)?.siteUrl;
        if (current && typeof url === 'string') setSiteUrl(url);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return siteUrl;
}

export function CopyNote({ note }: { note: DailyNoteView }) {
  const siteUrl = useSiteUrl();
  const [copied, setCopied] = useState<Format | null>(null);
  const [manual, setManual] = useState<{ format: Format; text: string } | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (copied === null) return;
    const timer = setTimeout(() => setCopied(null), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  useEffect(() => area.current?.select(), [manual]);
  // Another day chosen: nothing of the last one's copy is said.
  useEffect(() => {
    setCopied(null);
    setManual(null);
  }, [note.date]);

  const copy = async (format: Format) => {
    const text = format === 'text' ? noteText(note) : noteMarkdown(note, siteUrl);
    setCopied(null);
    try {
      await navigator.clipboard.writeText(text);
      setManual(null);
      setCopied(format);
    } catch {
      setManual({ format, text });
    }
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.100') }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), flexWrap: 'wrap' }}>
        <Button onClick={() => void copy('text')} data-testid="daily-note-copy-text">
          Copy as text
        </Button>
        <Button onClick={() => void copy('markdown')} data-testid="daily-note-copy-markdown">
          Copy as Markdown
        </Button>
        <span role="status" aria-live="polite" data-testid="daily-note-copied" data-format={copied ?? undefined} style={{ color: token('color.text.success'), font: token('font.body.small') }}>
          {copied ? 'Copied' : ''}
        </span>
      </div>
      {manual ? (
        <div data-testid="daily-note-copy-manual">
          <p style={{ margin: `0 0 ${token('space.050')}`, color: token('color.text.warning'), font: token('font.body.small') }}>
            The browser did not let the app copy: the note is selected below, copy it with Ctrl+C (⌘C on a Mac).
          </p>
          <textarea
            ref={area}
            readOnly
            value={manual.text}
            aria-label={manual.format === 'text' ? 'The note as text' : 'The note as Markdown'}
            rows={10}
            style={{ width: '100%', boxSizing: 'border-box', font: token('font.code'), color: token('color.text'), background: token('color.background.input'), border: `${token('border.width')} solid ${token('color.border.input')}`, borderRadius: token('radius.small', '3px') }}
          />
        </div>
      ) : null}
    </div>
  );
}
