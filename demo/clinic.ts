// Clinic widgets demo: the library from source (so `npm start` hot-reloads), plus a log of propel-hours-change.
import '../src/index.js';

const log = document.querySelector<HTMLOListElement>('#hours-log');
document.addEventListener('propel-hours-change', (event) => {
  if (!log) return;
  const { state, until } = (event as CustomEvent<{ state: string; until?: Date }>).detail;
  const item = document.createElement('li');
  item.textContent = `propel-hours-change ${state}${until ? ` until ${until.toLocaleString()}` : ''}`;
  log.prepend(item);
});
