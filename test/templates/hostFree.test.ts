/** src/templates runs in the task pane, the CLI and tests: no Node, Office or React imports. */
import * as fs from 'node:fs';
import * as path from 'node:path';

const dir = path.join(__dirname, '..', '..', 'src', 'templates');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'));

test.each(files)('%s imports only host-free modules', (file) => {
  // comments may talk about Word; code may not use it
  const source = fs
    .readFileSync(path.join(dir, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  const imports = [...source.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map(
    (m) => m[1] as string,
  );
  // src/core is host-free too (its own lint rules forbid hosts); a deep import keeps the pane's
  // initial bundle from pulling in the whole engine through the core's index.
  const allowed = (spec: string) =>
    spec.startsWith('./') ||
    spec === '../core' ||
    spec.startsWith('../core/') ||
    spec === 'valibot' ||
    spec === 'pinyin-pro';
  expect(imports.filter((spec) => !allowed(spec))).toEqual([]);
  expect(source).not.toMatch(/\b(?:Word|Office|process|require)\s*[.(]/);
  expect(source).not.toMatch(/Math\.random|Date\.now|new Date\(\)/);
});
