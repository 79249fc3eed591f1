// ESLint (flat config): `npm run lint` runs it with --max-warnings 0 over src/, scripts/, demo/ and
// tests/. TypeScript is linted with type information (typescript-eslint's recommended type-checked
// rules); custom elements and Lit templates with eslint-plugin-wc and eslint-plugin-lit. Formatting is
// Prettier's job (`npm run format:check`), so no style rules here. A rule turned off says why.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'screenshots/', 'custom-elements.json'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  { files: ['src/**/*.ts', 'demo/**/*.ts', 'tests/**/*.ts'], extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']] },
  { files: ['src/**/*.ts', 'demo/**/*.ts', 'tests/**/*.ts'], languageOptions: { globals: globals.browser } },
  { files: ['scripts/**/*.{mjs,ts}', '*.{js,mjs,ts}'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // @open-wc/testing types chai's `equal` as returning a Promise (its DOM-diff overload), so every
      // synchronous `expect(…).to.equal(…)` would be flagged. The promise that matters is awaited by
      // the rule below: the accessibility check that ends every widget test.
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='accessible']:not(AwaitExpression > CallExpression, ArrowFunctionExpression > CallExpression, ReturnStatement > CallExpression)",
          message: 'Await the accessibility check: `await expect(el).to.be.accessible()`.',
        },
      ],
      // chai's property assertions (`expect(x).to.be.true`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests build broken and hostile documents on purpose, of any shape: through `any`.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
