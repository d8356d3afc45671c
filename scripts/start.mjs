// `npm start`: serves the add-in over HTTPS on https://localhost:3000 (certificates from
// office-addin-dev-certs, through webpack-dev-server) and, on Windows or macOS, sideloads
// manifest.xml into Word desktop with `npx office-addin-debugging` (fetched on demand: it is not a
// dependency, because on this registry it breaks a plain `npm ci`). Elsewhere there is no Word
// desktop: the server still runs, and this prints how to sideload by hand.
import { spawn } from 'node:child_process';
import { platform } from 'node:os';

const npx = platform() === 'win32' ? 'npx.cmd' : 'npx';
const hasWordDesktop = platform() === 'win32' || platform() === 'darwin';

function run(args, options = {}) {
  const child = spawn(npx, args, { stdio: 'inherit', shell: platform() === 'win32', ...options });
  child.on('error', (error) =>
    console.error(`Could not run npx ${args.join(' ')}: ${error.message}`),
  );
  return child;
}

const DEV_SERVER = 'npx webpack serve --mode development';

if (hasWordDesktop) {
  // office-addin-debugging starts the dev server (unless one already answers on 3000), registers
  // manifest.xml and opens Word with the add-in. `npx office-addin-debugging stop manifest.xml` undoes it.
  const sideload = run([
    '--yes',
    'office-addin-debugging',
    'start',
    'manifest.xml',
    'desktop',
    '--app',
    'word',
    '--dev-server',
    DEV_SERVER,
    '--dev-server-port',
    '3000',
  ]);
  sideload.on('exit', (code) => {
    if (code !== 0) {
      console.error(
        'Sideloading into Word failed. Start the server with `npx webpack serve --mode development` and sideload by hand:',
      );
      printManualSideload();
    }
  });
} else {
  const server = run(['webpack', 'serve', '--mode', 'development']);
  server.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  console.log(
    `\nNo Word desktop on ${platform()}: the add-in is served at https://localhost:3000/taskpane.html, but no Word here can open it.`,
  );
  printManualSideload();
}

function printManualSideload() {
  console.log(`
How to try the add-in:
  • Word on the web: open a document, Home → Add-ins → More Add-ins → My Add-ins →
    Upload My Add-in, and choose manifest.xml. The browser must trust https://localhost:3000
    (run \`npx office-addin-dev-certs install\` on that machine).
  • Word on Windows: put manifest.xml in a shared folder, add it as a Trusted Add-in Catalog
    (File → Options → Trust Center → Trusted Add-in Catalogs), then Insert → My Add-ins → Shared Folder.
  • Word on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Word/Data/Documents/wef/.
  • No Word at all: \`npm run preview\` shows the pane beside a stand-in document at http://127.0.0.1:3001/.
`);
}
