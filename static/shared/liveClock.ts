/**
 * The SLA clock between two fetches. The server's words are a snapshot; for a
 * wall-clock countdown we count the minutes since the fetch down locally. A clock
 * counting business or overlap hours pauses outside them, which the browser cannot
 * know, so those keep the server's words until the next refetch (every few minutes).
 */
import { useEffect, useState } from 'react';
import type { DecisionClockView } from '../../src/contract/resolvers';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** As the server words a wall-clock span (src/domain/decisions/durationWords): "45 min", "5 h", "2 d 3 h". */
export function durationWords(ms: number): string {
  const span = Math.abs(ms);
  if (span < MINUTE) return 'less than a minute';
  if (span < HOUR) return `${Math.floor(span / MINUTE)} min`;
  const hours = Math.floor(span / HOUR);
  if (hours < 24) return `${hours} h`;
  const rest = hours % 24;
  return rest === 0 ? `${Math.floor(hours / 24)} d` : `${Math.floor(hours / 24)} d ${rest} h`;
}

/** The clock `elapsedMs` after the server computed it (unchanged if it cannot be counted locally). */
export function liveClock(clock: DecisionClockView, elapsedMs: number): DecisionClockView {
  if (clock.remainingMs === null || elapsedMs < MINUTE) return clock;
  if (clock.state !== 'due' && clock.state !== 'overdue') return clock;
  if (/business|overlap|paused/i.test(clock.words)) return clock;
  const remainingMs = clock.remainingMs - elapsedMs;
  const words = remainingMs > 0 ? `due in ${durationWords(remainingMs)}` : `overdue by ${durationWords(remainingMs)}`;
  return { state: remainingMs > 0 ? 'due' : 'overdue', words, remainingMs };
}

/** The current time, updated once a minute. */
export function useMinuteTick(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), MINUTE);
    return () => clearInterval(timer);
  }, []);
  return now;
}
