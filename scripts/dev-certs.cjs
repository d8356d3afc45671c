// HTTPS options for `npm start` (webpack-dev-server, see webpack.config.js). office-addin-dev-certs
// makes a localhost certificate and installs its certificate authority (CA) so the browser and
// Word trust it. Installing needs administrator rights (sudo on Linux, admin on an office PC);
// where that fails, the server still runs over HTTPS with the generated files, and one line says
// how to trust the CA on the machine that runs Word (instead of a stack trace).
const { existsSync, readFileSync } = require('node:fs');

function defaultPaths() {
  const defaults = require('office-addin-dev-certs/lib/defaults');
  return {
    ca: defaults.caCertificatePath,
    cert: defaults.localhostCertificatePath,
    key: defaults.localhostKeyPath,
  };
}

/** The line printed when the CA could not be installed: where it is and how to trust it. */
function trustHint(caPath) {
  return (
    `未能自动安装开发证书（无管理员权限），仍以 HTTPS 提供服务；请在运行 Word 的电脑上信任 ${caPath}` +
    `（Windows：certutil -user -addstore Root ca.crt；Mac：钥匙串访问中设为“始终信任”）。` +
    ` Could not install the development CA; serving HTTPS anyway: trust ${caPath} on the machine that runs Word.`
  );
}

/**
 * `{ ca, cert, key }` for the dev server. `certs` is office-addin-dev-certs (injectable for tests),
 * `paths` where its files are, `log` where the hint goes.
 */
async function devHttpsOptions({
  certs = require('office-addin-dev-certs'),
  paths = defaultPaths(),
  log = console.warn,
} = {}) {
  try {
    return await certs.getHttpsServerOptions();
  } catch {
    if (!existsSync(paths.cert) || !existsSync(paths.key) || !existsSync(paths.ca)) {
      await certs.generateCertificates(paths.ca, paths.cert, paths.key);
    }
    log(trustHint(paths.ca));
    return {
      ca: readFileSync(paths.ca),
      cert: readFileSync(paths.cert),
      key: readFileSync(paths.key),
    };
  }
}

module.exports = { devHttpsOptions, trustHint };
