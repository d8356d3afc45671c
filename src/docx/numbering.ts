/**
 * Word automatic numbering (numbering.xml) rendered to the label a reader sees: abstractNum/num,
 * level overrides, start overrides, `lvlRestart`, `isLgl`, lists continued across paragraphs.
 */
import { bulletText, formatCounter } from './numberFormats';
import type { StyleSheet } from './styles';
import { attrOf, childVal, childrenOf, firstChild, nameOf, type XmlNode } from './xml';

interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  /** 1-based level after which this level restarts; 0 = never; undefined = after any higher level. */
  restart?: number;
  isLgl: boolean;
  /** The paragraph style linked to this level (`w:pStyle`), as in heading styles tied to a list. */
  pStyle?: string;
}

interface AbstractDef {
  id: string;
  levels: Map<number, LevelDef>;
  numStyleLink?: string;
}

interface NumDef {
  abstractId: string;
  /** Level definitions that replace the abstract ones. */
  levels: Map<number, LevelDef>;
  /** Start overrides applied the first time this num is used. */
  startOverrides: Map<number, number>;
}

function parseLevel(node: XmlNode): LevelDef {
  const start = childVal(node, 'w:start');
  const restart = childVal(node, 'w:lvlRestart');
  const def: LevelDef = {
    start: start === undefined ? 0 : Number(start),
    numFmt: childVal(node, 'w:numFmt') ?? 'decimal',
    lvlText: childVal(node, 'w:lvlText') ?? '',
    isLgl: firstChild(node, 'w:isLgl') !== undefined && childVal(node, 'w:isLgl') !== '0',
  };
  if (restart !== undefined) def.restart = Number(restart);
  const pStyle = childVal(node, 'w:pStyle');
  if (pStyle !== undefined) def.pStyle = pStyle;
  return def;
}

function parseLevels(node: XmlNode): Map<number, LevelDef> {
  const levels = new Map<number, LevelDef>();
  for (const child of childrenOf(node)) {
    if (nameOf(child) === 'w:lvl')
      levels.set(Number(attrOf(child, 'w:ilvl') ?? 0), parseLevel(child));
  }
  return levels;
}

export interface ListLabel {
  label: string;
  level: number;
}

export class Numbering {
  private readonly abstracts = new Map<string, AbstractDef>();
  private readonly nums = new Map<string, NumDef>();
  /** Counters per list (abstractNum), by level; undefined = not yet used since the last restart. */
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly usedNums = new Set<string>();

  constructor(
    root: XmlNode | undefined,
    private readonly styles: StyleSheet,
  ) {
    for (const node of root === undefined ? [] : childrenOf(root)) {
      const name = nameOf(node);
      if (name === 'w:abstractNum') {
        const id = attrOf(node, 'w:abstractNumId') ?? '';
        const def: AbstractDef = { id, levels: parseLevels(node) };
        const link = childVal(node, 'w:numStyleLink');
        if (link !== undefined) def.numStyleLink = link;
        this.abstracts.set(id, def);
      } else if (name === 'w:num') {
        const numId = attrOf(node, 'w:numId') ?? '';
        const num: NumDef = {
          abstractId: childVal(node, 'w:abstractNumId') ?? '',
          levels: new Map(),
          startOverrides: new Map(),
        };
        for (const override of childrenOf(node)) {
          if (nameOf(override) !== 'w:lvlOverride') continue;
          const ilvl = Number(attrOf(override, 'w:ilvl') ?? 0);
          const start = childVal(override, 'w:startOverride');
          if (start !== undefined) num.startOverrides.set(ilvl, Number(start));
          const lvl = firstChild(override, 'w:lvl');
          if (lvl !== undefined) num.levels.set(ilvl, parseLevel(lvl));
        }
        this.nums.set(numId, num);
      }
    }
  }

  /** Follows `w:numStyleLink` to the abstractNum that really holds the levels. */
  private abstractOf(num: NumDef): AbstractDef | undefined {
    let abstract = this.abstracts.get(num.abstractId);
    for (let hops = 0; abstract?.numStyleLink !== undefined && hops < 5; hops++) {
      const linkedNumId = this.styles.numIdOfNumberingStyle(abstract.numStyleLink);
      const linked = linkedNumId === undefined ? undefined : this.nums.get(linkedNumId);
      if (linked === undefined) break;
      abstract = this.abstracts.get(linked.abstractId);
    }
    return abstract;
  }

  /** The level of list `numId` linked to paragraph style `styleId`, else 0. */
  levelForStyle(numId: string, styleId: string): number {
    const num = this.nums.get(numId);
    const abstract = num === undefined ? undefined : this.abstractOf(num);
    for (const [ilvl, level] of abstract?.levels ?? []) if (level.pStyle === styleId) return ilvl;
    return 0;
  }

  /** Advances the list counters for one numbered paragraph and returns its label. */
  next(numId: string, ilvl: number): ListLabel | undefined {
    if (numId === '0') return undefined;
    const num = this.nums.get(numId);
    if (num === undefined) return undefined;
    const abstract = this.abstractOf(num);
    if (abstract === undefined) return undefined;
    const levelOf = (level: number): LevelDef | undefined =>
      num.levels.get(level) ?? abstract.levels.get(level);
    const level = levelOf(ilvl);
    if (level === undefined) return undefined;

    let counters = this.counters.get(abstract.id);
    if (counters === undefined) {
      counters = [];
      this.counters.set(abstract.id, counters);
    }
    if (!this.usedNums.has(numId)) {
      this.usedNums.add(numId);
      // Only a start override restarts a level where this num is first used (Word's "restart
      // numbering"). A level redefined by lvlOverride/lvl alone continues the shared counters,
      // as Word's own TOC and STYLEREF results show.
      for (const overridden of num.startOverrides.keys()) counters[overridden] = undefined;
    }
    const startOf = (at: number, def: LevelDef): number => num.startOverrides.get(at) ?? def.start;
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? startOf(ilvl, level) : current + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = levelOf(deeper)?.restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) counters[deeper] = undefined;
    }

    if (level.numFmt === 'bullet') return { label: bulletText(level.lvlText), level: ilvl };
    const label = level.lvlText.replace(/%([1-9])/g, (_, digit: string) => {
      const placeholder = Number(digit) - 1;
      const def = levelOf(placeholder);
      if (def === undefined) return '';
      const value = counters[placeholder] ?? startOf(placeholder, def);
      // `isLgl` (legal numbering) shows every placeholder in Arabic digits.
      return formatCounter(value, level.isLgl ? 'decimal' : def.numFmt);
    });
    return { label, level: ilvl };
  }
}
