/** A case: read, edit (revisions), add articles, its analysis, and where else its claims were reported. */
import type { FastifyInstance } from 'fastify';
import type PgBoss from 'pg-boss';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LIMITS } from '../../core/limits.ts';
import { analysisOrProgress, inputHash, requestAnalysis } from '../analysis.ts';
import type { Database } from '../db.ts';
import { HttpError, parse, requireCaseRole, requireUser } from '../http.ts';
import { applyEdit, Edit } from '../revisions.ts';
import { whereElse } from '../where-else.ts';

const CaseParams = z.object({ case: z.string().max(64) });
const ClaimParams = CaseParams.extend({ claim: z.string().min(1).max(260) });
const optionalText = z.string().trim().max(1000).optional();

export const NewArticle = z.object({
  raw: z.string().min(1, 'the article is empty').max(LIMITS.maxRawChars, `at most ${LIMITS.maxRawChars.toLocaleString('en')} characters`),
  id: z
    .string()
    .regex(/^[\p{L}\p{N}._-]{1,200}$/u, 'letters, digits, dot, dash or underscore (up to 200)')
    .optional(),
  outlet: optionalText,
  title: optionalText,
  date: optionalText,
  language: z.string().regex(/^(?:auto|[a-z]{2,3})$/, 'a language code such as ar or en, or auto').optional(),
});

export function caseRoutes(app: FastifyInstance, db: Database, boss: PgBoss): void {
  app.get('/api/cases/:case', async (request) => {
    const user = await requireUser(db, request);
    const { case: caseId } = parse(CaseParams, request.params);
    const { role, teamId } = await requireCaseRole(db, user.id, caseId, 'viewer');
    const withText = (request.query as { text?: string }).text !== '0';
    const [info, articles] = await Promise.all([
      db.query<{ name: string; revision: number; corrections: unknown }>('SELECT name, revision, corrections FROM cases WHERE id = $1', [caseId]),
      db.query(`SELECT id, outlet, title, date, language${withText ? ', raw' : ''} FROM articles WHERE case_id = $1 ORDER BY position`, [caseId]),
    ]);
    return { id: caseId, teamId, role, ...info.rows[0], articles: articles.rows };
  });

  app.patch('/api/cases/:case', async (request) => {
    const user = await requireUser(db, request);
    const { case: caseId } = parse(CaseParams, request.params);
    await requireCaseRole(db, user.id, caseId, 'editor');
    const edit = parse(Edit, request.body);
    const result = await db.transaction((tx) => applyEdit(tx, caseId, user.id, edit));
    if (result.applied.some((p) => p.startsWith('articles/'))) queueAnalysis(caseId);
    return result;
  });

  app.get('/api/cases/:case/revisions', async (request) => {
    const user = await requireUser(db, request);
    const { case: caseId } = parse(CaseParams, request.params);
    await requireCaseRole(db, user.id, caseId, 'viewer');
    const revisions = await db.query(
      `SELECT r.revision, r.base_revision AS "baseRevision", r.changes, r.conflicts, u.email AS author, r.created_at AS at
         FROM case_revisions r LEFT JOIN users u ON u.id = r.user_id WHERE r.case_id = $1 ORDER BY r.revision DESC LIMIT 200`,
      [caseId],
    );
    return { revisions: revisions.rows };
  });

  app.post('/api/cases/:case/articles', async (request, reply) => {
    const user = await requireUser(db, request);
    const { case: caseId } = parse(CaseParams, request.params);
    await requireCaseRole(db, user.id, caseId, 'editor');
    const body = parse(NewArticle, request.body);
    const article = { id: body.id ?? `a-${randomUUID().slice(0, 8)}`, raw: body.raw, outlet: body.outlet || null, title: body.title || null, date: body.date || null, language: body.language && body.language !== 'auto' ? body.language : null };
    const revision = await db.transaction(async (tx) => {
      const current = (await tx.query<{ revision: number; count: string }>('SELECT revision, (SELECT count(*) FROM articles WHERE case_id = $1) AS count FROM cases WHERE id = $1 FOR UPDATE', [caseId])).rows[0]!;
      if (Number(current.count) >= LIMITS.maxArticles) throw new HttpError(409, `the case has ${LIMITS.maxArticles.toLocaleString('en')} articles, the limit per case`);
      const made = await tx.query(
        `INSERT INTO articles (case_id, id, raw, input_hash, outlet, title, date, language, added_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (case_id, id) DO NOTHING RETURNING id`,
        [caseId, article.id, article.raw, inputHash(article), article.outlet, article.title, article.date, article.language, user.id],
      );
      if (!made.rows.length) throw new HttpError(409, `the case already has an article "${article.id}"`);
      const revision = current.revision + 1;
      await tx.query('UPDATE cases SET revision = $2 WHERE id = $1', [caseId, revision]);
      await tx.query('INSERT INTO case_revisions (case_id, revision, user_id, base_revision, changes) VALUES ($1, $2, $3, $4, $5)', [
        caseId,
        revision,
        user.id,
        current.revision,
        JSON.stringify({ [`articles/${article.id}`]: 'added' }),
      ]);
      return revision;
    });
    queueAnalysis(caseId);
    return reply.code(201).send({ id: article.id, revision });
  });

  app.get('/api/cases/:case/analysis', async (request, reply) => {
    const user = await requireUser(db, request);
    const { case: caseId } = parse(CaseParams, request.params);
    await requireCaseRole(db, user.id, caseId, 'viewer');
    const out = await analysisOrProgress(db, boss, caseId);
    return 'analysis' in out ? reply.code(200).send(out.analysis) : reply.code(202).send(out.progress);
  });

  app.get('/api/cases/:case/claims/:claim/elsewhere', async (request) => {
    const user = await requireUser(db, request);
    const { case: caseId, claim } = parse(ClaimParams, request.params);
    const { teamId } = await requireCaseRole(db, user.id, caseId, 'viewer');
    const found = (await db.query<{ article_id: string; keys: number[] }>('SELECT article_id, keys FROM claims WHERE case_id = $1 AND claim_id = $2', [caseId, claim])).rows[0];
    if (!found) throw new HttpError(404, 'no such claim in this case (is the case analysed?)');
    return { matches: await whereElse(db, teamId, found.keys, { caseId, articleId: found.article_id }) };
  });

  // Adding articles starts their analysis at once; a failure here is retried by the next analysis request.
  function queueAnalysis(caseId: string): void {
    requestAnalysis(db, boss, caseId).catch((error: Error) => app.log.error(`analysis of case ${caseId} not queued: ${error.message}`));
  }
}
