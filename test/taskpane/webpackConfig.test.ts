/** The build: what ships (taskpane + commands, no eval) and the preview kept apart from it. */
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Promise<{
  entry: Record<string, string>;
  devtool: string;
  output: { path: string };
  devServer?: unknown;
}>;

const ROOT = join(__dirname, '../..');

test('npm run build bundles the pane, the ribbon commands and the probe page, never the stand-in, without eval', async () => {
  const config = await makeConfig({}, { mode: 'production' });
  // probe.html is read-only probes of a real Word, opened by its own URL (docs/word-addin.md).
  expect(Object.keys(config.entry).sort()).toEqual(['commands', 'probe', 'taskpane']);
  expect(Object.values(config.entry).some((path) => path.includes('preview'))).toBe(false);
  expect(config.devtool).not.toMatch(/eval/);
  expect(config.output.path).toBe(join(ROOT, 'dist'));
  // Certificates are only made when serving (`npm start`), not for a build.
  expect(config.devServer).toBeUndefined();
});

test('the development build does not use an eval devtool either', async () => {
  const config = await makeConfig({}, { mode: 'development' });
  expect(config.devtool).not.toMatch(/eval/);
});

test('the preview is its own configuration, written to dist-preview/', async () => {
  const config = await makeConfig({ preview: true }, { mode: 'production' });
  expect(Object.keys(config.entry).sort()).toEqual(['preview', 'probe']);
  expect(config.output.path).toBe(join(ROOT, 'dist-preview'));
  expect(config.devtool).not.toMatch(/eval/);
});
