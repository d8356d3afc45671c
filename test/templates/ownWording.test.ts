/**
 * The library is written in our own words: apart from fixed political formulations (listed below,
 * each as published by the Party and government), no run of 12 Han characters in any entry is also
 * found in the speeches and reports of ../shared (read at test time, never copied).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSkeleton, shippedLibrary } from '../../src/templates';

const SHARED = join(__dirname, '..', '..', '..', 'shared');
const RUN = 12;

/** Fixed formulations every speech may use word for word; published texts use them too. */
const FORMULAS = [
  '以习近平新时代中国特色社会主义思想为指导',
  '全面贯彻党的二十大和二十届历次全会精神',
  '以习近平同志为核心的党中央',
  '深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”',
  '在政治立场、政治方向、政治原则、政治道路上同',
  '党中央保持高度一致',
  '一体推进不敢腐、不能腐、不想腐',
  '群众身边不正之风和腐败问题集中整治',
  '群众身边不正之风和腐败问题',
  '锲而不舍落实中央八项规定',
  '落实中央八项规定精神',
  '群众最关心最直接最现实的利益问题',
  '常态化推进“高效办成一件事”',
  '树立和践行正确政绩观，坚持为人民出政绩、以实干出政绩',
  '为人民出政绩、以实干出政绩',
  '同部署、同落实、同检查、同考核',
  '坚持和发展新时代“枫桥经验”',
];

const han = (text: string) => text.replace(/[^\u4e00-\u9fff]/gu, '');

function sharedText(): string {
  const parts: string[] = [];
  for (const folder of ['seeds', 'corpus']) {
    const dir = join(SHARED, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')))
      parts.push(han(readFileSync(join(dir, name), 'utf8')));
  }
  return parts.join('|');
}

/** Every text an entry carries, with formulas and fields cut out (they split the runs). */
function ownRuns(texts: readonly string[]): string[] {
  const formulas = FORMULAS.map(han);
  return texts.flatMap((text) =>
    text.split(/【[^【】]*】|\n/u).flatMap((piece) => {
      let rest = han(piece);
      for (const formula of formulas) rest = rest.split(formula).join('|');
      return rest.split('|');
    }),
  );
}

function copiedRuns(texts: readonly string[], shared: string): string[] {
  const copied = new Set<string>();
  for (const run of ownRuns(texts)) {
    for (let i = 0; i + RUN <= run.length; i++) {
      const piece = run.slice(i, i + RUN);
      if (shared.includes(piece)) copied.add(piece);
    }
  }
  return [...copied];
}

const library = shippedLibrary();
const entries = [
  ...library.skeletons.map((s) => ({
    id: s.id,
    texts: [s.title, s.summary, s.note ?? '', ...renderSkeleton(s).map((p) => p.text)],
  })),
  ...library.phrases.map((p) => ({ id: p.id, texts: [p.title, p.text, p.note ?? ''] })),
];
const shared = sharedText();

test('the shared speeches are there to compare with', () => {
  // Without ../shared this test would prove nothing: fail loudly rather than pass.
  expect(shared.length).toBeGreaterThan(100_000);
});

test('a copied line is caught: the check itself works', () => {
  const probe = shared.slice(1_000, 1_000 + RUN + 4);
  expect(probe).not.toContain('|');
  expect(copiedRuns([`同志们，${probe}。`], shared).length).toBeGreaterThan(0);
  expect(copiedRuns(['同志们，这是一句我们自己写的、不会出现在别处的句子。'], shared)).toEqual([]);
});

test.each(entries.map((e) => [e.id, e.texts] as const))(
  '%s shares no run of 12 characters with the shared speeches',
  (_id, texts) => {
    expect(copiedRuns(texts, shared)).toEqual([]);
  },
);
