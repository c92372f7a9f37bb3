import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'static/*/build/', 'test-results/', '.sandbox-data/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The domain is pure: no Forge, no I/O, no clock reads.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@forge/*', 'node:*', 'fs', 'http', 'https'] }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass `now` in.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass `now` in.' },
      ],
    },
  },
);
