// PNG helpers for the safety checks: exact pixel comparison and side-by-side sheets.
import { writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * Compares two PNG buffers exactly: threshold 0 and anti-aliased pixels counted (pixelmatch
 * otherwise forgives them), so 0 means every pixel is identical. Returns the decoded images, the
 * count of differing pixels (or null when the sizes differ) and a diff image.
 */
export function compare(bufferA, bufferB) {
  const a = PNG.sync.read(bufferA);
  const b = PNG.sync.read(bufferB);
  if (a.width !== b.width || a.height !== b.height) return { a, b, differing: null };
  const diff = new PNG({ width: a.width, height: a.height });
  const differing = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0, includeAA: true, alpha: 0.2 });
  return { a, b, diff, differing };
}

/** Writes the images side by side (top-aligned, 16 px apart, on grey) to `path`. */
export function sideBySide(path, images) {
  const gap = 16;
  const width = images.reduce((sum, img) => sum + img.width, 0) + gap * (images.length + 1);
  const height = Math.max(...images.map((img) => img.height)) + gap * 2;
  const sheet = new PNG({ width, height });
  for (let i = 0; i < sheet.data.length; i += 4) sheet.data.set([200, 204, 208, 255], i);
  let x = gap;
  for (const img of images) {
    PNG.bitblt(img, sheet, 0, 0, img.width, img.height, x, gap);
    x += img.width + gap;
  }
  // Fast settings: the default filter search makes a tall sheet take seconds to write.
  writeFileSync(path, PNG.sync.write(sheet, { deflateLevel: 3, filterType: 1 }));
}
