/** Wiring: database (PostgreSQL or PGlite), migrations, job queue, in-process worker, HTTP app. */
import type { FastifyInstance } from 'fastify';
import type PgBoss from 'pg-boss';
import { startWorker, type WorkerOptions } from './analysis.ts';
import { buildServer, type ServerOptions } from './app.ts';
import { openDatabase, type Database, type DatabaseOptions } from './db.ts';
import { migrate } from './migrations.ts';
import { startQueue, type QueueOptions } from './queue.ts';

export interface RuntimeOptions extends DatabaseOptions, QueueOptions, Omit<ServerOptions, 'db' | 'boss'> {
  /** Work analysis jobs in this process (default; the embedded database has no other way to get them done). */
  worker?: boolean;
  workerOptions?: WorkerOptions;
}

export interface Runtime {
  db: Database;
  boss: PgBoss;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function openRuntime(options: RuntimeOptions): Promise<Runtime> {
  const db = await openDatabase(options);
  await migrate(db);
  const boss = await startQueue(db, options);
  if (options.worker !== false) await startWorker(db, boss, options.workerOptions);
  const app = await buildServer({ ...options, db, boss });
  return {
    db,
    boss,
    app,
    async close() {
      await app.close();
      await boss.stop({ graceful: false, wait: true });
      await db.close();
    },
  };
}
