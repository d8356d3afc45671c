/**
 * The published JSON schema (schemas/templates.schema.json) is generated from the valibot
 * schema and must stay in sync; the shipped content validates against the valibot schema.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v from 'valibot';
import { LibraryFileStrictSchema } from '../../src/templates';
import skeletons from '../../src/templates/data/skeletons.json';
import phrases from '../../src/templates/data/phrases.json';
import { buildTemplatesJsonSchema, SCHEMA_PATH } from './jsonSchema';

const schemaFile = path.join(__dirname, '..', '..', SCHEMA_PATH);

test('schemas/templates.schema.json matches the valibot schema', () => {
  const generated = `${JSON.stringify(buildTemplatesJsonSchema(), null, 2)}\n`;
  if (process.env.UPDATE_SCHEMA === '1') fs.writeFileSync(schemaFile, generated);
  const published = fs.readFileSync(schemaFile, 'utf8');
  // Out of date? Regenerate: UPDATE_SCHEMA=1 npx jest test/templates/schema.test.ts
  expect(JSON.parse(published)).toEqual(JSON.parse(generated));
});

test('the published schema describes entries the way the loader does', () => {
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as {
    $defs?: Record<string, { required?: string[]; additionalProperties?: boolean }>;
  };
  const defs = schema.$defs ?? {};
  expect(defs.skeleton?.required).toEqual(
    expect.arrayContaining(['id', 'title', 'speechType', 'transition', 'sections', 'closing']),
  );
  expect(defs.phrase?.required).toEqual(
    expect.arrayContaining(['id', 'title', 'theme', 'text', 'tags', 'speechTypes']),
  );
  expect(defs.phrase?.additionalProperties).toBe(false);
});

test.each([
  ['skeletons.json', skeletons],
  ['phrases.json', phrases],
])('shipped %s validates against the strict schema', (_file, data) => {
  const result = v.safeParse(LibraryFileStrictSchema, data);
  expect(result.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
});

/** A small JSON-schema checker covering the keywords the published schema uses. */
type JsonSchema = Record<string, unknown>;
function validate(schema: JsonSchema, value: unknown, root: JsonSchema, path = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/$defs/', '');
    return validate(
      (root.$defs as Record<string, JsonSchema>)[name] as JsonSchema,
      value,
      root,
      path,
    );
  }
  const errors: string[] = [];
  const known = new Set([
    '$schema',
    '$id',
    '$defs',
    'title',
    'description',
    'type',
    'properties',
    'required',
    'additionalProperties',
    'items',
    'anyOf',
    'enum',
    'const',
    'pattern',
    'minLength',
    'minItems',
    'minimum',
    'maximum',
    'format',
  ]);
  for (const key of Object.keys(schema))
    if (!known.has(key)) errors.push(`${path}: unsupported keyword ${key}`);
  if (schema.anyOf) {
    const ok = (schema.anyOf as JsonSchema[]).some(
      (s) => validate(s, value, root, path).length === 0,
    );
    if (!ok) errors.push(`${path}: matches none of anyOf`);
  }
  if ('const' in schema && value !== schema.const)
    errors.push(`${path}: must be ${String(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value))
    errors.push(`${path}: not in enum`);
  const type = schema.type;
  if (type === 'string') {
    if (typeof value !== 'string') return [...errors, `${path}: must be a string`];
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      errors.push(`${path}: too short`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      errors.push(`${path}: does not match ${schema.pattern}`);
    }
    if (schema.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/u.test(value))
      errors.push(`${path}: not a date`);
  } else if (type === 'integer' || type === 'number') {
    if (typeof value !== 'number' || (type === 'integer' && !Number.isInteger(value)))
      return [...errors, `${path}: must be ${type === 'integer' ? 'an integer' : 'a number'}`];
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      errors.push(`${path}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum)
      errors.push(`${path}: above ${schema.maximum}`);
  } else if (type === 'boolean') {
    if (typeof value !== 'boolean') errors.push(`${path}: must be a boolean`);
  } else if (type === 'array') {
    if (!Array.isArray(value)) return [...errors, `${path}: must be an array`];
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      errors.push(`${path}: too few items`);
    value.forEach((item, i) =>
      errors.push(...validate(schema.items as JsonSchema, item, root, `${path}[${i}]`)),
    );
  } else if (type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return [...errors, `${path}: must be an object`];
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in record)) errors.push(`${path}.${key}: required`);
    for (const [key, item] of Object.entries(record)) {
      if (properties[key]) errors.push(...validate(properties[key], item, root, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
    }
  }
  return errors;
}

describe('the published JSON schema itself', () => {
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as JsonSchema;

  test.each([
    ['skeletons.json', skeletons],
    ['phrases.json', phrases],
  ])('accepts the shipped %s', (_file, data) => {
    expect(validate(schema, data, schema)).toEqual([]);
  });

  test('rejects what the loader rejects: a bad id, an unknown field, a transition without {n}', () => {
    const phrase = {
      id: 'Bad Id',
      title: '标题',
      theme: '主题',
      text: '正文。',
      tags: [],
      speechTypes: [],
      extra: 1,
    };
    expect(validate(schema, { version: 1, phrases: [phrase] }, schema)).toEqual([
      '$.phrases[0].id: does not match ^[a-z0-9]+(?:-[a-z0-9]+)*$',
      '$.phrases[0].extra: not allowed',
    ]);
    const skeleton = { ...skeletons.skeletons[0], transition: '下面，我讲三点意见：' };
    expect(validate(schema, { version: 1, skeletons: [skeleton] }, schema)).toEqual([
      '$.skeletons[0].transition: does not match \\{n\\}',
    ]);
    expect(validate(schema, { version: 2 }, schema)).toEqual(['$.version: must be 1']);
  });
});
