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

// Page theme: `?theme=dark` (or the switch in the header) themes the page and, through a page-wide
// <propel-provider global theme>, every widget that sets no theme of its own.
const params = new URLSearchParams(location.search);
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
document.documentElement.dataset.theme = theme;
const provider = document.createElement('propel-provider');
provider.global = true;
provider.theme = theme;
document.body.append(provider);
const toggle = document.querySelector<HTMLAnchorElement>('#theme-toggle');
if (toggle) {
  toggle.textContent = theme === 'dark' ? 'Light page' : 'Dark page';
  toggle.href = `?theme=${theme === 'dark' ? 'light' : 'dark'}`;
}
