/**
 * A time zone's wall-clock time, the one primitive the hours model and the
 * content checks share. With Temporal where the browser has it (it reads a
 * zone's offsets without starting ICU, which the page's first Intl formatter
 * does: 20–30 ms in Chromium, four times that on a slow phone), else with
 * `Intl.DateTimeFormat`.
 */
import { intl } from './intl.js';

/** The part of Temporal used here. */
interface TemporalApi {
  Instant: { fromEpochMilliseconds(ms: number): { toZonedDateTimeISO(timeZone: string): { offsetNanoseconds: number } } };
}

const Temporal = (globalThis as { Temporal?: TemporalApi }).Temporal;

/**
 * The wall-clock time of an instant in a zone, as epoch milliseconds read as
 * UTC, to the whole second. Throws on a zone the browser does not know.
 */
export function wall(t: Date | number, timeZone: string): number {
  const at = +t;
  if (Temporal) {
    const local = at + Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(timeZone).offsetNanoseconds / 1e6;
    return local - (local % 1e3);
  }
  // Swedish writes "2026-03-08 03:00:00": ISO order, 24-hour.
  const text = intl(Intl.DateTimeFormat, 'sv', { timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(at);
  return Date.parse(text.replace(' ', 'T') + 'Z');
}

/** Whether the browser knows a time zone by this name. */
export function knownZone(timeZone: string): boolean {
  try {
    return !Number.isNaN(wall(0, timeZone));
  } catch {
    return false;
  }
}
