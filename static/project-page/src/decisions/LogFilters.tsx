/** The decision log's filters and question search, as native labelled controls. */
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import type { PersonView } from '../../../../src/contract/resolvers';
import { categoryKeys, categoryLabels, statusLabels } from '../../../shared/decisionLabels';
import { inputStyle, labelStyle } from '../../../shared/formControls';
import type { LogFilter } from './logFilters';

const rowStyle: CSSProperties = { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: token('space.150') };
const select: CSSProperties = { ...inputStyle, width: 'auto', minWidth: 160 };

export function LogFilters({ filter, owners, onChange }: { filter: LogFilter; owners: PersonView[]; onChange: (f: LogFilter) => void }) {
  const set = (patch: Partial<LogFilter>) => onChange({ ...filter, ...patch });
  return (
    <div role="search" aria-label="Filter decisions" style={rowStyle}>
      <div style={{ flex: '1 1 220px' }}>
        <label htmlFor="log-search" style={labelStyle}>
          Search questions
        </label>
        <input id="log-search" type="search" value={filter.search} onChange={(e) => set({ search: e.target.value })} style={inputStyle} data-testid="decision-log-search" />
      </div>
      <div>
        <label htmlFor="log-category" style={labelStyle}>
          Category
        </label>
        <select id="log-category" value={filter.category} onChange={(e) => set({ category: e.target.value as LogFilter['category'] })} style={select}>
          <option value="all">All categories</option>
          {categoryKeys.map((c) => (
            <option key={c} value={c}>
              {categoryLabels[c]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="log-status" style={labelStyle}>
          Status
        </label>
        <select id="log-status" value={filter.status} onChange={(e) => set({ status: e.target.value as LogFilter['status'] })} style={select}>
          <option value="all">All statuses</option>
          {(Object.keys(statusLabels) as (keyof typeof statusLabels)[]).map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="log-owner" style={labelStyle}>
          Owner
        </label>
        <select id="log-owner" value={filter.ownerId} onChange={(e) => set({ ownerId: e.target.value })} style={select}>
          <option value="all">Anyone</option>
          {owners.map((p) => (
            <option key={p.accountId} value={p.accountId}>
              {p.displayName}
            </option>
          ))}
        </select>
      </div>
      <label style={{ display: 'flex', alignItems: 'center', gap: token('space.075'), paddingBottom: token('space.075'), color: token('color.text') }}>
        <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => set({ overdueOnly: e.target.checked })} data-testid="decision-log-overdue" />
        Overdue only
      </label>
    </div>
  );
}
