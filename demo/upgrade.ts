// The upgrade demo's entry (demo/upgrade.html): its options come from the address.
import { optionsFrom, start } from './upgrade/page.js';

const options = optionsFrom(location.search);
document.documentElement.dataset.theme = options.theme;
const toggle = document.querySelector<HTMLAnchorElement>('#theme-toggle');
if (toggle) {
  toggle.textContent = options.theme === 'dark' ? 'Light page' : 'Dark page';
  toggle.dataset.mode = `theme=${options.theme === 'dark' ? 'light' : 'dark'}`;
}
await start(document, options);
