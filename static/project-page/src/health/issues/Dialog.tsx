/**
 * An accessible modal dialog drawn with tokens. Not @atlaskit/modal-dialog: that one is fixed to the top of
 * the frame's viewport, and Jira sizes a Custom UI frame to its content, so on a long project page it would
 * open out of sight above the number that was clicked. This one opens beside its opener; the rest of the
 * page is inert while it is open, Tab stays inside, Escape or the blanket closes it, focus goes back.
 */
import { token } from '@atlaskit/tokens';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const blanketStyle: CSSProperties = { position: 'fixed', inset: 0, background: token('color.blanket'), zIndex: 0 };
const panelStyle: CSSProperties = {
  position: 'relative',
  zIndex: 1,
  width: 'min(800px, calc(100% - 32px))',
  background: token('elevation.surface.overlay'),
  boxShadow: token('elevation.shadow.overlay'),
  borderRadius: token('radius.large', '8px'),
  color: token('color.text'),
  padding: token('space.300'),
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.200'),
  outline: 'none',
};

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
const MARGIN = 16;

/** Where the dialog's top goes, in page coordinates: a little above the opener, never above the page. */
function topNear(opener: HTMLElement | null): number {
  if (!opener) return window.scrollY + MARGIN * 4;
  return Math.max(MARGIN, opener.getBoundingClientRect().top + window.scrollY - 160);
}

export function Dialog({ labelledBy, opener, onClose, children, testId }: { labelledBy: string; opener: HTMLElement | null; onClose: () => void; children: ReactNode; testId?: string }) {
  const [host] = useState(() => document.createElement('div'));
  const panel = useRef<HTMLDivElement>(null);
  const [top] = useState(() => topNear(opener));

  useLayoutEffect(() => {
    // The host itself is positioned, so the frame's height (measured from body's children) includes the dialog.
    Object.assign(host.style, { position: 'absolute', top: `${top}px`, left: '0', right: '0', display: 'flex', justifyContent: 'center', zIndex: '500' });
    document.body.append(host);
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    panel.current?.focus();
    panel.current?.scrollIntoView({ block: 'nearest' });
    return () => {
      root?.removeAttribute('inert');
      host.remove();
      opener?.focus();
    };
  }, [host, top, opener]);

  useEffect(() => {
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onEscape);
    return () => document.removeEventListener('keydown', onEscape);
  }, [onClose]);

  const keepFocusInside = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab' || !panel.current) return;
    const focusable = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return event.preventDefault();
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === panel.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <>
      <div style={blanketStyle} onClick={onClose} aria-hidden="true" data-testid={testId ? `${testId}-blanket` : undefined} />
      <div ref={panel} role="dialog" aria-modal="true" aria-labelledby={labelledBy} tabIndex={-1} style={panelStyle} onKeyDown={keepFocusInside} data-testid={testId}>
        {children}
      </div>
    </>,
    host,
  );
}
