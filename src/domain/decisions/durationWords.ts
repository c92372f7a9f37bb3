const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * A span in words, rounded down: "45 min", "5 h", "2 d 3 h" — days only for wall-clock spans,
 * because 24 business hours are three working days, not one day.
 */
export function durationWords(ms: number, options: { days: boolean }): string {
  const span = Math.abs(ms);
  if (span < MINUTE) return 'less than a minute';
  if (span < HOUR) return `${Math.floor(span / MINUTE)} min`;
  const hours = Math.floor(span / HOUR);
  if (!options.days || hours < 24) return `${hours} h`;
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return rest === 0 ? `${days} d` : `${days} d ${rest} h`;
}
