/** `speechdesk rules`: the catalog the engine ships, for people and for scripts. */
import pc from 'picocolors';
import { allRules, categoryOf } from '../../core';
import { SEVERITY_LABEL, say } from '../i18n';
import { io, useColor, type CommonOptions } from './common';

export interface RulesOptions extends CommonOptions {
  format: 'json' | 'text';
}

export function runRules(options: RulesOptions): number {
  if (options.format === 'json') {
    const body = allRules.map((rule) => ({
      id: rule.id,
      category: categoryOf(rule.id),
      severity: rule.defaultSeverity,
      fixable: rule.fixable,
      enabledByDefault: rule.enabledByDefault !== false,
      title: rule.title,
      description: rule.description,
    }));
    io.out(`${JSON.stringify(body, null, 2)}\n`);
    return 0;
  }
  const c = pc.createColors(useColor(options));
  const idWidth = Math.max(0, ...allRules.map((r) => r.id.length));
  const lines = allRules.map((rule) => {
    const severity = say(SEVERITY_LABEL[rule.defaultSeverity], options.lang);
    const notes = [
      rule.fixable ? (options.lang === 'en-US' ? 'fixable' : '可修复') : '',
      rule.enabledByDefault === false
        ? options.lang === 'en-US'
          ? 'off by default'
          : '默认关闭'
        : '',
    ].filter(Boolean);
    return `${rule.id.padEnd(idWidth)}  ${severity.padEnd(7)}  ${say(rule.title, options.lang)}${notes.length ? `  ${c.dim(notes.join(' · '))}` : ''}`;
  });
  if (lines.length === 0)
    lines.push(options.lang === 'en-US' ? 'no rules registered' : '没有已注册的规则');
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
