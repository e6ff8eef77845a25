import { z } from 'zod';
import type { CaseAnalysis } from '../../core/types.ts';
import { ARTICLE_FORMATS, CUE_STANCES, LABEL_STANCES, SOURCE_KINDS } from '../../core/vocabulary.ts';
import type { CaseSnapshot } from '../../model/caseSlice.ts';
import type { CorrectionsState } from '../../model/correctionsSlice.ts';

export const CASE_FORMAT = 'parallax-case';
/** The case-file version this build writes; it reads this one and (through `migrations`) older ones. */
export const CASE_FORMAT_VERSION = 1;

const languageField = z.string().min(1).max(35);
const kind = z.enum(SOURCE_KINDS);
const stance = z.enum(CUE_STANCES);

const articleSchema = z.object({
  id: z.string().min(1).max(200),
  raw: z.string(),
  format: z.enum(ARTICLE_FORMATS).optional(),
  fileName: z.string().optional(),
  title: z.string().optional(),
  outlet: z.string().optional(),
  date: z.string().optional(),
  byline: z.string().optional(),
  language: languageField.optional(),
});

const claimEditSchema = z.object({
  sourceText: z.string().optional(),
  sourceStart: z.number().int().nonnegative().optional(),
  sourceEnd: z.number().int().nonnegative().optional(),
  cueText: z.string().optional(),
  kind: kind.optional(),
  stance: stance.optional(),
  notAClaim: z.boolean().optional(),
});
const addedClaimSchema = z.object({ id: z.string(), articleId: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() });
const rowEditSchema = z.object({ id: z.string(), claimIds: z.array(z.string()), into: z.string().nullable() });
const labelSchema = z.object({
  id: z.string(),
  forms: z.array(z.string().min(1)).min(1),
  stance: z.enum(LABEL_STANCES),
  actors: z.array(z.string()).optional(),
  language: languageField,
});

const anchorSchema = z.object({ articleId: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() });
const reviewSchema = z.object({ id: z.string(), anchor: anchorSchema, edit: claimEditSchema.optional(), rowMove: z.boolean().optional(), added: z.boolean().optional() });

const correctionsSchema = z.object({
  claimEdits: z.record(z.string(), claimEditSchema),
  addedClaims: z.array(addedClaimSchema),
  rowEdits: z.array(rowEditSchema),
  extraLabels: z.array(labelSchema),
  // Optional (files written before corrections were anchored have neither).
  anchors: z.record(z.string(), anchorSchema).optional(),
  needsReview: z.array(reviewSchema).optional(),
});

const fileSchema = z.object({
  format: z.literal(CASE_FORMAT),
  version: z.literal(CASE_FORMAT_VERSION),
  case: z.object({
    id: z.string().min(1).max(200),
    name: z.string(),
    articles: z.array(articleSchema).refine((a) => new Set(a.map((x) => x.id)).size === a.length, 'article ids must be unique'),
  }),
  corrections: correctionsSchema,
  analysis: z.unknown().optional(),
});

/** Read first, so a file from another program or a newer Parallax is named as such before any field check. */
const headerSchema = z.object({ format: z.string(), version: z.number().int().positive() });

/**
 * Upgrades a file of version N to N + 1 (key N). Empty while only version 1 exists; a version 2 adds
 * `1: (file) => ({ ...file, version: 2, … })`, so old files keep opening.
 */
const migrations: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {};

export type CaseFileProblem = 'empty' | 'truncated' | 'not-json' | 'not-a-case' | 'future-version' | 'invalid';

/** Why a case file was refused: a code the interface words in its own language, and an English detail. */
export interface CaseFileRefusal {
  ok: false;
  code: CaseFileProblem;
  reason: string;
  /** The file's version, for 'future-version'. */
  version?: number;
}

export type CaseFileResult = { ok: true; data: { snapshot: CaseSnapshot; corrections: CorrectionsState } } | CaseFileRefusal;

/** Copies `keys` of `value` in that order, leaving absent (undefined) ones out: one key order, one byte sequence. */
function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

const ARTICLE_KEYS = ['id', 'raw', 'format', 'fileName', 'title', 'outlet', 'date', 'byline', 'language'] as const;
const EDIT_KEYS = ['sourceText', 'sourceStart', 'sourceEnd', 'cueText', 'kind', 'stance', 'notAClaim'] as const;
const ADDED_KEYS = ['id', 'articleId', 'start', 'end', 'text'] as const;
const ROW_EDIT_KEYS = ['id', 'claimIds', 'into'] as const;
const LABEL_KEYS = ['id', 'forms', 'stance', 'actors', 'language'] as const;
const ANCHOR_KEYS = ['articleId', 'start', 'end', 'text'] as const;
const REVIEW_KEYS = ['id', 'rowMove', 'added'] as const;

/** The case and corrections in canonical form (fixed key order, claim edits sorted by claim id). */
function canonical(snapshot: CaseSnapshot, corrections: CorrectionsState): { snapshot: CaseSnapshot; corrections: CorrectionsState } {
  const editIds = Object.keys(corrections.claimEdits).sort();
  return {
    snapshot: { id: snapshot.id, name: snapshot.name, articles: snapshot.articles.map((a) => pick(a, ARTICLE_KEYS)) },
    corrections: {
      claimEdits: Object.fromEntries(editIds.map((id) => [id, pick(corrections.claimEdits[id]!, EDIT_KEYS)])),
      addedClaims: corrections.addedClaims.map((c) => pick(c, ADDED_KEYS)),
      rowEdits: corrections.rowEdits.map((e) => pick(e, ROW_EDIT_KEYS)),
      extraLabels: corrections.extraLabels.map((l) => pick(l, LABEL_KEYS)),
      ...(corrections.anchors && Object.keys(corrections.anchors).length > 0
        ? { anchors: Object.fromEntries(Object.keys(corrections.anchors).sort().map((id) => [id, pick(corrections.anchors![id]!, ANCHOR_KEYS)])) }
        : {}),
      ...(corrections.needsReview && corrections.needsReview.length > 0
        ? { needsReview: corrections.needsReview.map((r) => ({ ...pick(r, REVIEW_KEYS), anchor: pick(r.anchor, ANCHOR_KEYS), ...(r.edit ? { edit: pick(r.edit, EDIT_KEYS) } : {}) })) }
        : {}),
    },
  };
}

/**
 * A case file for sharing: the articles, the corrections and (informative) the analysis. Canonical, so
 * export → import → export gives the same bytes.
 * Example: JSON.parse(serializeCase(snapshot, corrections)).format === 'parallax-case'
 */
export function serializeCase(snapshot: CaseSnapshot, corrections: CorrectionsState, analysis?: CaseAnalysis | null): string {
  const clean = canonical(snapshot, corrections);
  return JSON.stringify(
    { format: CASE_FORMAT, version: CASE_FORMAT_VERSION, case: clean.snapshot, corrections: clean.corrections, ...(analysis ? { analysis } : {}) },
    null,
    2,
  );
}

function refuse(code: CaseFileProblem, reason: string, version?: number): CaseFileRefusal {
  return { ok: false, code, reason, ...(version !== undefined ? { version } : {}) };
}

function readJson(text: string): { ok: true; json: unknown } | CaseFileRefusal {
  if (!text.trim()) return refuse('empty', 'the file is empty');
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A download cut short parses fine up to its end: the parser runs out of input rather than meeting junk.
    const cut = /end of (JSON )?input|unterminated|unexpected end/i.test(message) || /^\s*[[{]/.test(text) && !/[\]}]\s*$/.test(text);
    return cut ? refuse('truncated', 'the file ends too early (truncated)') : refuse('not-json', 'not JSON');
  }
}

/**
 * Reads a case file; a malformed, truncated or newer-version one is refused with a reason a person can act on.
 * Example: parseCaseFile('{}').ok === false
 */
export function parseCaseFile(text: string): CaseFileResult {
  const read = readJson(text);
  if (!read.ok) return read;
  const header = headerSchema.safeParse(read.json);
  if (!header.success || header.data.format !== CASE_FORMAT) {
    return refuse('not-a-case', `not a Parallax case file (expected "format": "${CASE_FORMAT}" and a "version" number)`);
  }
  let file = read.json as Record<string, unknown>;
  let version = header.data.version;
  if (version > CASE_FORMAT_VERSION) {
    return refuse('future-version', `made by a newer Parallax (format version ${version}; this one reads up to ${CASE_FORMAT_VERSION})`, version);
  }
  while (version < CASE_FORMAT_VERSION) {
    const migrate = migrations[version];
    if (!migrate) return refuse('invalid', `format version ${version} is not supported`);
    file = migrate(file);
    version += 1;
  }
  const parsed = fileSchema.safeParse(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'file';
    return refuse('invalid', `${where}: ${issue?.message ?? 'invalid'}`);
  }
  const { case: c, corrections } = parsed.data;
  return { ok: true, data: canonical(c as CaseSnapshot, corrections as CorrectionsState) };
}
