/**
 * Annotated copies of the fixtures validated against the ECMA-376 transitional schemas
 * (schemas/ooxml) with xmllint, after a markup-compatibility pass: an annotated part may have
 * no schema error its input did not have; a new comments part none at all.
 */
import JSZip from 'jszip';
import { annotateDocx } from '../../src/docx';
import { flagged, TRANSITIONAL_FIXTURES } from './fixtures';
import { compatibleXml, schemaErrors, xmllintMissing } from './ooxmlSchema';

beforeAll(() => {
  const missing = xmllintMissing();
  if (missing !== undefined) throw new Error(missing);
});

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const entry of Object.values(zip.files))
    if (!entry.dir && /\.(xml|rels)$/.test(entry.name))
      out.set(entry.name, await entry.async('string'));
  return out;
}

function newErrors(before: readonly string[], after: readonly string[]): string[] {
  const known = new Set(before);
  return after.filter((error) => !known.has(error));
}

describe('annotated copies against the ECMA-376 transitional schemas', () => {
  it.each(TRANSITIONAL_FIXTURES.map((fixture) => [fixture.name, fixture] as const))(
    '%s',
    async (_name, fixture) => {
      const input = await fixture.bytes();
      const out = await annotateDocx(input, await flagged(fixture, input), {
        highlight: true,
        date: '2026-11-21',
      });
      const before = await parts(input);
      const after = await parts(out);
      const checked: string[] = [];
      for (const [name, xml] of after) {
        if (before.get(name) === xml) continue;
        const schema = name === '[Content_Types].xml' || name.endsWith('.rels') ? 'opc' : 'ecma';
        const old = before.get(name);
        const oldErrors = old === undefined ? [] : schemaErrors(old, name, schema);
        expect({ name, errors: newErrors(oldErrors, schemaErrors(xml, name, schema)) }).toEqual({
          name,
          errors: [],
        });
        checked.push(name);
      }
      expect(checked).toEqual(expect.arrayContaining(['word/document.xml', 'word/comments.xml']));
    },
  );

  it('catches what the schemas forbid (the check can fail)', () => {
    const xml =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:commentReference w:id="1"/></w:p></w:body></w:document>';
    expect(schemaErrors(xml, 'word/document.xml', 'ecma').join('\n')).toMatch(
      /commentReference.*not expected/,
    );
  });

  it('keeps the fallback of mc:AlternateContent and drops ignorable namespaces', () => {
    const xml =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:body><w:p w14:paraId="1A2B3C4D"><w:r><mc:AlternateContent><mc:Choice Requires="w14"><w:t>新</w:t></mc:Choice><mc:Fallback><w:t>旧</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p></w:body></w:document>';
    const compatible = compatibleXml(xml, 'word/document.xml');
    expect(compatible).toContain('<w:p><w:r><w:t>旧</w:t></w:r></w:p>');
    expect(compatible).not.toContain('mc:Ignorable');
    expect(schemaErrors(xml, 'word/document.xml', 'ecma')).toEqual([]);
  });
});
