/**
 * End-to-end tests (`npm run test:e2e`): headless Debian Chromium on the preview harness.
 * Kept out of the unit run (`jest`) because they build the preview and launch a browser.
 */
const base = require('../../jest.config.js');

module.exports = {
  ...base,
  rootDir: '../..',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
  testTimeout: 240000,
  globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
};
