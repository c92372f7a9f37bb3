/**
 * An accessible user picker (ARIA 1.2 combobox + listbox) over `users/search`,
 * debounced 250 ms; the chosen people are chips with remove buttons.
 * Native elements and tokens: @atlaskit/select (react-select + emotion) costs ~30 KB gzip.
 */
import { token } from '@atlaskit/tokens';
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { PersonView } from '../../src/contract/resolvers';
import { describedBy, FieldError, hintStyle, inputStyle, labelStyle } from './formControls';
import { callResolver } from './resolverClient';

interface Props {
  id: string;
  label: string;
  selected: PersonView[];
  multiple?: boolean;
  disabled?: boolean;
  error?: string;
  onChange: (people: PersonView[]) => void;
}

const chipStyle: CSSProperties = { display: 'inline-flex', alignItems: 'center', gap: token('space.050'), padding: `${token('space.025')} ${token('space.025')} ${token('space.025')} ${token('space.100')}`, borderRadius: token('radius.full', '999px'), background: token('color.background.neutral'), color: token('color.text'), font: token('font.body.small') };
const removeStyle: CSSProperties = { border: 'none', background: 'transparent', color: token('color.icon.subtle'), cursor: 'pointer', borderRadius: token('radius.full', '999px'), padding: `0 ${token('space.075')}`, font: token('font.body') };
const listStyle: CSSProperties = { position: 'absolute', zIndex: 10, left: 0, right: 0, margin: `${token('space.050')} 0 0`, padding: `${token('space.050')} 0`, listStyle: 'none', background: token('elevation.surface.overlay'), boxShadow: token('elevation.shadow.overlay'), borderRadius: token('radius.small', '3px'), maxHeight: 240, overflowY: 'auto' };
const optionStyle = (active: boolean): CSSProperties => ({ padding: `${token('space.075')} ${token('space.150')}`, cursor: 'pointer', color: token('color.text'), background: active ? token('color.background.neutral.subtle.hovered') : 'transparent' });

export function UserPicker({ id, label, selected, multiple = false, disabled = false, error, onChange }: Props) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PersonView[]>([]);
  const [status, setStatus] = useState<'idle' | 'searching' | 'done' | 'failed'>('idle');
  const [active, setActive] = useState(0);
  const request = useRef(0);
  const listId = `${id}-listbox`;
  const chosen = new Set(selected.map((p) => p.accountId));
  const options = results.filter((p) => !chosen.has(p.accountId));
  const open = query.trim() !== '' && status !== 'idle';

  useEffect(() => {
    const text = query.trim();
    const ticket = ++request.current;
    if (!text) return setStatus('idle');
    setStatus('searching');
    const timer = setTimeout(() => {
      void callResolver('users/search', { query: text }).then((result) => {
        if (ticket !== request.current) return;
        setResults(result.ok ? result.data : []);
        setStatus(result.ok ? 'done' : 'failed');
        setActive(0);
      });
    }, 250);
    return () => clearTimeout(timer);
  }, [query]);

  const pick = (person: PersonView) => {
    onChange(multiple ? [...selected, person] : [person]);
    setQuery('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length) setActive((a) => (a + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      const person = options[active];
      if (person) pick(person);
    } else if (event.key === 'Escape') {
      setQuery('');
    } else if (event.key === 'Backspace' && !query && selected.length > 0) {
      onChange(selected.slice(0, -1));
    }
  };
  const statusText = status === 'searching' ? 'Searching…' : status === 'failed' ? 'Could not search people.' : options.length === 0 ? 'Nobody matches.' : null;

  return (
    <div style={{ position: 'relative' }} data-testid={`picker-${id}`}>
      <label htmlFor={id} id={`${id}-label`} style={labelStyle}>
        {label}
      </label>
      {selected.length > 0 ? (
        <ul aria-label={`${label}: selected`} style={{ listStyle: 'none', margin: `0 0 ${token('space.050')}`, padding: 0, display: 'flex', flexWrap: 'wrap', gap: token('space.050') }}>
          {selected.map((person) => (
            <li key={person.accountId} style={chipStyle} data-testid="picker-chip">
              {person.displayName}
              {disabled ? null : (
                <button type="button" style={removeStyle} aria-label={`Remove ${person.displayName} from ${label}`} onClick={() => onChange(selected.filter((p) => p.accountId !== person.accountId))}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : disabled ? (
        <div style={hintStyle}>Nobody</div>
      ) : null}
      {disabled ? null : (
        <input
          {...describedBy(id, error)}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && options[active] ? `${listId}-${options[active].accountId}` : undefined}
          autoComplete="off"
          placeholder={multiple || selected.length === 0 ? 'Type a name to search' : 'Type a name to replace'}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setQuery(''), 150)}
          style={inputStyle}
        />
      )}
      <ul role="listbox" id={listId} aria-labelledby={`${id}-label`} hidden={!open} style={listStyle}>
        {options.map((person, i) => (
          <li
            key={person.accountId}
            id={`${listId}-${person.accountId}`}
            role="option"
            aria-selected={i === active}
            style={optionStyle(i === active)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(person)}
            onMouseEnter={() => setActive(i)}
          >
            {person.displayName}
          </li>
        ))}
        {statusText ? (
          <li role="presentation" aria-live="polite" style={{ ...optionStyle(false), color: token('color.text.subtlest'), cursor: 'default' }}>
            {statusText}
          </li>
        ) : null}
      </ul>
      <FieldError id={id} error={error} />
    </div>
  );
}
