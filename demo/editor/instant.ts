/**
 * Wall-clock times in the clinic's time zone and the instants they name,
 * for the preview's "What visitors will see" at a date and time the staff
 * pick (December 24 at 10:00 in Sacramento is the same instant wherever the
 * editor is opened).
 */
import { wall } from '../../src/core/zone.js';

const DAY = 86_400_000;

/** A wall-clock date and time: YYYY-MM-DD and HH:MM. */
export interface WallTime {
  date: string;
  time: string;
}

/**
 * The instant at which the clock in `timeZone` reads `date` `time`. Around a
 * change of clocks it does what Temporal's "compatible" does: a time that is
 * skipped (02:30 when clocks jump from 02:00 to 03:00) moves forward by the
 * jump (03:30), and a time that happens twice (01:30 when clocks fall back)
 * is the first of the two. Throws on a zone the browser does not know.
 */
export function instantAt({ date, time }: WallTime, timeZone: string): Date {
  const target = Date.parse(`${date}T${time}:00Z`); // the wall clock, read as if it were UTC
  if (Number.isNaN(target)) throw new RangeError(`not a date and time: ${date} ${time}`);
  // The zone's offsets a day before and a day after: any change of clocks near the time lies between.
  const offset = (t: number) => wall(t, timeZone) - t;
  const before = offset(target - DAY);
  const after = offset(target + DAY);
  const matching = [target - before, target - after].filter((t) => wall(t, timeZone) === target).sort((a, b) => a - b);
  // None matches in a skipped hour: the offset before the jump lands after it, by the jump's length.
  return new Date(matching[0] ?? target - before);
}

/** The wall-clock date and time of an instant in a zone, to the minute. Throws on an unknown zone. */
export function wallTime(instant: Date | number, timeZone: string): WallTime {
  const iso = new Date(wall(instant, timeZone)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
