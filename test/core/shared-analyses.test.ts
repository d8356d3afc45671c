import { check, documentFromText, resolveSpeechDate } from '../../src/core';
import { yearProfile } from '../../src/core/date/years';

const SPEECH = [
  '在全市人社工作会议上的讲话',
  '同志们：',
  '一、2023年工作回顾',
  '过去一年，全市新增就业2.3万人。',
  '二、2024年工作任务',
  '做好2024年工作，要突出抓好稳就业。',
].join('\n');

describe('analyses shared by the engine and the rules', () => {
  it('the speech date comes from the year profile the caller shares', () => {
    const doc = documentFromText(SPEECH);
    const own = resolveSpeechDate(doc, { today: '2026-11-21' });
    let calls = 0;
    const shared = resolveSpeechDate(doc, {
      today: '2026-11-21',
      yearProfile: () => {
        calls++;
        return yearProfile(doc);
      },
    });
    expect(calls).toBe(1);
    expect(shared).toEqual(own);
    expect(shared.year).toBe(2024);
  });

  it('a check without a given date finds the same as one given the date the document implies', () => {
    const doc = documentFromText(SPEECH);
    const implied = check(doc, { today: '2026-11-21' });
    expect(implied.speechDateSource).toBe('document');
    const given = check(doc, { today: '2026-11-21', speechDate: implied.speechDate });
    expect(implied.findings).toEqual(given.findings);
  });
});
