/**
 * The probe page's probes (src/probe) against the stand-in: each stand-in mode shows in the
 * report field of the same name, and a report turned back into modes (modesFromReport) gives the
 * modes it was measured under, so an office's report makes the stand-in behave like their Word.
 */
import { PROBE_SAMPLE } from '../../preview/probe/sample';
import { installFakeOffice } from '../../preview/standin/fakeWord';
import { modesFromReport, type StandinModes } from '../../preview/standin/modes';
import { runProbes } from '../../src/probe/probe';
import { parseProbeReport } from '../../src/probe/report';

function probeUnder(modes: Partial<StandinModes>, wordApi = '1.7') {
  installFakeOffice({ paragraphs: PROBE_SAMPLE, wordApi, modes });
  return runProbes();
}

test('the default stand-in: what a Microsoft 365 Word would report', async () => {
  const report = await probeUnder({});
  expect(report.errors).toEqual([]);
  expect(report.host.wordApi).toBe('1.7');
  expect(report.fields).toEqual({
    annotations: 'available',
    deletedTextInText: null, // hidden deletions: nothing differs, and the fake lists no revisions
    listItem: 'ok',
    mixedHighlight: 'empty',
    searchFoldsQuotes: false,
    searchFoldsWidth: false,
    caretEscapes: true,
    searchLimit: { at255: 'ok', at256: 'SearchStringInvalidOrTooLong' },
    outlineLevels: [
      { styleBuiltIn: 'Title', outlineLevel: 10 },
      { styleBuiltIn: 'Heading1', outlineLevel: 1 },
      { styleBuiltIn: 'Normal', outlineLevel: 10 },
    ],
    listStrings: [
      { listString: '一、', level: 0 },
      { listString: '（一）', level: 1 },
    ],
    reviewedText: 'same',
  });
});

test.each<Partial<StandinModes>>([
  { annotations: 'missing' },
  { annotations: 'throws' },
  { deletedTextInText: true },
  { listItem: 'throwsOnTracked' },
  { mixedHighlight: 'null' },
  { searchFoldsQuotes: true },
  { searchFoldsWidth: true },
  {
    annotations: 'throws',
    deletedTextInText: true,
    listItem: 'throwsOnTracked',
    mixedHighlight: 'null',
    searchFoldsQuotes: true,
    searchFoldsWidth: true,
  },
])('%j is measured by the probe and set again by its report', async (modes) => {
  const report = await probeUnder(modes);
  expect(report.fields).toMatchObject(modes);
  const pasted = parseProbeReport(JSON.stringify(report));
  expect(modesFromReport(pasted)).toMatchObject(modes);
});

test('WordApi 1.3 reports no annotations and no reviewed text', async () => {
  const report = await probeUnder({}, '1.3');
  expect(report.fields.annotations).toBe('missing');
  expect(report.fields.reviewedText).toBe('unavailable');
});

test('a pasted text that is not a report is refused in Chinese', () => {
  expect(() => parseProbeReport('{"fields":{}}')).toThrow('不是讲稿助手探测页的报告');
  expect(() => parseProbeReport('同志们')).toThrow('不是探测页生成的 JSON 报告');
});
