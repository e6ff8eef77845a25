/** `parallax serve` and `parallax worker`: the server and the analysis workers (see the README's server section). */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startWorker } from '../server/analysis.ts';
import { openDatabase } from '../server/db.ts';
import { migrate } from '../server/migrations.ts';
import { startQueue } from '../server/queue.ts';
import { openRuntime } from '../server/runtime.ts';

type Out = (s: string) => void;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const SERVE_HELP = `Usage: parallax serve [--port 8080] [--host 127.0.0.1] [--no-worker]

Serves the dashboard at / and the JSON API at /api.
Storage: DATABASE_URL (postgres://…) names a PostgreSQL server; without it an embedded PostgreSQL
(PGlite) keeps its files in PARALLAX_DATA_DIR (default ./.parallax-data). Migrations run at start.
  --no-worker  with DATABASE_URL: leave the analysis to \`parallax worker\` processes
               (the embedded database always analyses in this process)`;

export const WORKER_HELP = `Usage: parallax worker [--batch 20]

Runs analysis jobs from the queue in DATABASE_URL's PostgreSQL until stopped (Ctrl-C, SIGTERM).
Start any number, on any machine that reaches the database; a killed worker's jobs are retried.`;

/** Resolves when the process is asked to stop. */
function untilStopped(): Promise<string> {
  return new Promise((done) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done(signal));
  });
}

async function builtDashboard(out: Out): Promise<string | undefined> {
  const dist = resolve(ROOT, 'dist');
  if (existsSync(resolve(dist, 'index.html'))) return dist;
  out('parallax: building the dashboard (once)…\n');
  try {
    const { build } = await import('vite');
    await build({ root: ROOT, logLevel: 'warn' });
    return dist;
  } catch (error) {
    out(`parallax: the dashboard could not be built (${(error as Error).message}); serving the API only. Run npm run build.\n`);
    return undefined;
  }
}

export async function serve(argv: string[], out: Out, err: Out): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' }, 'no-worker': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    err(`parallax: ${(error as Error).message}\n${SERVE_HELP}\n`);
    return 2;
  }
  if (values.help) {
    out(`${SERVE_HELP}\n`);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    err(`parallax: --port must be a port number (got "${values.port}")\n`);
    return 2;
  }
  const url = process.env.DATABASE_URL;
  const dataDir = resolve(process.env.PARALLAX_DATA_DIR ?? '.parallax-data');
  const staticDir = await builtDashboard(out);
  const runtime = await openRuntime({ ...(url ? { url } : { dataDir }), worker: !values['no-worker'] || !url, ...(staticDir ? { staticDir } : {}), secureCookies: process.env.PARALLAX_SECURE_COOKIES === '1' });
  const address = await runtime.app.listen({ port, host: values.host! });
  out(`parallax: serving ${address} (storage: ${url ? 'PostgreSQL at DATABASE_URL' : `embedded PostgreSQL in ${dataDir}`})\n`);
  await untilStopped();
  await runtime.close();
  return 0;
}

export async function worker(argv: string[], out: Out, err: Out): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { batch: { type: 'string', default: '20' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    err(`parallax: ${(error as Error).message}\n${WORKER_HELP}\n`);
    return 2;
  }
  if (values.help) {
    out(`${WORKER_HELP}\n`);
    return 0;
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    err('parallax: worker needs DATABASE_URL (a PostgreSQL server). With the embedded database, `parallax serve` analyses in its own process.\n');
    return 2;
  }
  const batchSize = Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100) {
    err(`parallax: --batch must be 1 to 100 (got "${values.batch}")\n`);
    return 2;
  }
  const db = await openDatabase({ url });
  await migrate(db);
  const boss = await startQueue(db);
  await startWorker(db, boss, { batchSize });
  out(`parallax: worker ${process.pid} waiting for analysis jobs\n`);
  await untilStopped();
  await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  await db.close();
  return 0;
}
