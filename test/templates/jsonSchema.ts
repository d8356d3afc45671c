/** Builds the published JSON schema of a library file from the valibot schema (the source of truth). */
import { toJsonSchema } from '@valibot/to-json-schema';
import {
  BlockSchema,
  EnumBlockSchema,
  LibraryFileStrictSchema,
  PhraseSchema,
  SectionSchema,
  SkeletonSchema,
  SubsectionSchema,
} from '../../src/templates';

export const SCHEMA_PATH = 'schemas/templates.schema.json';

export function buildTemplatesJsonSchema(): Record<string, unknown> {
  // v.check (cross-field rules) has no JSON-schema form: the loader still enforces it.
  const generated = toJsonSchema(LibraryFileStrictSchema, {
    errorMode: 'ignore',
    definitions: {
      skeleton: SkeletonSchema,
      section: SectionSchema,
      subsection: SubsectionSchema,
      block: BlockSchema,
      enumeration: EnumBlockSchema,
      phrase: PhraseSchema,
    },
  }) as Record<string, unknown>;
  return {
    ...generated,
    $id: 'https://speechdesk.example/schemas/templates.schema.json',
    title: 'SpeechDesk drafting library (讲稿助手起草素材库)',
    description:
      'Skeletons and phrase banks. Generated from src/templates/schema.ts; regenerate with UPDATE_SCHEMA=1 npx jest test/templates/schema.test.ts',
  };
}
