/**
 * A case's analysis as jobs: one per article (ingest → claims, stored with the claims' blocking keys),
 * then one for the case (rows and actors over the stored articles). Each result is keyed by the input
 * it was made from, so a retried or repeated job changes nothing and no article enters a result twice.
 */
import { createHash } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { analyzeArticle, guarded } from '../core/analyze.ts';
import { findActors } from '../core/actors/index.ts';
import { alignClaims } from '../core/align/index.ts';
import type { AnalyzedArticle, ArticleInput, CaseAnalysis, Diagnostic, Result } from '../core/types.ts';
import { claimKeys } from './claim-keys.ts';
import type { Database, Queryable } from './db.ts';
import type { ArticleRow } from './contract.ts';
import { ARTICLE_QUEUE, CASE_QUEUE } from './queue.ts';



/** What an article's analysis depends on: its text and the metadata the user stated. */
export function inputHash(article: ArticleRow): string {
  return createHash('sha256').update(JSON.stringify([article.raw, article.outlet, article.title, article.date, article.language])).digest('hex');
}

export interface Progress {
  done: number;
  total: number;
  digest: string;
}

/** Articles with a current result, of all the case's articles, and the digest of the case's inputs. */
export async function progress(db: Queryable, caseId: string): Promise<Progress> {
  const rows = await db.query<{ id: string; input_hash: string; current: boolean }>(
    `SELECT a.id, a.input_hash, r.input_hash IS NOT DISTINCT FROM a.input_hash AS current
       FROM articles a LEFT JOIN article_results r ON r.case_id = a.case_id AND r.article_id = a.id
      WHERE a.case_id = $1 ORDER BY a.position`,
    [caseId],
  );
  const digest = createHash('sha256');
  for (const r of rows.rows) digest.update(`${r.id}\u0000${r.input_hash}\u0000`);
  return { done: rows.rows.filter((r) => r.current).length, total: rows.rows.length, digest: digest.digest('hex') };
}

const EMPTY: CaseAnalysis = { articles: [], rows: [], actors: [], diagnostics: [] };

/**
 * The case's analysis when it is current; otherwise queues what is missing and says how far it got.
 */
export async function analysisOrProgress(db: Database, boss: PgBoss, caseId: string): Promise<{ analysis: unknown } | { progress: { done: number; total: number } }> {
  const now = await progress(db, caseId);
  if (!now.total) return { analysis: EMPTY };
  const stored = await db.query<{ analysis: unknown }>('SELECT analysis FROM case_results WHERE case_id = $1 AND inputs_digest = $2', [caseId, now.digest]);
  if (stored.rows[0]) return { analysis: stored.rows[0].analysis };
  await requestAnalysis(db, boss, caseId);
  return { progress: { done: now.done, total: now.total } };
}

/** Queues a job for each article without a current result, or the case job when all have one. */
export async function requestAnalysis(db: Queryable, boss: PgBoss, caseId: string): Promise<number> {
  const missing = await db.query<{ id: string; input_hash: string }>(
    `SELECT a.id, a.input_hash FROM articles a LEFT JOIN article_results r ON r.case_id = a.case_id AND r.article_id = a.id
      WHERE a.case_id = $1 AND r.input_hash IS DISTINCT FROM a.input_hash ORDER BY a.position`,
    [caseId],
  );
  if (!missing.rows.length) {
    await boss.send(CASE_QUEUE, { caseId }, { singletonKey: caseId });
    return 0;
  }
  // The key holds the input: an edited article gets a new job even while the old one is queued.
  await boss.insert(missing.rows.map((a) => ({ name: ARTICLE_QUEUE, data: { caseId, articleId: a.id }, singletonKey: `${caseId}/${a.id}/${a.input_hash}` })));
  return missing.rows.length;
}

export interface ArticleJob {
  caseId: string;
  articleId: string;
}

/** Counts analyses run (tests and the benchmark check that nothing is done twice). */
export const counters = { articleAnalyses: 0, caseAnalyses: 0 };

interface Prepared {
  job: ArticleJob;
  teamId: string;
  inputHash: string;
  result: Result<AnalyzedArticle>;
  keyed: { id: string; text: string; keys: number[] }[];
}

/** Analyses one article unless its current input already has a result. */
async function prepare(db: Queryable, job: ArticleJob): Promise<Prepared | 'current' | 'gone'> {
  const found = await db.query<ArticleRow & { input_hash: string; team_id: string; result_hash: string | null }>(
    `SELECT a.id, a.raw, a.outlet, a.title, a.date, a.language, a.input_hash, c.team_id, r.input_hash AS result_hash
       FROM articles a JOIN cases c ON c.id = a.case_id
       LEFT JOIN article_results r ON r.case_id = a.case_id AND r.article_id = a.id
      WHERE a.case_id = $1 AND a.id = $2`,
    [job.caseId, job.articleId],
  );
  const article = found.rows[0];
  if (!article) return 'gone';
  if (article.result_hash === article.input_hash) return 'current';
  counters.articleAnalyses++;
  const result = guarded(() => analyzeArticle(toInput(article)));
  const keyed = result.ok ? result.data.claims.filter((c) => !c.kind).map((c) => ({ id: c.id, text: c.text, keys: claimKeys(c.text, result.data.language) })) : [];
  return { job, teamId: article.team_id, inputHash: article.input_hash, result, keyed };
}

/** Stores one article's result and its claims' keys; false when the input changed meanwhile or it was stored already. */
async function store(tx: Queryable, p: Prepared): Promise<boolean> {
  const { caseId, articleId } = p.job;
  // Written only if the input is still the one analysed (an edit in between wins) and not written before.
  const written = await tx.query<{ id: string }>(
    `INSERT INTO article_results (case_id, article_id, input_hash, ok, result)
       SELECT $1, $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM articles WHERE case_id = $1 AND id = $2 AND input_hash = $3)
     ON CONFLICT (case_id, article_id) DO UPDATE SET input_hash = EXCLUDED.input_hash, ok = EXCLUDED.ok, result = EXCLUDED.result,
       writes = article_results.writes + 1, analysed_at = now()
       WHERE article_results.input_hash IS DISTINCT FROM EXCLUDED.input_hash
     RETURNING article_id AS id`,
    [caseId, articleId, p.inputHash, p.result.ok, JSON.stringify(p.result.ok ? p.result.data : { reason: p.result.reason })],
  );
  if (!written.rows.length) return false;
  await tx.query('DELETE FROM claims WHERE case_id = $1 AND article_id = $2', [caseId, articleId]);
  if (p.keyed.length) {
    await tx.query(
      `INSERT INTO claims (team_id, case_id, article_id, claim_id, text, outlet, keys)
         SELECT $1, $2, $3, u.claim_id, u.text, $4, ARRAY(SELECT jsonb_array_elements_text(u.keys)::integer)
           FROM jsonb_to_recordset($5::jsonb) AS u(claim_id text, text text, keys jsonb)`,
      [p.teamId, caseId, articleId, p.result.ok ? (p.result.data.outlet ?? null) : null, JSON.stringify(p.keyed.map((k) => ({ claim_id: k.id, text: k.text, keys: k.keys })))],
    );
  }
  return true;
}

/**
 * Analyses a batch of article jobs and stores their results in one transaction (one commit, not one
 * per article). Articles whose current input already has a result are skipped.
 */
export async function runArticleJobs(db: Database, jobs: readonly ArticleJob[]): Promise<{ analysed: number; skipped: number }> {
  const prepared: Prepared[] = [];
  for (const job of jobs) {
    const p = await prepare(db, job);
    if (typeof p === 'object') prepared.push(p);
  }
  const stored = prepared.length ? await db.transaction(async (tx) => {
    let n = 0;
    for (const p of prepared) if (await store(tx, p)) n++;
    return n;
  }) : 0;
  return { analysed: stored, skipped: jobs.length - stored };
}

/** Queues the case job once no article of the case lacks a current result. */
export async function caseJobIfComplete(db: Queryable, boss: PgBoss, caseId: string): Promise<boolean> {
  const missing = await db.query(
    `SELECT 1 FROM articles a LEFT JOIN article_results r ON r.case_id = a.case_id AND r.article_id = a.id
      WHERE a.case_id = $1 AND r.input_hash IS DISTINCT FROM a.input_hash LIMIT 1`,
    [caseId],
  );
  if (missing.rows.length) return false;
  await boss.send(CASE_QUEUE, { caseId }, { singletonKey: caseId });
  return true;
}

function toInput(article: ArticleRow): ArticleInput {
  const input: ArticleInput = { id: article.id, raw: article.raw };
  if (article.outlet) input.outlet = article.outlet;
  if (article.title) input.title = article.title;
  if (article.date) input.date = article.date;
  if (article.language) input.language = article.language;
  return input;
}

/** Rows and actors over the stored articles, as `analyzeCase` composes them. */
export async function runCaseJob(db: Database, caseId: string): Promise<'analysed' | 'current' | 'waiting'> {
  const now = await progress(db, caseId);
  if (now.done < now.total) return 'waiting';
  const stored = await db.query('SELECT 1 FROM case_results WHERE case_id = $1 AND inputs_digest = $2', [caseId, now.digest]);
  if (stored.rows.length) return 'current';
  counters.caseAnalyses++;
  const results = await db.query<{ id: string; ok: boolean; result: AnalyzedArticle | { reason: string } }>(
    `SELECT a.id, r.ok, r.result FROM articles a JOIN article_results r ON r.case_id = a.case_id AND r.article_id = a.id AND r.input_hash = a.input_hash
      WHERE a.case_id = $1 ORDER BY a.position`,
    [caseId],
  );
  const analysis = composeCase(results.rows.map((r) => (r.ok ? { ok: true, data: r.result as AnalyzedArticle } : { ok: false, reason: (r.result as { reason: string }).reason, id: r.id })));
  await db.query(
    `INSERT INTO case_results (case_id, inputs_digest, analysis) VALUES ($1, $2, $3)
     ON CONFLICT (case_id) DO UPDATE SET inputs_digest = EXCLUDED.inputs_digest, analysis = EXCLUDED.analysis, analysed_at = now()`,
    [caseId, now.digest, JSON.stringify(analysis)],
  );
  return 'analysed';
}

/** The case's analysis from its articles' results, with the diagnostics `analyzeCase` gives. */
export function composeCase(results: readonly (Result<AnalyzedArticle> & { id?: string })[]): CaseAnalysis {
  const diagnostics: Diagnostic[] = [];
  const articles: AnalyzedArticle[] = [];
  for (const result of results) {
    if (result.ok) {
      articles.push(result.data);
      for (const warning of result.data.warnings) diagnostics.push({ articleId: result.data.id, level: 'warning', message: `${result.data.id}: ${warning}` });
    } else {
      diagnostics.push({ articleId: result.id!, level: 'error', message: `${result.id}: ${result.reason}` });
    }
  }
  const rows = guarded(() => ({ ok: true as const, data: alignClaims(articles) }));
  if (!rows.ok) diagnostics.push({ level: 'error', message: `Rows could not be built: ${rows.reason}` });
  const actors = guarded(() => ({ ok: true as const, data: findActors(articles) }));
  if (!actors.ok) diagnostics.push({ level: 'error', message: `Actor labels could not be found: ${actors.reason}` });
  return { articles, rows: rows.ok ? rows.data : [], actors: actors.ok ? actors.data : [], diagnostics };
}

export interface WorkerOptions {
  /** Article jobs fetched at once (one transaction each; the batch completes together). */
  batchSize?: number;
  pollingIntervalSeconds?: number;
}

/** Works both queues in this process until the queue stops. */
export async function startWorker(db: Database, boss: PgBoss, options: WorkerOptions = {}): Promise<void> {
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5 };
  // pg-boss waits its polling interval between batches: a batch of many short article jobs keeps the worker busy.
  await boss.work<ArticleJob>(ARTICLE_QUEUE, { ...polling, batchSize: options.batchSize ?? 20 }, async (jobs) => {
    await runArticleJobs(db, jobs.map((j) => j.data));
    for (const caseId of new Set(jobs.map((j) => j.data.caseId))) await caseJobIfComplete(db, boss, caseId);
  });
  await boss.work<{ caseId: string }>(CASE_QUEUE, polling, async ([job]) => {
    await runCaseJob(db, job!.data.caseId);
  });
}
