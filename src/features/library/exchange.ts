import { z } from 'zod';
import type { CaseAnalysis, Result } from '../../core/types.ts';
import type { CaseSnapshot } from '../case/caseSlice.ts';
import type { CorrectionsState } from '../corrections/correctionsSlice.ts';

const FORMAT = 'parallax-case';
const languageField = z.string().min(1).max(35);
const kind = z.enum(['person', 'organization', 'media', 'anonymous', 'document', 'unknown']);
const stance = z.enum(['neutral', 'endorsing', 'distancing']);

const articleSchema = z.object({
  id: z.string().min(1).max(200),
  raw: z.string(),
  format: z.enum(['text', 'markdown', 'html']).optional(),
  fileName: z.string().optional(),
  title: z.string().optional(),
  outlet: z.string().optional(),
  date: z.string().optional(),
  byline: z.string().optional(),
  language: languageField.optional(),
});

const correctionsSchema = z.object({
  claimEdits: z.record(
    z.string(),
    z.object({ sourceText: z.string().optional(), kind: kind.optional(), stance: stance.optional(), notAClaim: z.boolean().optional() }),
  ),
  addedClaims: z.array(
    z.object({ id: z.string(), articleId: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() }),
  ),
  rowEdits: z.array(z.object({ id: z.string(), claimIds: z.array(z.string()), into: z.string().nullable() })),
  extraLabels: z.array(
    z.object({
      id: z.string(),
      forms: z.array(z.string().min(1)).min(1),
      stance: z.enum(['positive', 'negative', 'neutral']),
      actors: z.array(z.string()).optional(),
      language: languageField,
    }),
  ),
});

const fileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  case: z.object({
    id: z.string().min(1).max(200),
    name: z.string(),
    articles: z.array(articleSchema).refine((a) => new Set(a.map((x) => x.id)).size === a.length, 'article ids must be unique'),
  }),
  corrections: correctionsSchema,
  analysis: z.unknown().optional(),
});

/** Drops keys whose value is undefined (zod leaves optional keys absent, but be explicit for exactOptionalPropertyTypes). */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A case file for sharing: the articles, the corrections and (informative) the analysis.
 * Example: JSON.parse(serializeCase(snapshot, corrections)).format === 'parallax-case'
 */
export function serializeCase(snapshot: CaseSnapshot, corrections: CorrectionsState, analysis?: CaseAnalysis | null): string {
  const { extraLabels, ...rest } = corrections;
  return JSON.stringify(
    { format: FORMAT, version: 1, case: snapshot, corrections: { ...rest, extraLabels }, ...(analysis ? { analysis } : {}) },
    null,
    2,
  );
}

/**
 * Reads a case file; a malformed one is refused with a reason a person can act on.
 * Example: parseCaseFile('{}').ok === false
 */
export function parseCaseFile(text: string): Result<{ snapshot: CaseSnapshot; corrections: CorrectionsState }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'file';
    return { ok: false, reason: `${where}: ${issue?.message ?? 'invalid'}` };
  }
  const { case: c, corrections } = parsed.data;
  return {
    ok: true,
    data: {
      snapshot: { id: c.id, name: c.name, articles: c.articles.map(compact) as CaseSnapshot['articles'] },
      corrections: {
        claimEdits: Object.fromEntries(Object.entries(corrections.claimEdits).map(([k, v]) => [k, compact(v)])) as CorrectionsState['claimEdits'],
        addedClaims: corrections.addedClaims,
        rowEdits: corrections.rowEdits,
        extraLabels: corrections.extraLabels.map(compact) as CorrectionsState['extraLabels'],
      },
    },
  };
}
