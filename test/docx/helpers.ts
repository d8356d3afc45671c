/** Builds small .docx packages in tests: from raw WordprocessingML, or by patching parts of another package. */
import JSZip from 'jszip';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface RawDocx {
  /** Inner XML of `w:body`. */
  body: string;
  /** Inner XML of `w:styles`. */
  styles?: string;
  /** Inner XML of `w:numbering`. */
  numbering?: string;
  /** Inner XML of one header `w:hdr`. */
  header?: string;
  /** Inner XML of `w:comments`. */
  comments?: string;
  /** Inner XML of `w:footnotes`, `w:endnotes` and one footer `w:ftr`. */
  footnotes?: string;
  endnotes?: string;
  footer?: string;
  /** Extra namespace declarations etc. on `w:document`, e.g. `xmlns:w14="…"`. */
  documentAttrs?: string;
  coreTitle?: string;
  coreCreated?: string;
}

/** A paragraph of plain runs: p('一、总体要求') or p('…', '<w:pStyle w:val="Heading1"/>'). */
export function p(text: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export async function rawDocx(spec: RawDocx): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides: string[] = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
  ];
  const rels: string[] = [];
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"${spec.documentAttrs ? ` ${spec.documentAttrs}` : ''}><w:body>${spec.body}<w:sectPr/></w:body></w:document>`,
  );
  const part = (
    name: string,
    root: string,
    inner: string,
    type: string,
    contentType: string,
  ): void => {
    zip.file(
      `word/${name}`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} xmlns:w="${W_NS}" xmlns:r="${R_NS}">${inner}</w:${root}>`,
    );
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${REL}/${type}" Target="${name}"/>`);
    overrides.push(
      `<Override PartName="/word/${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${contentType}+xml"/>`,
    );
  };
  if (spec.styles !== undefined) part('styles.xml', 'styles', spec.styles, 'styles', 'styles');
  if (spec.numbering !== undefined)
    part('numbering.xml', 'numbering', spec.numbering, 'numbering', 'numbering');
  if (spec.header !== undefined) part('header1.xml', 'hdr', spec.header, 'header', 'header');
  if (spec.comments !== undefined)
    part('comments.xml', 'comments', spec.comments, 'comments', 'comments');
  if (spec.footnotes !== undefined)
    part('footnotes.xml', 'footnotes', spec.footnotes, 'footnotes', 'footnotes');
  if (spec.endnotes !== undefined)
    part('endnotes.xml', 'endnotes', spec.endnotes, 'endnotes', 'endnotes');
  if (spec.footer !== undefined) part('footer1.xml', 'ftr', spec.footer, 'footer', 'footer');
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  const packageRels = [
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>`,
  ];
  if (spec.coreTitle !== undefined || spec.coreCreated !== undefined) {
    zip.file(
      'docProps/core.xml',
      `<?xml version="1.0" encoding="UTF-8"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
        (spec.coreTitle !== undefined ? `<dc:title>${escapeXml(spec.coreTitle)}</dc:title>` : '') +
        (spec.coreCreated !== undefined
          ? `<dcterms:created xsi:type="dcterms:W3CDTF">${spec.coreCreated}</dcterms:created>`
          : '') +
        `</cp:coreProperties>`,
    );
    packageRels.push(
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`,
    );
    overrides.push(
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    );
  }
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${packageRels.join('')}</Relationships>`,
  );
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Replaces or adds parts of a package (e.g. a hand-written numbering.xml in a docx-package file). */
export async function patchParts(
  bytes: Uint8Array,
  parts: Record<string, string | ((old: string) => string)>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, content] of Object.entries(parts)) {
    const next =
      typeof content === 'string'
        ? content
        : content((await zip.file(name)?.async('string')) ?? '');
    zip.file(name, next);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export async function partText(bytes: Uint8Array, name: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(name)?.async('string');
}
