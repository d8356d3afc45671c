/** Installs the Word fake as globals for adapter tests and builds findings on its text. */
import type { Finding, Severity } from '../../src/core';
import { installFakeOffice, type FakeOffice } from '../../preview/standin/fakeWord';
import type { FakeParagraphInit } from '../../preview/standin/model';
import type { StandinModes } from '../../preview/standin/modes';
import { standinHandle, type StandinHandle } from '../../preview/standin';

export interface FakeWord {
  fake: FakeOffice;
  doc: StandinHandle;
}

export function installWord(
  paragraphs: ReadonlyArray<FakeParagraphInit | string>,
  wordApi = '1.7',
  modes: Partial<StandinModes> = {},
): FakeWord {
  const fake = installFakeOffice({
    paragraphs: paragraphs.map((p) => (typeof p === 'string' ? { text: p } : p)),
    wordApi,
    modes,
  });
  return { fake, doc: standinHandle(fake.model) };
}

/** A finding on the `occurrence`-th (0-based) place `text` appears in paragraph `paragraph`. */
export function findingOn(
  doc: StandinHandle,
  paragraph: number,
  text: string,
  options: { occurrence?: number; rule?: string; severity?: Severity; fix?: string } = {},
): Finding {
  const source = doc.paragraphs()[paragraph] as string;
  let offset = -1;
  for (let i = 0; i <= (options.occurrence ?? 0); i++) offset = source.indexOf(text, offset + 1);
  if (offset < 0) throw new Error(`"${text}" not in paragraph ${paragraph}`);
  return {
    rule: options.rule ?? 'wording/stale-term',
    severity: options.severity ?? 'warning',
    paragraph,
    offset,
    length: text.length,
    text,
    message: `“${text}”需要核实`,
    messageId: 'stale',
    ...(options.fix === undefined ? {} : { fix: { replacement: options.fix } }),
  };
}

/** Realistic speech paragraphs of our own, repeated to any length. */
export const SPEECH_PARAGRAPHS = [
  '同志们：',
  '今天召开全市经济工作会议，主要任务是总结今年工作，分析当前形势，部署明年重点任务。',
  '一、坚定信心，全力以赴稳增长',
  '今年以来，全市上下认真贯彻落实各项决策部署，经济运行总体平稳、稳中有进。',
  '（一）扩大有效投资。要抓好重大项目建设，确保项目早开工、早投产、早见效。',
  '（二）提振消费需求。要落实好各项促消费政策，培育壮大新型消费。',
  '二、深化改革，持续优化营商环境',
  '要坚持问题导向，对企业反映的突出问题，逐项梳理、限时解决。',
];

export function speech(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => SPEECH_PARAGRAPHS[i % SPEECH_PARAGRAPHS.length] as string,
  );
}
