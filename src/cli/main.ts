/** The `speechdesk` command line: check, inspect, annotate, rules. Entry point of lib/cli.js. */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { runAnnotate, type AnnotateOptions } from './commands/annotate';
import { runCheck, type CheckCommandOptions } from './commands/check';
import { io } from './commands/common';
import { runInspect, type InspectOptions } from './commands/inspect';
import { runPrecision, type PrecisionOptions } from './commands/precision';
import { runRules, type RulesOptions } from './commands/rules';
import { say } from './i18n';
import { registerTemplatesCommand } from './templates';
import { InputError } from './inputError';
import { UsageError, localToday } from './settings';
import { TOOL_VERSION } from './version';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

const CHECK_EXAMPLES = [
  '',
  '示例 / Examples:',
  '  speechdesk check 讲话稿.docx',
  '  speechdesk check drafts/ --date 2024-03-01 --rule punct=off',
  '  speechdesk check "drafts/**/*.txt" --format html -o report.html',
  '',
  '退出码 / Exit codes: 0 无错误 no errors · 1 有错误 errors found · 2 有文件无法读取 unreadable input',
].join('\n');

function withCommon(command: Command): Command {
  return command
    .addOption(
      new Option('--lang <locale>', '提示语言 / language of messages')
        .choices(['zh-CN', 'en-US'])
        .default('zh-CN'),
    )
    .option('--no-color', '不用颜色 / no colour')
    .option('--debug', '出错时打印调用栈 / print stack traces');
}

function withRuleSettings(command: Command): Command {
  return command
    .option('--date <YYYY-MM-DD>', '讲话日期（默认取自文档，否则为今天）/ the speech date')
    .option(
      '--rule <id|category>=<off|error|warning|info>',
      '调整规则或类别，可重复 / change a rule or category (repeatable)',
      collect,
      [],
    )
    .option(
      '--config <file>',
      '配置文件 / JSON config: {"rules": {...}, "tables": {...}, "allow": [...], "require": [...]}',
    );
}

function buildProgram(
  setExitCode: (code: number) => void,
  raiseExitCode: (code: number) => void,
): Command {
  const program = new Command('speechdesk')
    .description('讲稿助手 SpeechDesk: checks Chinese official speeches (.docx, .txt, .md)')
    .version(TOOL_VERSION)
    .showHelpAfterError('（加 --help 查看用法 / add --help for usage）')
    .exitOverride();

  withRuleSettings(
    withCommon(
      program
        .command('check')
        .description(
          '检查讲稿：文件、文件夹（递归查找 .docx .txt .md）或通配符 / check files, folders and globs',
        )
        .argument('[inputs...]', '文件、文件夹或通配符 / files, folders or globs')
        .addOption(
          new Option('--format <format>', '输出格式 / output format')
            .choices(['text', 'json', 'sarif', 'html'])
            .default('text'),
        )
        .option('-o, --output <file>', '写入文件而不是标准输出 / write the report to a file'),
    ),
  )
    .addHelpText('after', CHECK_EXAMPLES)
    .action(async (inputs: string[], options: CheckCommandOptions) =>
      setExitCode(await runCheck(inputs, options)),
    );

  withCommon(
    program
      .command('inspect')
      .description(
        '显示检查器读到的文档（段落、样式、自动编号）/ show the document as the checker sees it',
      )
      .argument('<file>', '.docx、.txt 或 .md 文件 / a .docx, .txt or .md file')
      .addOption(
        new Option('--format <format>', '输出格式 / output format')
          .choices(['json', 'text'])
          .default('text'),
      ),
  ).action(async (file: string, options: InspectOptions) =>
    setExitCode(await runInspect(file, options)),
  );

  withRuleSettings(
    withCommon(
      program
        .command('annotate')
        .description(
          '生成带批注的 .docx 副本 / write a copy of a .docx with the findings as comments',
        )
        .argument('<input>', '要检查的 .docx（不会被修改）/ the .docx to check (never modified)')
        .option('-o, --output <file>', '批注副本的路径 / the annotated copy to write')
        .option('--highlight', '同时高亮问题文字 / also highlight the flagged text')
        .option('--force', '覆盖已存在的输出文件 / overwrite the output'),
    ),
  ).action(async (input: string, options: AnnotateOptions) =>
    setExitCode(await runAnnotate(input, options)),
  );

  withCommon(
    program
      .command('rules')
      .description('列出检查规则 / list the rules')
      .addOption(
        new Option('--format <format>', '输出格式 / output format')
          .choices(['json', 'text'])
          .default('text'),
      ),
  ).action((options: RulesOptions) => setExitCode(runRules(options)));

  withCommon(
    program
      .command('precision')
      .description(
        '在精度语料上测量误报：按真实日期逐篇检查，写出汇总与复核表 / measure precision on a corpus of real speeches',
      )
      .argument(
        '[folder]',
        '语料文件夹（含 index.json）/ corpus folder with index.json',
        'precision/corpus',
      )
      .addOption(
        new Option('--split <split>', '只测 dev、holdout 或全部 / which split')
          .choices(['dev', 'holdout', 'all'])
          .default('all'),
      )
      .option('--out <folder>', '输出文件夹（默认 语料旁的 out/）/ output folder')
      .option('--verdicts <file>', '判定表（默认 语料旁的 verdicts.tsv）/ verdicts file'),
  ).action(async (folder: string | undefined, options: PrecisionOptions) =>
    setExitCode(await runPrecision(folder, options)),
  );

  // `templates list|show|check` (src/cli/templates.ts) reports through its own small io.
  registerTemplatesCommand(program, {
    stdout: (text) => io.out(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (file) => readFileSync(file, 'utf8'),
    setExitCode: raiseExitCode,
    today: () => localToday(),
  });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  // `speechdesk check … | head`: the reader left; stop quietly instead of a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit();
    throw error;
  });
  let exitCode = 0;
  const program = buildProgram(
    (code) => {
      exitCode = code;
    },
    (code) => {
      exitCode = Math.max(exitCode, code);
    },
  );
  const locale = argv.includes('en-US') ? 'en-US' : 'zh-CN';
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its own message (or the help/version text).
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof InputError) {
      io.err(`speechdesk: ${error.path}: ${say(error.reason, locale)}`);
    } else if (error instanceof UsageError) {
      io.err(`speechdesk: ${error.message}`);
    } else {
      io.err(`speechdesk: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (argv.includes('--debug') && error instanceof Error && error.stack) io.err(error.stack);
    return 2;
  }
}
