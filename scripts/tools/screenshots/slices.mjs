// One screenshot of a whole page, and of a long page also its readable slices: `<file>.png` and
// `<file>-part<n>.png`, each `slice` px tall (from a page taller than `over` px). Returns the paths.
// Used by the screenshot tools in this folder (pages.mjs cuts its slices from the full image instead,
// so that its sticky bars stay where a reader first sees them).
export async function shootSliced(tab, file, { slice = 1600, over = 2000 } = {}) {
  await tab.screenshot({ path: `${file}.png`, fullPage: true });
  const files = [`${file}.png`];
  const { width, height } = await tab.evaluate(() => ({
    width: document.documentElement.clientWidth,
    height: document.documentElement.scrollHeight,
  }));
  for (let y = 0, part = 1; height > over && y < height; y += slice, part++) {
    const path = `${file}-part${part}.png`;
    await tab.screenshot({ path, fullPage: true, clip: { x: 0, y, width, height: Math.min(slice, height - y) } });
    files.push(path);
  }
  return { files, height };
}
