/**
 * The add-in manifest: valid against the Office XSDs (xmllint, offline), Word only, WordApi 1.3,
 * zh-CN with en-US overrides, two Home-tab buttons that open one pane on their tab, and icons
 * that exist at the sizes the manifest claims.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const ROOT = join(__dirname, '../..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const VALIDATE = join(ROOT, 'scripts/validate-manifest.sh');

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  test('validates against the Office add-in schemas (npm run validate)', () => {
    const result = spawnSync('sh', [VALIDATE], { encoding: 'utf8' });
    if (result.status === 2) throw new Error(`xmllint is required for this test: ${result.stderr}`);
    expect(result.stderr).toContain('manifest.xml validates');
    expect(result.status).toBe(0);
  });

  test('the validator rejects a manifest that breaks the schema', () => {
    const broken = MANIFEST.replace(
      '<Permissions>ReadWriteDocument</Permissions>',
      '<Permissions>Everything</Permissions>',
    );
    const file = join(mkdtempSync(join(tmpdir(), 'speechdesk-manifest-')), 'manifest.xml');
    writeFileSync(file, broken);
    const result = spawnSync('sh', [VALIDATE, file], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/Permissions/);
  });

  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(MANIFEST);
  const app = xml.OfficeApp;

  test('is a Word task pane add-in needing WordApi 1.3, zh-CN first with en-US', () => {
    expect(app['@xsi:type']).toBe('TaskPaneApp');
    expect(app.Hosts.Host['@Name']).toBe('Document');
    expect(app.Requirements.Sets.Set).toMatchObject({ '@Name': 'WordApi', '@MinVersion': '1.3' });
    expect(app.DefaultLocale).toBe('zh-CN');
    expect(app.DisplayName).toMatchObject({
      '@DefaultValue': '讲稿助手',
      Override: { '@Locale': 'en-US', '@Value': 'SpeechDesk' },
    });
    expect(MANIFEST).toContain('https://localhost:3000/taskpane.html');
  });

  test('the Home tab has 起草 and 检查 buttons that open the pane on their tab', () => {
    const surface = app.VersionOverrides.Hosts.Host.DesktopFormFactor.ExtensionPoint;
    expect(surface.OfficeTab['@id']).toBe('TabHome');
    const controls = surface.OfficeTab.Group.Control as Array<
      Record<string, { '@resid': string } & Record<string, unknown>>
    >;
    const resources = app.VersionOverrides.Resources;
    const label = (id: string) =>
      resources['bt:ShortStrings']['bt:String'].find((s: { '@id': string }) => s['@id'] === id);
    const url = (id: string) =>
      resources['bt:Urls']['bt:Url'].find((u: { '@id': string }) => u['@id'] === id)[
        '@DefaultValue'
      ];
    const buttons = controls.map((c) => ({
      label: label(c.Label?.['@resid'] as string)['@DefaultValue'],
      en: label(c.Label?.['@resid'] as string)['bt:Override']['@Value'],
      url: url(
        (c.Action as unknown as { SourceLocation: { '@resid': string } }).SourceLocation['@resid'],
      ),
    }));
    expect(buttons).toEqual([
      { label: '起草', en: 'Draft', url: 'https://localhost:3000/taskpane.html?tab=draft' },
      { label: '检查', en: 'Check', url: 'https://localhost:3000/taskpane.html?tab=check' },
    ]);
    // One TaskpaneId for both, so Word opens one pane (not two side by side).
    const paneIds = controls.map(
      (c) => (c.Action as unknown as { TaskpaneId?: string }).TaskpaneId,
    );
    expect(paneIds).toEqual(['SpeechDesk.Taskpane', 'SpeechDesk.Taskpane']);
  });

  test('every icon it names exists in assets/ at the size it claims', () => {
    const images = app.VersionOverrides.Resources['bt:Images']['bt:Image'] as Array<{
      '@id': string;
      '@DefaultValue': string;
    }>;
    const claimed = [
      ...images.map((i) => ({
        url: i['@DefaultValue'],
        size: Number(/(\d+)x\d+$/.exec(i['@id'])?.[1]),
      })),
      { url: app.IconUrl['@DefaultValue'], size: 32 },
      { url: app.HighResolutionIconUrl['@DefaultValue'], size: 64 },
    ];
    for (const { url, size } of claimed) {
      const file = join(ROOT, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  test('the icon script redraws exactly the committed icons', () => {
    const before = readFileSync(join(ROOT, 'assets/check-32.png'));
    execFileSync(process.execPath, [join(ROOT, 'scripts/make-icons.mjs')], { stdio: 'ignore' });
    expect(readFileSync(join(ROOT, 'assets/check-32.png')).equals(before)).toBe(true);
  });
});
