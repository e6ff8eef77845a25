/**
 * Case edits with revisions. An edit names the revision it was made on; when others have edited since,
 * the paths they changed to something else are conflicts: the earlier value stays, the later edit is
 * still kept (in the revision log, with its conflicts) and its author is told what differs. Nothing is
 * silently overwritten. Sending the edit again on the current revision applies it knowingly.
 */
import { z } from 'zod';
import { inputHash } from './analysis.ts';
import type { ArticleRow, Conflict, EditResult } from './contract.ts';

import type { Queryable } from './db.ts';
import { HttpError } from './http.ts';

export const ARTICLE_FIELDS = ['outlet', 'title', 'date', 'language'] as const;
type ArticleField = (typeof ARTICLE_FIELDS)[number];

/** `name`, `articles/<id>/<field>` or `corrections/<key>`. */
const PATH = /^(?:name|articles\/[^/]{1,200}\/(?:outlet|title|date|language)|corrections\/[^/]{1,300})$/;

export const Edit = z.object({
  baseRevision: z.number().int().min(0),
  changes: z
    .record(z.string().regex(PATH, 'a path is name, articles/<id>/<outlet|title|date|language> or corrections/<key>'), z.unknown())
    .refine((c) => Object.keys(c).length > 0 && Object.keys(c).length <= 500, 'between 1 and 500 changes'),
});
export type EditInput = z.infer<typeof Edit>;



function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function checkValue(path: string, value: unknown): void {
  if (path === 'name' && (typeof value !== 'string' || !value.trim() || value.length > 200)) throw new HttpError(400, 'name: a name of 1 to 200 characters');
  if (path.startsWith('articles/') && value !== null && (typeof value !== 'string' || value.length > 1000)) throw new HttpError(400, `${path}: text of up to 1,000 characters, or null`);
}

/** Applies an edit in the caller's transaction. */
export async function applyEdit(tx: Queryable, caseId: string, userId: string, edit: EditInput): Promise<EditResult> {
  const current = (await tx.query<{ revision: number }>('SELECT revision FROM cases WHERE id = $1 FOR UPDATE', [caseId])).rows[0]!;
  if (edit.baseRevision > current.revision) throw new HttpError(400, `baseRevision ${edit.baseRevision} is ahead of the case (revision ${current.revision})`);
  for (const [path, value] of Object.entries(edit.changes)) checkValue(path, value);
  const later = await tx.query<{ revision: number; changes: Record<string, unknown>; conflicts: Conflict[] }>(
    'SELECT revision, changes, conflicts FROM case_revisions WHERE case_id = $1 AND revision > $2 ORDER BY revision',
    [caseId, edit.baseRevision],
  );
  const since = new Map<string, { value: unknown; revision: number }>();
  for (const r of later.rows) {
    const lost = new Set(r.conflicts.map((c) => c.path));
    for (const [path, value] of Object.entries(r.changes)) if (!lost.has(path)) since.set(path, { value, revision: r.revision });
  }
  const applied: string[] = [];
  const conflicts: Conflict[] = [];
  for (const [path, value] of Object.entries(edit.changes)) {
    const theirs = since.get(path);
    if (theirs && !same(theirs.value, value)) conflicts.push({ path, theirs: theirs.value, yours: value, revision: theirs.revision });
    else {
      await applyPath(tx, caseId, path, value);
      applied.push(path);
    }
  }
  const revision = current.revision + 1;
  await tx.query('UPDATE cases SET revision = $2 WHERE id = $1', [caseId, revision]);
  await tx.query('INSERT INTO case_revisions (case_id, revision, user_id, base_revision, changes, conflicts) VALUES ($1, $2, $3, $4, $5, $6)', [
    caseId,
    revision,
    userId,
    edit.baseRevision,
    JSON.stringify(edit.changes),
    JSON.stringify(conflicts),
  ]);
  return { revision, applied, conflicts };
}

async function applyPath(tx: Queryable, caseId: string, path: string, value: unknown): Promise<void> {
  if (path === 'name') {
    await tx.query('UPDATE cases SET name = $2 WHERE id = $1', [caseId, String(value).trim()]);
    return;
  }
  const [kind, ...rest] = path.split('/');
  if (kind === 'corrections') {
    const key = rest.join('/');
    if (value === null || value === undefined) await tx.query('UPDATE cases SET corrections = corrections - $2::text WHERE id = $1', [caseId, key]);
    else await tx.query('UPDATE cases SET corrections = corrections || jsonb_build_object($2::text, $3::jsonb) WHERE id = $1', [caseId, key, JSON.stringify(value)]);
    return;
  }
  const [articleId, field] = rest as [string, ArticleField];
  const row = (await tx.query<ArticleRow>('SELECT id, raw, outlet, title, date, language FROM articles WHERE case_id = $1 AND id = $2', [caseId, articleId])).rows[0];
  if (!row) throw new HttpError(400, `${path}: the case has no article "${articleId}"`);
  const next = { ...row, [field]: value === null ? null : String(value) };
  // Column names come from ARTICLE_FIELDS (PATH allows only those), never from the request text.
  const column = ARTICLE_FIELDS.find((f) => f === field)!;
  await tx.query(`UPDATE articles SET ${column} = $3, input_hash = $4 WHERE case_id = $1 AND id = $2`, [caseId, articleId, next[column], inputHash(next)]);
}
