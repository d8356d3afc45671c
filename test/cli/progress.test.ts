import { Progress } from '../../src/cli/output';

function target(isTTY: boolean): { isTTY: boolean; written: string[]; write(text: string): void } {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('Progress', () => {
  it('draws a bar on a terminal and clears it at the end', () => {
    const tty = target(true);
    const progress = new Progress(4, tty, false);
    progress.tick(1, 'speeches/2024/opening.docx');
    progress.tick(2, 'speeches/2024/closing.txt');
    progress.done();
    expect(tty.written[0]).toBe(
      `\r${'█'.repeat(6)}${'░'.repeat(18)} 1/4 speeches/2024/opening.docx`,
    );
    expect(tty.written[1]).toMatch(/^\r█{12}░{12} 2\/4 speeches\/2024\/closing\.txt {1}$/);
    expect(tty.written.at(-1)).toMatch(/^\r +\r$/);
  });

  it.each([
    ['in a pipe', false, false, 4],
    ['in CI', true, true, 4],
    ['for a single file', true, false, 1],
  ])('stays silent %s', (_name, isTTY, inCi, total) => {
    const t = target(isTTY);
    const progress = new Progress(total, t, inCi);
    progress.tick(1, 'a.txt');
    progress.done();
    expect(t.written).toEqual([]);
  });
});
