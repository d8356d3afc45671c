/**
 * `npm start` where the development CA cannot be installed (Linux without sudo, an office PC
 * without admin rights): the dev server still gets HTTPS options from the generated files, and
 * one line (no stack trace) says how to trust the CA on the machine that runs Word.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { devHttpsOptions } = require('../../scripts/dev-certs.cjs') as {
  devHttpsOptions(options: unknown): Promise<{ ca: Buffer; cert: Buffer; key: Buffer }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const realCerts = require('office-addin-dev-certs') as {
  generateCertificates(ca: string, cert: string, key: string): Promise<void>;
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'speechdesk-certs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('serves HTTPS with the generated certificate and prints one line on trusting the CA', async () => {
  const paths = {
    ca: join(dir, 'ca.crt'),
    cert: join(dir, 'localhost.crt'),
    key: join(dir, 'localhost.key'),
  };
  const lines: string[] = [];
  const options = await devHttpsOptions({
    certs: {
      getHttpsServerOptions: () =>
        Promise.reject(
          new Error('Unable to install the CA certificate. /bin/sh: 1: sudo: not found'),
        ),
      generateCertificates: realCerts.generateCertificates,
    },
    paths,
    log: (line: string) => lines.push(line),
  });
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toContain('\n');
  expect(lines[0]).toContain(paths.ca);
  expect(lines[0]).toContain('certutil');
  expect(lines[0]).not.toMatch(/sudo|at .*\.js/);

  const server = createServer(options, (_req, res) => res.end('讲稿助手'));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const body = await new Promise<string>((done, fail) => {
    request(
      { host: '127.0.0.1', port, servername: 'localhost', ca: options.ca, path: '/' },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(text));
      },
    )
      .on('error', fail)
      .end();
  });
  server.close();
  // Trusted through the generated CA, as Word's machine will once it trusts ca.crt.
  expect(body).toBe('讲稿助手');
}, 60000);

test('uses office-addin-dev-certs as before when the CA is installed', async () => {
  const installed = { ca: Buffer.from('ca'), cert: Buffer.from('cert'), key: Buffer.from('key') };
  const lines: string[] = [];
  const options = await devHttpsOptions({
    certs: { getHttpsServerOptions: () => Promise.resolve(installed) },
    paths: { ca: join(dir, 'x'), cert: join(dir, 'y'), key: join(dir, 'z') },
    log: (line: string) => lines.push(line),
  });
  expect(options).toBe(installed);
  expect(lines).toEqual([]);
});
