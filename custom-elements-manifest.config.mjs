export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // scripts/manifest.mjs analyses into a scratch folder; the analyzer must not point
  // package.json's `customElements` at it (the field names the shipped custom-elements.json).
  packagejson: false,
};
