/** `--format sarif`: SARIF 2.1.0 for code-review and CI tools (GitHub code scanning and the like). */
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { categoryOf, type Severity } from '../../core';
import { say } from '../i18n';
import type { CheckRun } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

export function artifactUri(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return encodeURI(path.split(sep).join('/'));
}

export function formatSarif(run: CheckRun): string {
  const ruleIndex = new Map(run.rules.map(({ rule }, index) => [rule.id, index]));
  const results = run.files.flatMap((file) =>
    file.result.findings.map((f) => {
      const result: Record<string, unknown> = {
        ruleId: f.rule,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: artifactUri(file.path) },
              region: {
                startLine: f.paragraph + 1,
                startColumn: f.offset + 1,
                endColumn: f.offset + f.length + 1,
                snippet: { text: f.text },
              },
            },
          },
        ],
        properties: { paragraph: f.paragraph, offset: f.offset, length: f.length },
      };
      const index = ruleIndex.get(f.rule);
      if (index !== undefined) result.ruleIndex = index;
      if (f.fix) {
        result.fixes = [
          {
            description: { text: f.message },
            artifactChanges: [
              {
                artifactLocation: { uri: artifactUri(file.path) },
                replacements: [
                  {
                    deletedRegion: {
                      startLine: f.paragraph + 1,
                      startColumn: f.offset + 1,
                      endColumn: f.offset + f.length + 1,
                    },
                    insertedContent: { text: f.fix.replacement },
                  },
                ],
              },
            ],
          },
        ];
      }
      return result;
    }),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'speechdesk',
            version: run.toolVersion,
            rules: run.rules.map(({ rule, severity }) => ({
              id: rule.id,
              shortDescription: { text: say(rule.title, run.locale) },
              fullDescription: { text: say(rule.description, run.locale) },
              defaultConfiguration: { level: LEVEL[severity as Severity] ?? 'warning' },
              properties: { category: categoryOf(rule.id), fixable: rule.fixable },
            })),
          },
        },
        // Columns are UTF-16 units, the same as the findings' offsets and Word's Paragraph.text.
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: run.unreadable.length === 0,
            toolExecutionNotifications: run.unreadable.map((problem) => ({
              level: 'error',
              message: { text: say(problem.reason, run.locale) },
              locations: [
                { physicalLocation: { artifactLocation: { uri: artifactUri(problem.path) } } },
              ],
            })),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
