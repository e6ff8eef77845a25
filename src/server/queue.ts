/**
 * The job queue: pg-boss (10.x, Node 20) on the same database, PostgreSQL or embedded PGlite alike,
 * so jobs, retries and expiry behave the same in tests, on one machine and across machines.
 */
import PgBoss from 'pg-boss';
import type { Database } from './db.ts';

export const ARTICLE_QUEUE = 'parallax-article';
export const CASE_QUEUE = 'parallax-case';

export interface QueueOptions {
  /** pg-boss's schema (tests keep runs apart). */
  queueSchema?: string;
  /** A job whose worker died is retried after this many seconds. */
  expireInSeconds?: number;
  maintenanceIntervalSeconds?: number;
}

/** Starts pg-boss on the database and makes sure both queues exist. */
export async function startQueue(db: Database, options: QueueOptions = {}): Promise<PgBoss> {
  const common = {
    schema: options.queueSchema ?? process.env.PARALLAX_QUEUE_SCHEMA ?? 'pgboss',
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 5,
    monitorStateIntervalSeconds: 60,
    schedule: false,
  };
  const boss =
    db.kind === 'pglite'
      ? new PgBoss({ ...common, db: { executeSql: pgliteExecutor(db) } })
      : new PgBoss({ ...common, connectionString: db.url!, max: 4 });
  boss.on('error', (error) => console.error(`parallax: job queue: ${error.message}`));
  await boss.start();
  const expireInSeconds = options.expireInSeconds ?? (Number(process.env.PARALLAX_JOB_EXPIRE_SECONDS) || 60);
  // Stately: one queued and one running job per key, so asking again while it runs adds nothing.
  // The case job (rows and actors over up to 5,000 articles) may run for minutes: it expires later.
  const queues = [
    [ARTICLE_QUEUE, expireInSeconds],
    [CASE_QUEUE, Math.max(expireInSeconds, 600)],
  ] as const;
  for (const [name, expire] of queues) {
    // A server and workers starting together may both create it: the loser's error is harmless.
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: 'stately', retryLimit: 5, retryDelay: 1, expireInSeconds: expire }).catch(() => {});
  }
  return boss;
}

// pg-boss sends several statements in one call when it has no parameters: PGlite's exec takes those.
function pgliteExecutor(db: Database): (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> {
  const lite = db.pglite!;
  return async (text, values) => {
    if (values && values.length) return lite.query(text, values);
    const results = await lite.exec(text);
    return results.at(-1) ?? { rows: [] };
  };
}
