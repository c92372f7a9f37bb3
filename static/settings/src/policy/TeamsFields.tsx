/**
 * The two teams: each side's people (the people picker), Jira groups and project roles (ticked from
 * the lists settings/get offers), who the client side is, and a warning naming anyone chosen
 * on both sides before the server refuses it. The server's messages show at their list, and at the
 * group or role they are about.
 */
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import type { TeamChoicesView } from '../../../../src/contract/resolvers';
import { TEAM_SIDES, type TeamsInput } from '../../../../src/contract/teamsSettings';
import { errorAt, FieldError, fieldsetStyle, hintStyle, inputStyle, legendStyle } from '../../../shared/formControls';
import { UserPicker } from '../../../shared/UserPicker';
import type { SectionProps } from './policyDraft';
import { clientSideWords, groupChoices, namedOnBothSides, roleChoices, TEAM_LABELS as L, type TeamChoice } from './teamsDraft';

type Side = keyof TeamsInput;
const T = 'policy.teams';
/** Past this many choices a list gets a filter box. */
const FILTER_FROM = 8;
const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))', gap: token('space.150') } as const;
const column = { display: 'flex', flexDirection: 'column', gap: token('space.150') } as const;
const plainFieldset = { border: 'none', padding: 0, margin: 0, minWidth: 0 } as const;
const subLegend = { font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle'), padding: 0 } as const;
const choiceStyle = { display: 'flex', gap: token('space.100'), alignItems: 'baseline', padding: `${token('space.025')} 0`, color: token('color.text') } as const;
const warningStyle = { font: token('font.body.small'), color: token('color.text.warning') } as const;
const itemErrorStyle = { font: token('font.body.small'), color: token('color.text.danger') } as const;

interface ChecklistProps {
  id: string;
  legend: string;
  hint: string;
  choices: TeamChoice[];
  chosen: string[];
  /** The server's message for the list as a whole, and for each chosen id. */
  error?: string;
  itemErrors: ReadonlyMap<string, string>;
  onChange: (ids: string[]) => void;
}

/** Ids ticked from a list, with a filter box once the list is long. */
function Checklist({ id, legend, hint, choices, chosen, error, itemErrors, onChange }: ChecklistProps) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  // What is chosen stays in view whatever the filter, so it can be unticked.
  const shown = needle ? choices.filter((c) => chosen.includes(c.id) || c.label.toLowerCase().includes(needle)) : choices;
  return (
    <fieldset style={plainFieldset} data-testid={id} aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`} aria-invalid={error ? true : undefined}>
      <legend style={subLegend}>{legend}</legend>
      {choices.length > FILTER_FROM ? (
        <input type="search" aria-label={`Filter ${legend.toLowerCase()}`} placeholder="Filter by name" value={filter} onChange={(e) => setFilter(e.target.value)} style={{ ...inputStyle, margin: `${token('space.050')} 0` }} />
      ) : null}
      <div style={{ maxHeight: '10rem', overflowY: 'auto', padding: `${token('space.050')} 0` }}>
        {choices.length === 0 ? <div style={hintStyle}>Nothing to choose from.</div> : null}
        {shown.map((c) => (
          <div key={c.id}>
            <label style={choiceStyle}>
              <input type="checkbox" value={c.id} checked={chosen.includes(c.id)} aria-invalid={itemErrors.has(c.id) ? true : undefined} onChange={(e) => onChange(e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))} />
              {c.label}
            </label>
            {itemErrors.has(c.id) ? (
              <div style={{ ...itemErrorStyle, marginLeft: token('space.300') }} data-testid="field-error">
                {itemErrors.get(c.id)}
              </div>
            ) : null}
          </div>
        ))}
      </div>
      <div id={`${id}-hint`} style={hintStyle}>
        {hint}
      </div>
      {/* A message about one entry shows beside it; one about the whole list here. */}
      <FieldError id={id} error={error && [...itemErrors.values()].includes(error) ? undefined : error} />
    </fieldset>
  );
}

/** The server's messages for the chosen entries of a list (`policy.teams.<side>.<list>.<index>`), by id. */
function itemErrorsOf(fields: SectionProps['fields'], path: string, chosen: readonly string[]): Map<string, string> {
  const errors = new Map<string, string>();
  chosen.forEach((id, index) => {
    const message = fields?.[`${path}.${index}`];
    if (message) errors.set(id, message);
  });
  return errors;
}

function TeamFieldset({ side, choices, draft, change, fields, peopleFor, pick, readOnly }: SectionProps & { side: Side; choices: TeamChoicesView }) {
  const team = draft.teams[side];
  const path = `${T}.${side}`;
  const groupsHint =
    choices.groups === null
      ? 'Jira did not let the app list this site’s groups.'
      : choices.groupsTotal > choices.groups.length
        ? `The first ${choices.groups.length} of the site’s ${choices.groupsTotal} groups by name. Their active members are on the team.`
        : 'Their active members are on the team.';
  const rolesHint = choices.projectRoles === null ? 'Jira did not let the app list this project’s roles.' : 'The people in the role in this project, and the members of groups in it, are on the team.';
  return (
    <fieldset style={fieldsetStyle} data-testid={`team-${side}`}>
      <legend style={legendStyle}>{L[side]}</legend>
      <div style={column}>
        <UserPicker
          id={`team-${side}-people`}
          label={L.accountIds}
          multiple
          selected={peopleFor(team.accountIds)}
          disabled={readOnly}
          error={errorAt(fields, `${path}.accountIds`)}
          onChange={(p) => change((d) => void (d.teams[side].accountIds = pick(p)))}
        />
        <Checklist
          id={`team-${side}-groups`}
          legend={L.groupIds}
          hint={groupsHint}
          choices={groupChoices(choices.groups, team.groupIds)}
          chosen={team.groupIds}
          error={errorAt(fields, `${path}.groupIds`)}
          itemErrors={itemErrorsOf(fields, `${path}.groupIds`, team.groupIds)}
          onChange={(ids) => change((d) => void (d.teams[side].groupIds = ids))}
        />
        <Checklist
          id={`team-${side}-roles`}
          legend={L.projectRoleIds}
          hint={rolesHint}
          choices={roleChoices(choices.projectRoles, team.projectRoleIds)}
          chosen={team.projectRoleIds}
          error={errorAt(fields, `${path}.projectRoleIds`)}
          itemErrors={itemErrorsOf(fields, `${path}.projectRoleIds`, team.projectRoleIds)}
          onChange={(ids) => change((d) => void (d.teams[side].projectRoleIds = ids))}
        />
      </div>
      <FieldError id={`team-${side}-all`} error={fields?.[path]} />
    </fieldset>
  );
}

export function TeamsFields(props: SectionProps & { choices: TeamChoicesView }) {
  const { draft, fields, peopleFor } = props;
  const both = namedOnBothSides(draft, peopleFor);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.150') }} data-testid="policy-teams">
      <p style={{ ...hintStyle, margin: 0 }} data-testid="teams-client-side">
        {clientSideWords(draft)}
      </p>
      <div style={grid}>
        {TEAM_SIDES.map((side) => (
          <TeamFieldset key={side} {...props} side={side} />
        ))}
      </div>
      {both ? (
        <div role="status" style={warningStyle} data-testid="teams-both-sides">
          {both}
        </div>
      ) : null}
      <FieldError id="teams-all" error={fields?.[T]} />
    </div>
  );
}
