import { documentFromText } from '../../src/core/text/document';
import { parseOutline, type HeadingNode } from '../../src/core/text/headings';

// A speech whose outline has several levels, two top-level series and body text between headings.
const SPEECH = [
  '在全县教育工作会议上的讲话',
  '同志们：',
  '一、2023年工作回顾',
  '过去一年，全县教育系统攻坚克难，各项工作取得新进展。',
  '（一）办学条件持续改善',
  '新建改扩建学校12所。',
  '（二）教育质量稳步提升',
  '1.义务教育优质均衡',
  '2.高中教育特色发展',
  '二、2024年重点任务',
  '（一）抓好学前教育普惠扩容',
  '（二）抓好义务教育优质均衡',
  '（1）推进集团化办学',
  '附件：',
  '一、会议安排',
  '二、分组名单',
].join('\n');

describe('outline lookups', () => {
  const outline = parseOutline(documentFromText(SPEECH));

  it('sectionOf is the last heading at or before each paragraph', () => {
    const linear = (paragraph: number) => {
      let found: HeadingNode | undefined;
      for (const h of outline.headings) if (h.paragraph <= paragraph) found = h;
      return found;
    };
    for (let p = -1; p <= 17; p++) expect(outline.sectionOf(p)).toBe(linear(p));
    expect(outline.sectionOf(5)?.marker.text).toBe('（一）');
    expect(outline.sectionOf(1)).toBeUndefined();
  });

  it('parentOf answers for this outline only', () => {
    const child = outline.headings.find((h) => h.title === '推进集团化办学') as HeadingNode;
    expect(outline.parentOf(child)?.title).toBe('抓好义务教育优质均衡');
    expect(outline.parentOf(outline.roots[0] as HeadingNode)).toBeUndefined();
    // The same heading parsed again is another node: no parent here.
    const other = parseOutline(documentFromText(SPEECH));
    const twin = other.headings.find((h) => h.title === '推进集团化办学') as HeadingNode;
    expect(outline.parentOf(twin)).toBeUndefined();
    expect(other.parentOf(twin)?.title).toBe('抓好义务教育优质均衡');
  });
});
