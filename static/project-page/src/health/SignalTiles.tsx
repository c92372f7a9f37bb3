/** One tile per signal: its level, its title and the sentence that names the numbers; a tile with issues behind it opens them. */
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import type { SignalLevel, SignalView } from '../../../../src/contract/resolvers';
import { signalLevelAppearance, signalLevelLabel } from './healthWords';
import { useOpenIssues } from './issues/issuesDialogContext';

const listStyle: CSSProperties = { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: token('space.150') };

const accent: Record<SignalLevel, string> = {
  green: token('color.border.success'),
  amber: token('color.border.warning'),
  red: token('color.border.danger'),
  'not-enough-data': token('color.border'),
};

function tileStyle(level: SignalLevel): CSSProperties {
  return {
    boxSizing: 'border-box',
    width: '100%',
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: token('space.075'),
    padding: token('space.150'),
    border: `${token('border.width')} solid ${token('color.border')}`,
    borderLeft: `${token('border.width.selected')} solid ${accent[level]}`,
    borderRadius: token('radius.medium', '6px'),
    background: token('elevation.surface.raised'),
    boxShadow: token('elevation.shadow.raised'),
    color: token('color.text'),
    font: token('font.body'),
    textAlign: 'left',
  };
}

const titleStyle: CSSProperties = { font: token('font.heading.xsmall'), color: token('color.text') };
const reasonStyle: CSSProperties = { font: token('font.body.small'), color: token('color.text.subtle') };
const hintStyle: CSSProperties = { font: token('font.body.small'), color: token('color.link'), marginTop: 'auto' };

function TileContent({ signal }: { signal: SignalView }) {
  return (
    <>
      <Lozenge appearance={signalLevelAppearance[signal.level]} isBold={signal.level !== 'not-enough-data'}>
        {signalLevelLabel[signal.level]}
      </Lozenge>
      <span style={titleStyle} data-testid="health-signal-title">
        {signal.title}
      </span>
      <span style={reasonStyle} data-testid="health-signal-reason">
        {signal.reason}
      </span>
    </>
  );
}

export function SignalTiles({ signals }: { signals: SignalView[] }) {
  const open = useOpenIssues();
  if (signals.length === 0) {
    return <p style={{ margin: 0, color: token('color.text.subtle') }}>No signals yet: they appear once the snapshot is computed.</p>;
  }
  return (
    <ul style={listStyle} aria-label="Signals" data-testid="health-signals">
      {signals.map((signal) => (
        <li key={signal.key} style={{ margin: 0 }} data-testid="health-signal" data-signal-key={signal.key} data-level={signal.level}>
          {signal.ref ? (
            <button
              type="button"
              style={{ ...tileStyle(signal.level), cursor: 'pointer' }}
              onClick={(event) => open({ ref: signal.ref!, label: signal.title, opener: event.currentTarget })}
              data-testid="health-signal-open"
            >
              <TileContent signal={signal} />
              <span style={hintStyle}>Show the issues</span>
            </button>
          ) : (
            <div style={tileStyle(signal.level)}>
              <TileContent signal={signal} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
