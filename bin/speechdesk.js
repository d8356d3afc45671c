#!/usr/bin/env node
'use strict';
// The `speechdesk` command. The CLI is bundled into lib/ by `npm run build:cli` (run by `prepare`).
// With --debug, stack traces point into src/ through lib/*.js.map (set before the bundle loads).
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
let cli;
try {
  cli = require('../lib/cli.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write(
      'speechdesk: the CLI is not built yet; run `npm run build:cli` (or `npm ci`).\n',
    );
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`speechdesk: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
