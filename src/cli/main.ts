/** Placeholder entry until the CLI lands; replaced by the CLI module. */
export async function main(_argv: string[]): Promise<number> {
  return 0;
}
