// Clinic widgets demo: the library from source (so `npm start` hot-reloads), the staff's edited
// document at a fixed instant, the same with a slip, and a log of propel-hours-change.
import '../src/index.js';
import { defaultContent } from '../src/content/default-content.js';
import type { PropelClinicHours, PropelLocationCard, PropelProvider } from '../src/index.js';

/** The clinic's document as the staff edit it: Friday closes at 17:00, and December 24 is closed every year. */
function edited() {
  const doc = structuredClone(defaultContent);
  doc.clinic.hours.weekly = [
    { days: ['mon', 'tue', 'wed', 'thu'], status: 'open', opens: '09:00', closes: '19:00' },
    { days: ['fri'], status: 'open', opens: '09:00', closes: '17:00' },
    { days: ['sat'], status: 'appointment', note: 'Some Saturdays by appointment only' },
  ];
  doc.clinic.hours.exceptions = [{ from: '12-24', status: 'closed', note: 'Christmas Eve' }];
  return doc;
}

/** Thursday, December 24 2026, 10:00 in Los Angeles. */
const CHRISTMAS_EVE = new Date('2026-12-24T18:00:00Z');
const edits = document.querySelector<PropelProvider>('#edited');
if (edits) {
  edits.content = edited();
  for (const el of edits.querySelectorAll<PropelClinicHours | PropelLocationCard>('propel-clinic-hours, propel-location-card'))
    el.now = CHRISTMAS_EVE;
}
const slipped = document.querySelector<PropelProvider>('#slipped');
if (slipped) {
  const doc = edited();
  doc.clinic.hours.weekly[1]!.closes = '25:00';
  slipped.content = doc;
}

const log = document.querySelector<HTMLOListElement>('#hours-log');
document.addEventListener('propel-hours-change', (event) => {
  if (!log) return;
  const { state, until } = (event as CustomEvent<{ state: string; until?: Date }>).detail;
  const item = document.createElement('li');
  item.textContent = `propel-hours-change ${state}${until ? ` until ${until.toLocaleString()}` : ''}`;
  log.prepend(item);
});
