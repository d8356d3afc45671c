import { canon } from '../../../src/core/rules/term/canon';
import data from '../../../src/core/data/canon-terms.json';
import type { CanonTerm } from '../../../src/core/data/canonTerms';
import { runRule, ruleTester } from '../../helpers/ruleTester';
import { verifiedOnWeakSource } from '../date/weakSources';

const entries = data as CanonTerm[];
const listable = (e: CanonTerm) => e.members.every((m) => !/[、，,]/u.test(m.text));

describe('term/canon: every table entry', () => {
  for (const entry of entries) {
    describe(`${entry.id} (${entry.name})`, () => {
      it('is not flagged when written correctly', () => {
        const list = listable(entry) ? `（${entry.members.map((m) => m.text).join('、')}）` : '';
        expect(
          runRule(canon, {
            text: `要深刻把握“${entry.name}”${list}的丰富内涵。`,
            date: '2024-03-01',
          }),
        ).toEqual([]);
      });
      for (const wrong of entry.wrongNames ?? []) {
        it(`fixes the wrong name ${wrong}`, () => {
          const findings = runRule(canon, {
            text: `要深刻把握“${wrong}”的丰富内涵。`,
            date: '2024-03-01',
          });
          expect(findings.map((f) => [f.messageId, f.text, f.fix?.replacement])).toEqual([
            ['wrongName', wrong, entry.name],
          ]);
        });
      }
      if (listable(entry)) {
        it('flags a changed member in a listed run', () => {
          const members = entry.members.map((m) => m.text);
          members[members.length - 1] = '提高站位';
          const findings = runRule(canon, {
            text: `要深刻把握“${entry.name}”（${members.join('、')}）的丰富内涵。`,
            date: '2024-03-01',
          });
          expect(findings.map((f) => [f.messageId, f.text])).toEqual([
            ['unknownMember', '提高站位'],
          ]);
        });
        it('flags a missing member', () => {
          const members = entry.members.map((m) => m.text).slice(0, -1);
          if (members.length < 2) return;
          const findings = runRule(canon, {
            text: `要深刻把握“${entry.name}”（${members.join('、')}）的丰富内涵。`,
            date: '2024-03-01',
          });
          expect(findings.map((f) => f.messageId)).toEqual(['memberCount']);
        });
      }
    });
  }
});

ruleTester(canon, {
  valid: [
    '增强“四个意识”、坚定“四个自信”、做到“两个维护”，深刻领悟“两个确立”的决定性意义。',
    '扎实做好“六稳”工作，全面落实“六保”任务。',
    {
      text: '协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。',
      date: '2019-06-01',
    },
    '统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局。',
  ],
  invalid: [
    {
      text: '切实增强“四个意识”，坚决做到“二个维护”。',
      errors: [{ messageId: 'wrongName', text: '二个维护', fix: '两个维护' }],
      output: '切实增强“四个意识”，坚决做到“两个维护”。',
    },
    {
      text: '协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党的战略布局。',
      date: '2021-03-01',
      errors: [
        {
          messageId: 'outdatedMember',
          text: '全面建成小康社会',
          fix: '全面建设社会主义现代化国家',
        },
      ],
      output:
        '协调推进全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党的战略布局。',
    },
    {
      text: '扎实做好“六稳”（稳就业、稳金融、稳外贸、稳外资、稳投资、稳物价）工作。',
      errors: [{ messageId: 'unknownMember', text: '稳物价' }],
    },
    {
      text: '坚定“四个自信”，即道路自信、理论自信、制度自信。',
      errors: [{ messageId: 'memberCount', text: '四个自信' }],
    },
  ],
});

describe('term/canon: 六个必须坚持 (added in the 2026-11 source review)', () => {
  it('accepts the members written without 必须', () => {
    const text =
      '要把握好“六个必须坚持”，即坚持人民至上、坚持自信自立、坚持守正创新、坚持问题导向、坚持系统观念、坚持胸怀天下。';
    expect(runRule(canon, { text, date: '2024-03-01' })).toEqual([]);
  });
  it('flags a list that stops at five', () => {
    const text =
      '要把握好“六个必须坚持”，即坚持人民至上、坚持自信自立、坚持守正创新、坚持问题导向、坚持系统观念。';
    expect(runRule(canon, { text, date: '2024-03-01' }).map((f) => f.messageId)).toEqual([
      'memberCount',
    ]);
  });
});

describe('term/canon: sources', () => {
  it('marks no formulation verified whose only source is a reprint site', () => {
    expect(verifiedOnWeakSource(entries)).toEqual([]);
  });

  it('leaves the formulations without an official text unverified', () => {
    const unverified = entries.filter((e) => !e.verified).map((e) => e.name);
    expect(unverified).toEqual(
      expect.arrayContaining(['两个维护', '三去一降一补', '三会一课', '三新一高', '六个必须坚持']),
    );
  });
});
