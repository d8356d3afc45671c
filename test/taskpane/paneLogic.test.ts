import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { check, documentFromText, type Finding } from '../../src/core';
import { initialTab } from '../../src/taskpane/App';
import { excerptOf } from '../../src/taskpane/excerpt';
import { translator, uiLocaleFor } from '../../src/taskpane/i18n';
import { blanksOf, questionValue, sameBlanks } from '../../src/taskpane/placeholderBlanks';
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

describe('placeholder blanks', () => {
  const finding = (
    paragraph: number,
    offset: number,
    text: string,
    rule = 'placeholder/number',
  ): Finding => ({
    rule,
    severity: 'error',
    paragraph,
    offset,
    length: text.length,
    text,
    message: '',
    messageId: 'm',
  });
  /** Every X run in the texts as a finding; `n` marks a name placeholder, `#` a number one. */
  const blanksIn = (texts: string[], rules: string) => {
    const found: Finding[] = [];
    texts.forEach((text, paragraph) => {
      for (const m of text.matchAll(/X+/gu)) {
        const rule = rules[found.length] === 'n' ? 'placeholder/name' : 'placeholder/number';
        found.push(finding(paragraph, m.index, m[0], rule));
      }
    });
    return blanksOf([...found].reverse(), texts);
  };

  test('each blank is shown in its sentence with what it expects, in document order', () => {
    const blanks = blanksIn(
      [
        '全X人社系统要提高站位。去年新增就业X万人，就业率达到X%。',
        '全年征缴X万元，于X月X日前完成。请XX书记讲话。',
      ],
      'n#####n',
    );
    expect(blanks.map((b) => `${b.before}[${b.finding.text}]${b.after}|${b.expected}`)).toEqual([
      '全[X]人社系统要提高站位。|place',
      '去年新增就业[X]万人，就业率达到X%。|number',
      '去年新增就业X万人，就业率达到[X]%。|percent',
      '全年征缴[X]万元，于X月X日前完成。|money',
      '全年征缴X万元，于[X]月X日前完成。|date',
      '全年征缴X万元，于X月[X]日前完成。|date',
      '请[XX]书记讲话。|person',
    ]);
  });

  test('fill-all is offered only for the same name token in the same phrase, never for numbers', () => {
    const blanks = blanksIn(
      [
        '全X人社系统要提高站位，全X人社系统干部要带头。',
        '全X城乡居民参保率提高，清退X万元，收缴X万元。',
        '全X人社工作再上新台阶，清退X万元，收缴X万元。',
      ],
      'nnn##n##',
    );
    const [first, second, city, money, , work, sameMoney] = blanks;
    expect(sameBlanks(blanks, first!)).toEqual([second]);
    expect(sameBlanks(blanks, city!)).toEqual([]);
    expect(sameBlanks(blanks, work!)).toEqual([]);
    // The same words around two numbers are still two statistics.
    expect(money!.before.endsWith('清退')).toBe(true);
    expect(sameMoney!.before.endsWith('清退')).toBe(true);
    expect(sameBlanks(blanks, money!)).toEqual([]);
  });

  test('a value that does not fit its blank is questioned', () => {
    const [people, place, percent, date] = blanksIn(
      ['新增就业X万人，全X城乡居民参保率达X%。', '2024年X月起施行。'],
      '#n##',
    );
    expect(questionValue(people!, '张明')).toEqual({ kind: 'notNumber', expected: 'number' });
    expect(questionValue(people!, '1.2')).toBeUndefined();
    expect(questionValue(people!, '三')).toBeUndefined();
    expect(questionValue(people!, '12万')).toEqual({ kind: 'repeats', text: '12万万' });
    expect(questionValue(place!, '区')).toBeUndefined();
    expect(questionValue(place!, '全区')).toEqual({ kind: 'repeats', text: '全全区' });
    expect(questionValue(place!, '2024')).toEqual({ kind: 'notName', expected: 'place' });
    expect(questionValue(percent!, '98.5%')).toEqual({ kind: 'repeats', text: '98.5%%' });
    expect(questionValue(date!, '3')).toBeUndefined();
    expect(questionValue(date!, '三月')).toEqual({ kind: 'notNumber', expected: 'date' });
  });

  test('other rules and zero-length findings are left out', () => {
    const other = { ...finding(0, 0, 'X'), rule: 'punct/halfwidth' };
    const listNumber = { ...finding(0, 0, ''), length: 0 };
    expect(blanksOf([other, listNumber], ['X'])).toEqual([]);
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
