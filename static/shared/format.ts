/** Display formats shared by the apps; dates follow the browser's locale. */

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : dateFormat.format(date);
}

export function formatPoints(points: number | null | undefined): string {
  if (points === null || points === undefined) return '—';
  return Number.isInteger(points) ? String(points) : points.toFixed(1);
}
