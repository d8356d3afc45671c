/**
 * A document to probe, made up in the shape of a speech: each paragraph gives one probe of
 * src/probe something to measure (docs/word-addin.md lists the same sample for real Word).
 */
import type { StandinParagraph } from '../standin';

export const PROBE_SAMPLE: StandinParagraph[] = [
  { text: '在全市“放管服”改革推进会上的讲话', style: 'Title' },
  { text: '一、持续深化改革', style: '标题 1' },
  { text: '压实工作责任', listLabel: '一、', listLevel: 0 },
  // A list paragraph with a tracked deletion (the first 优化 was deleted under 修订).
  { text: '优化优化审批流程', listLabel: '（一）', listLevel: 1, deleted: [{ start: 0, end: 2 }] },
  { text: '第１季度完成投资１２０亿元。' },
  { text: '文件编号格式为“办^年^号”。' },
  { text: '要把各项任务落到实处。', highlights: [{ start: 0, end: 2, color: 'Yellow' }] },
];
