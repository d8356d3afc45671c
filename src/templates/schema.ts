/**
 * The drafting library's schema: skeletons (whole speeches with a chosen number of sections)
 * and phrases (standard passages by theme). The content is data, validated with valibot when
 * loaded; `schemas/templates.schema.json` is generated from these schemas.
 */
import * as v from 'valibot';

/** Entry ids are stable public names, like rule ids: lower-case words joined by hyphens. */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'id: lower-case letters, digits and hyphens, e.g. "annual-work"',
  ),
);

const Text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

const IsoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));

/**
 * When an entry may be used, and what the writer must know before inserting it. Shared by
 * skeletons and phrases; `templates check --date` and the pane read it.
 */
export const ValidityFields = {
  /** First day the wording is current (inclusive), e.g. the day a plenum adopted it. */
  validFrom: v.optional(IsoDate),
  /** Last day the wording is certainly current (inclusive); after it, check and replace. */
  validUntil: v.optional(IsoDate),
  /** Months (1–12) the text fits, for seasonal openings, closings and reminders. */
  season: v.optional(
    v.pipe(
      v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
      v.minLength(1, 'season lists at least one month'),
    ),
  ),
  /** Shown beside the preview: what to check, replace or verify before use. */
  note: v.optional(Text),
  /** Where canonical wording was checked: addresses of primary sources (新华社, 人民日报, gov.cn). */
  source: v.optional(v.pipe(v.array(Text), v.minLength(1))),
};

const validWindow = (e: { validFrom?: string; validUntil?: string }) =>
  e.validFrom === undefined || e.validUntil === undefined || e.validFrom <= e.validUntil;
const WINDOW_MESSAGE = 'validFrom must not be later than validUntil';

/** A paragraph of plain text, or an enumeration rendered as 一是……；二是……；三是……。 */
export const EnumBlockSchema = v.strictObject({
  /** Text before the items; `{n}` becomes the item count in words (两、三…). */
  lead: v.optional(v.string()),
  /** The ordinal after the numeral: 一是 / 一要. */
  ordinal: v.picklist(['是', '要']),
  /** The items, without ordinals and without closing punctuation. */
  items: v.pipe(v.array(Text), v.minLength(2, 'an enumeration needs at least two items')),
});

export const BlockSchema = v.union([Text, EnumBlockSchema]);

export const SubsectionSchema = v.strictObject({
  /** Heading text without its number; （一） is added when rendered. */
  heading: Text,
  blocks: v.pipe(v.array(BlockSchema), v.minLength(1)),
});

export const SectionSchema = v.strictObject({
  /** Heading text without its number; 一、 is added when rendered. */
  heading: Text,
  /** Optional sections are dropped, last first, when the writer asks for fewer sections. */
  optional: v.optional(v.boolean()),
  blocks: v.optional(v.array(BlockSchema)),
  /** Either none or at least two: a lone （一） is a heading-level defect. */
  subsections: v.optional(
    v.pipe(
      v.array(SubsectionSchema),
      v.minLength(2, 'a section has no subsections or at least two'),
    ),
  ),
});

export const SkeletonSchema = v.pipe(
  v.strictObject({
    id: IdSchema,
    title: Text,
    /** The kind of speech, e.g. "annual-work" (see SPEECH_TYPES). */
    speechType: IdSchema,
    /** One line on the structure, e.g. 回顾—部署—要求. */
    summary: Text,
    tags: v.array(Text),
    /** Title lines above the salutation, e.g. ——在【会议名称】上的讲话. */
    heading: v.array(Text),
    salutation: Text,
    opening: v.array(BlockSchema),
    /** The sentence announcing the sections; `{n}` becomes their count (下面，我讲{n}点意见：). */
    transition: v.pipe(
      Text,
      v.includes('{n}', 'transition must contain {n}, the announced number of sections'),
    ),
    sections: v.pipe(
      v.array(SectionSchema),
      v.minLength(2, 'a skeleton needs at least two sections'),
    ),
    closing: v.pipe(v.array(BlockSchema), v.minLength(1)),
    ...ValidityFields,
  }),
  v.check(
    (s) => s.sections.filter((section) => !section.optional).length >= 2,
    'at least two sections must be non-optional',
  ),
  v.check((e) => validWindow(e), WINDOW_MESSAGE),
);

export const PhraseSchema = v.pipe(
  v.strictObject({
    id: IdSchema,
    title: Text,
    /** The theme it is browsed under, e.g. 精气神, 作风, 抓落实, 开场, 结尾. */
    theme: Text,
    /** The passage; paragraphs separated by "\n". */
    text: Text,
    tags: v.array(Text),
    /** Speech types it suits (SPEECH_TYPES ids); empty means any. */
    speechTypes: v.array(IdSchema),
    ...ValidityFields,
  }),
  v.check((e) => validWindow(e), WINDOW_MESSAGE),
);

/** A library file as shipped or as an office writes it. */
export const LibraryFileSchema = v.object({
  $schema: v.optional(v.string()),
  version: v.literal(1),
  skeletons: v.optional(v.array(v.unknown())),
  phrases: v.optional(v.array(v.unknown())),
  /** Checked entry by entry by parseWordLists (core/engine/wordLists). */
  allow: v.optional(v.unknown()),
  require: v.optional(v.unknown()),
});

/** The same file with its entries spelled out: the published JSON schema is made from this. */
export const LibraryFileStrictSchema = v.object({
  $schema: v.optional(v.string()),
  version: v.literal(1),
  skeletons: v.optional(v.array(SkeletonSchema)),
  phrases: v.optional(v.array(PhraseSchema)),
  /** Words no rule flags in this office's documents. */
  allow: v.optional(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(40)))),
  /** Required wording: `wrong` is always written `right` (term/office). */
  require: v.optional(
    v.array(
      v.strictObject({
        wrong: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
        right: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
        note: v.optional(v.pipe(v.string(), v.minLength(1))),
      }),
    ),
  ),
});

export type EnumBlock = v.InferOutput<typeof EnumBlockSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type Subsection = v.InferOutput<typeof SubsectionSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type Skeleton = v.InferOutput<typeof SkeletonSchema>;
export type Phrase = v.InferOutput<typeof PhraseSchema>;

/** The speech types the shipped skeletons cover, with their labels; offices may add others. */
export const SPEECH_TYPES: Readonly<Record<string, { zh: string; en: string }>> = {
  'annual-work': { zh: '年度工作会议', en: 'Annual work conference' },
  'target-assessment': {
    zh: '目标考核讲评暨任务部署会议',
    en: 'Target assessment and task assignment',
  },
  campaign: { zh: '专项活动推进会', en: 'Campaign progress meeting' },
  midyear: { zh: '半年工作推进会', en: 'Mid-year review' },
  'clean-governance': { zh: '党风廉政建设工作会议', en: 'Clean-governance conference' },
  commendation: { zh: '表彰大会', en: 'Commendation ceremony' },
  symposium: { zh: '座谈会', en: 'Symposium' },
  'meeting-host': { zh: '会议主持词', en: 'Chairing a meeting' },
  'relay-meeting': { zh: '传达贯彻上级会议精神', en: 'Relaying a higher meeting' },
  'first-topic': { zh: '“第一议题”学习', en: 'First-item study' },
  'work-safety': { zh: '安全生产与防汛', en: 'Work safety and flood control' },
  'research-visit': { zh: '调研座谈', en: 'Inspection visit' },
  pledge: { zh: '表态发言', en: 'Pledge statement' },
  'study-campaign': { zh: '学习教育（动员、推进、总结）', en: 'Party study campaign' },
  'group-study': { zh: '理论学习中心组研讨', en: 'Study group discussion' },
  'integrity-reminder': { zh: '节前廉政提醒与集体廉政谈话', en: 'Integrity reminder' },
  'warning-education': { zh: '警示教育大会', en: 'Warning education meeting' },
  'inspection-rectify': { zh: '巡视巡察整改', en: 'Inspection rectification' },
  'life-meeting': { zh: '民主生活会', en: 'Democratic life meeting' },
  'duty-report': { zh: '述职述廉', en: 'Duty and integrity report' },
};
