// Demo entry: the library from source (so `npm start` hot-reloads), plus a small event log.
import '../src/index.js';

const log = document.querySelector<HTMLOListElement>('#event-log');
for (const type of ['propel-sort', 'propel-filter'] as const) {
  document.addEventListener(type, (event: Event) => {
    if (!log) return;
    const item = document.createElement('li');
    item.textContent = `${type} ${JSON.stringify((event as CustomEvent).detail)}`;
    log.prepend(item);
    while (log.children.length > 6) log.lastElementChild?.remove();
  });
}
