import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { check, documentFromText, type Finding } from '../../src/core';
import { initialTab } from '../../src/taskpane/App';
import { excerptOf } from '../../src/taskpane/excerpt';
import { translator, uiLocaleFor } from '../../src/taskpane/i18n';
import { groupPlaceholders } from '../../src/taskpane/placeholderGroups';
import { runCheck } from '../../src/taskpane/runCheck';
import { fluentThemeFor } from '../../src/taskpane/theme';
import { configFrom, loadRuleSettings, RULE_SETTINGS_KEY } from '../../src/taskpane/userSettings';
import { SPEECH, testRules } from './testRules';

describe('runCheck (the pane runs the engine one rule at a time)', () => {
  const doc = documentFromText(SPEECH);

  test('finds exactly what a single check() finds, in the same order', async () => {
    const whole = check(doc, { today: '2024-03-15', rules: testRules });
    const stepped = await runCheck(doc, { today: '2024-03-15', locale: 'zh-CN', rules: testRules });
    expect(stepped.findings).toEqual(whole.findings);
    expect(stepped.speechDate).toBe(whole.speechDate);
    expect(stepped.speechDateSource).toBe('document');
  });

  test('yields to the UI between rules and reports progress', async () => {
    const progress: string[] = [];
    let yields = 0;
    await runCheck(doc, {
      today: '2024-03-15',
      locale: 'zh-CN',
      rules: testRules,
      onProgress: (p) => progress.push(`${p.done}/${p.total}`),
      yieldToUi: async () => {
        yields += 1;
      },
    });
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
    expect(yields).toBe(3);
  });

  test('rules turned off are not run; an unknown rule in the settings is an error that names it', async () => {
    const result = await runCheck(doc, {
      today: '2024-03-15',
      locale: 'zh-CN',
      rules: testRules,
      config: { rules: { punct: 'off' } },
    });
    expect(result.findings.some((f) => f.rule.startsWith('punct/'))).toBe(false);
    await expect(
      runCheck(doc, {
        today: '2024-03-15',
        locale: 'zh-CN',
        rules: testRules,
        config: { rules: { 'punct/nope': 'off' } },
      }),
    ).rejects.toThrow(/unknown rule or category "punct\/nope"/);
  });
});

describe('placeholder groups', () => {
  const finding = (paragraph: number, offset: number, text: string): Finding => ({
    rule: 'placeholder/number',
    severity: 'error',
    paragraph,
    offset,
    length: text.length,
    text,
    message: '',
    messageId: 'm',
  });

  test('a bare mark is labelled with its unit, and groups are largest first', () => {
    const texts = ['新增就业X万人，完成X%。', '培训X万人次，X万人就业。', '落实***同志的要求'];
    const groups = groupPlaceholders(
      [
        finding(0, 4, 'X'),
        finding(0, 10, 'X'),
        finding(1, 2, 'X'),
        finding(1, 7, 'X'),
        finding(2, 2, '***'),
      ],
      texts,
    );
    expect(groups.map((g) => `${g.label}×${g.findings.length}`)).toEqual([
      'X万人×2',
      'X%×1',
      'X万人次×1',
      '***×1',
    ]);
  });

  test('a name placeholder is labelled with the word it sits in', () => {
    const name = (paragraph: number, offset: number): Finding => ({
      ...finding(paragraph, offset, 'X'),
      rule: 'placeholder/name',
    });
    const groups = groupPlaceholders(
      [name(0, 1), name(1, 4), name(1, 6)],
      ['全X上下', '今年在全X和X委的领导下'],
    );
    expect(groups.map((g) => `${g.label}×${g.findings.length}`)).toEqual(['全X×2', 'X委×1']);
  });

  test('other rules and zero-length findings are left out', () => {
    const other = { ...finding(0, 0, 'X'), rule: 'punct/halfwidth' };
    const listNumber = { ...finding(0, 0, ''), length: 0 };
    expect(groupPlaceholders([other, listNumber], ['X'])).toEqual([]);
  });
});

describe('host glue', () => {
  test('Office display language picks the UI language', () => {
    expect(uiLocaleFor('en-US')).toBe('en-US');
    expect(uiLocaleFor('en-GB')).toBe('en-US');
    expect(uiLocaleFor('zh-CN')).toBe('zh-CN');
    expect(uiLocaleFor('zh-TW')).toBe('zh-CN');
    expect(uiLocaleFor(undefined)).toBe('zh-CN');
  });

  test('the Office theme picks the Fluent theme', () => {
    expect(fluentThemeFor({ bodyBackgroundColor: '#262626' })).toBe(webDarkTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: '#FFFFFF' })).toBe(webLightTheme);
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: '#FFFFFF', isDarkTheme: true })).toBe(
      webDarkTheme,
    );
  });

  test('the ribbon buttons open their tab; unknown tabs open 检查', () => {
    expect(initialTab('?tab=check')).toBe('check');
    expect(initialTab('?tab=outline')).toBe('outline');
    expect(initialTab('?tab=draft')).toBe('draft');
    expect(initialTab('?tab=compose')).toBe('check');
    expect(initialTab('')).toBe('check');
  });

  test('every UI string exists in both languages and keeps its placeholders', () => {
    const zh = translator('zh-CN');
    const en = translator('en-US');
    expect(zh('checkedAt', { paragraphs: 3, count: 1 })).toBe('共 3 段，发现 1 处问题');
    expect(en('checkedAt', { paragraphs: 3, count: 1 })).toBe('3 paragraphs, 1 findings');
    expect(en('fixTo', {})).toBe('Change to "{replacement}"');
  });

  test('excerpts keep a little context on each side', () => {
    expect(excerptOf('今年全县新增就业X万人，完成年度目标的108%。', 8, 1, 4)).toEqual({
      before: '…新增就业',
      text: 'X',
      after: '万人，完…',
    });
  });

  test('settings of rules that are no longer shipped never reach the engine', () => {
    expect(
      configFrom({ 'punct/test-comma': 'off', 'punct/retired': 'info' }, ['punct/test-comma']),
    ).toEqual({
      rules: { 'punct/test-comma': 'off' },
    });
  });

  test('a broken settings store is ignored rather than stopping the pane', () => {
    const store = new Map<string, string>([[RULE_SETTINGS_KEY, '{not json']]);
    const storage = { getItem: (k: string) => store.get(k) ?? null } as unknown as Storage;
    expect(loadRuleSettings(storage)).toEqual({});
    expect(loadRuleSettings(undefined)).toEqual({});
  });
});
