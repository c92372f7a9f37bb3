/** One jest config; the kinds of test are folders under test/ and run as separate projects. */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }] };
const kind = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  transform,
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
  ...extra,
});
module.exports = {
  // Jest's default leaves a core idle (cores − 1: one worker on CI's two); the browser tests wait on Chromium much of the time.
  maxWorkers: '100%',
  reporters: ['default', '<rootDir>/scripts/summary-reporter.js'],
  projects: [kind('unit'), kind('integration'), kind('contract'), kind('hostile'), kind('e2e')],
};
