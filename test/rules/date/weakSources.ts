/**
 * Hosts that only reprint or aggregate official texts (commercial reprint sites, user posts, local
 * broadcasters). A table entry whose only source is one of these must not claim `verified: true`.
 */
const WEAK_SOURCE_HOSTS = [
  'qwitaly.com',
  'truetips.net',
  'feifmx.com',
  'wn.com',
  'cna.com.tw',
  '39.103.169.235',
  'zjmlhb.cn',
  'hzyx88.com',
  'scholarmate.com',
  'ppdoc.com',
  '71.cn',
  'tougao.12371.cn',
  'xzspw.org.cn',
  'tielingtv.com',
  'nctvcloud.com',
  'cbbn.net',
  'guanhai.com.cn',
  'hnr.cn',
  'kankanews.com',
];

export function isWeakSource(url: string | undefined): boolean {
  if (url === undefined) return false;
  const host = new URL(url).hostname;
  return WEAK_SOURCE_HOSTS.some((weak) => host === weak || host.endsWith(`.${weak}`));
}

interface SourcedEntry {
  id: string;
  source: { url?: string };
  verified: boolean;
}

/** Ids of entries marked verified although their only source is a weak reprint. */
export function verifiedOnWeakSource(entries: readonly SourcedEntry[]): string[] {
  return entries.filter((e) => e.verified && isWeakSource(e.source.url)).map((e) => e.id);
}
