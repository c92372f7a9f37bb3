/** One jest config; the kinds of test are folders under test/ and run as separate projects. */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }] };
const kind = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  transform,
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
  ...extra,
});
/** Files that start a sandbox in their hooks get more than jest's 5 s (test/support/sandboxTimeout.ts). */
const SANDBOX_TIMEOUT = '<rootDir>/test/support/sandboxTimeout.ts';
module.exports = {
  // Jest's default leaves a core idle (cores − 1: one worker on CI's two); the browser tests wait on Chromium much of the time.
  maxWorkers: '100%',
  reporters: ['default', '<rootDir>/scripts/summary-reporter.js'],
  projects: [kind('unit'), kind('integration', { setupFilesAfterEnv: [SANDBOX_TIMEOUT] }), kind('contract', { setupFilesAfterEnv: [SANDBOX_TIMEOUT] }), kind('hostile'), kind('e2e')],
};
