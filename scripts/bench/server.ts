/**
 * `npm run bench:server`: the server's figures on this machine, against the PostgreSQL in DATABASE_URL.
 *   workers  analysis throughput of a 1,000-article case with 1 and 2 `parallax worker` processes
 *   kill     one of two workers killed (SIGKILL) half-way: the case completes, each article analysed once
 *   api      N signed-in users reading and adding for S seconds on loopback (`parallax serve`)
 *   index    "where else reported" over 100,000 and 1,000,000 synthetic claims: latency, index size
 * Options: --only workers,kill,api,index  --articles 1000  --users 50  --seconds 60  --claims 100000,1000000
 *          --json FILE  --md FILE  --readme (writes the figures into README.md's server section)
 * Each part runs in schemas of its own, dropped afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { inputHash, progress, requestAnalysis } from '../../src/server/analysis.ts';
import { keysOfElements } from '../../src/server/claim-keys.ts';
import { openDatabase, type Database } from '../../src/server/db.ts';
import { migrate } from '../../src/server/migrations.ts';
import { startQueue } from '../../src/server/queue.ts';
import { whereElse } from '../../src/server/where-else.ts';
import { hashString } from '../../src/core/align/minhash.ts';
import { buildSyntheticCase, prng } from './synthetic.ts';
import { heading, table } from './table.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = resolve(ROOT, 'bin/parallax.mjs');

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'workers,kill,api,index' },
    articles: { type: 'string', default: '1000' },
    users: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    claims: { type: 'string', default: '100000,1000000' },
    json: { type: 'string', default: resolve(ROOT, 'scripts/bench/results/server.json') },
    md: { type: 'string', default: resolve(ROOT, 'scripts/bench/results/server.md') },
    readme: { type: 'boolean', default: false },
  },
});

const BASE_URL = process.env.DATABASE_URL;
if (!BASE_URL) {
  console.error('bench:server needs DATABASE_URL (a PostgreSQL server; .ci/run shows how to start Debian\'s).');
  process.exit(2);
}
const parts = new Set(values.only!.split(','));
const ARTICLES = Number(values.articles);
const os = await import('node:os');
const results: Record<string, unknown> = { generatedAt: new Date().toISOString(), node: process.version, cores: os.cpus().length, loadAverageAtStart: os.loadavg()[0] };

// ---------------------------------------------------------------- helpers

interface Scratch {
  url: string;
  queueSchema: string;
  db: Database;
  drop(): Promise<void>;
}

/** Fresh schemas for one part (the app's and the queue's), reached through a URL that selects them. */
async function scratch(): Promise<Scratch> {
  const name = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: BASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${name}`);
  await admin.end();
  const url = `${BASE_URL}${BASE_URL!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${name}`)}`;
  const db = await openDatabase({ url });
  await migrate(db);
  return {
    url,
    queueSchema: `${name}_boss`,
    db,
    async drop() {
      await db.close();
      const c = new pg.Client({ connectionString: BASE_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE; DROP SCHEMA IF EXISTS ${name}_boss CASCADE`);
      await c.end();
    },
  };
}

function child(args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (ready.test(out)) done(proc);
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('exit', (code) => fail(new Error(`${args[0]} exited (${code}): ${out.slice(-500)}`)));
  });
}

async function stop(proc: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  proc.removeAllListeners('exit');
  await new Promise<void>((done) => {
    proc.once('exit', () => done());
    proc.kill(signal);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};
const f1 = (x: number) => x.toFixed(1);

/** A user, a team and a case, straight in the tables. */
async function seedCase(db: Database): Promise<{ userId: string; teamId: string; caseId: string }> {
  const userId = (await db.query<{ id: string }>("INSERT INTO users (email, password_hash) VALUES ('bench@example.org', 'x') RETURNING id")).rows[0]!.id;
  const teamId = (await db.query<{ id: string }>("INSERT INTO teams (name) VALUES ('Bench') RETURNING id")).rows[0]!.id;
  await db.query("INSERT INTO memberships VALUES ($1, $2, 'owner')", [teamId, userId]);
  const caseId = (await db.query<{ id: string }>("INSERT INTO cases (team_id, name) VALUES ($1, 'Bench case') RETURNING id", [teamId])).rows[0]!.id;
  return { userId, teamId, caseId };
}

async function insertArticles(db: Database, caseId: string, count: number): Promise<void> {
  const inputs = buildSyntheticCase({ articles: count, seed: 7 });
  for (let i = 0; i < inputs.length; i += 200) {
    const batch = inputs.slice(i, i + 200).map((a) => ({ id: a.id, raw: a.raw, outlet: `Outlet ${i % 37}`, title: null, date: null, language: null }));
    await db.query(
      `INSERT INTO articles (case_id, id, raw, input_hash, outlet) SELECT $1, u.id, u.raw, u.h, u.outlet FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, raw, h, outlet)`,
      [caseId, batch.map((a) => a.id), batch.map((a) => a.raw), batch.map((a) => inputHash(a)), batch.map((a) => a.outlet)],
    );
  }
}

interface RunFigures {
  workers: number;
  articles: number;
  firstArticleS: number;
  allArticlesS: number;
  rowsS: number;
  articlesPerS: number;
  writes: number;
  maxWrites: number;
  caseArticles: number;
  retriedJobs?: number;
  killedAtDone?: number;
}

/** Queues the case's analysis with `workers` worker processes running; optionally kills one half-way. */
async function analysisRun(workers: number, kill: boolean): Promise<RunFigures> {
  const s = await scratch();
  const boss = await startQueue(s.db, { queueSchema: s.queueSchema, expireInSeconds: 10 });
  const { caseId } = await seedCase(s.db);
  await insertArticles(s.db, caseId, ARTICLES);
  const env = { DATABASE_URL: s.url, PARALLAX_QUEUE_SCHEMA: s.queueSchema };
  const procs = await Promise.all(Array.from({ length: workers }, () => child(['worker', '--batch', '20'], env, /waiting for analysis jobs/)));
  const t0 = performance.now();
  await requestAnalysis(s.db, boss, caseId);
  let first = NaN;
  let all = NaN;
  let killedAt: number | undefined;
  for (;;) {
    const now = await progress(s.db, caseId);
    const t = (performance.now() - t0) / 1000;
    if (now.done > 0 && Number.isNaN(first)) first = t;
    if (now.done === now.total && Number.isNaN(all)) all = t;
    if (kill && killedAt === undefined && now.done >= now.total / 2) {
      killedAt = now.done;
      await stop(procs[0]!, 'SIGKILL');
    }
    const done = await s.db.query('SELECT 1 FROM case_results WHERE case_id = $1 AND inputs_digest = $2', [caseId, now.digest]);
    if (done.rows.length) break;
    if (t > 1800) throw new Error('analysis did not finish in 30 minutes');
    await sleep(100);
  }
  const rowsS = (performance.now() - t0) / 1000;
  const writes = (await s.db.query<{ n: string; w: string; m: number }>('SELECT count(*) AS n, sum(writes) AS w, max(writes) AS m FROM article_results WHERE case_id = $1', [caseId])).rows[0]!;
  const analysed = (await s.db.query<{ n: number; d: number }>("SELECT json_array_length(analysis->'articles') AS n, (SELECT count(DISTINCT x->>'id') FROM json_array_elements(analysis->'articles') x)::int AS d FROM case_results WHERE case_id = $1", [caseId])).rows[0]!;
  const retried = (await s.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${s.queueSchema}.job WHERE retry_count > 0`)).rows[0]!;
  for (const p of procs) await stop(p);
  await boss.stop({ graceful: false, wait: true });
  await s.drop();
  const figures: RunFigures = {
    workers,
    articles: ARTICLES,
    firstArticleS: first,
    allArticlesS: all,
    rowsS,
    articlesPerS: ARTICLES / all,
    writes: Number(writes.w),
    maxWrites: writes.m,
    caseArticles: analysed.d === analysed.n ? analysed.n : -1,
    retriedJobs: Number(retried.n),
  };
  if (killedAt !== undefined) figures.killedAtDone = killedAt;
  return figures;
}

// ---------------------------------------------------------------- parts

const md: string[] = [];

if (parts.has('workers')) {
  const one = await analysisRun(1, false);
  const two = await analysisRun(2, false);
  results.workers = { one, two, speedup: one.allArticlesS / two.allArticlesS };
  console.log(heading(`Analysis of a ${ARTICLES.toLocaleString('en')}-article case by worker processes`));
  const rows = [one, two].map((r) => [String(r.workers), f1(r.firstArticleS), f1(r.allArticlesS), f1(r.rowsS), f1(r.articlesPerS), `${r.writes} (max ${r.maxWrites})`]);
  const t = table(['workers', 'first article (s)', 'all articles (s)', 'rows ready (s)', 'articles/s', 'article results written'], rows);
  console.log(t);
  console.log(`speed-up with 2 workers: ${(one.allArticlesS / two.allArticlesS).toFixed(2)}×`);
  md.push(
    `Analysis of a ${ARTICLES.toLocaleString('en')}-article synthetic case (PostgreSQL 15, jobs on pg-boss, \`parallax worker\` processes taking 20 article jobs a batch):`,
    '',
    '| Workers | First article analysed | All articles | Rows ready (time to the first rows) | Articles/s | Results written |',
    '|---:|---:|---:|---:|---:|---:|',
    ...[one, two].map((r) => `| ${r.workers} | ${f1(r.firstArticleS)} s | ${f1(r.allArticlesS)} s | ${f1(r.rowsS)} s | ${f1(r.articlesPerS)} | ${r.writes} (each once: ${r.maxWrites === 1 ? 'yes' : 'no'}) |`),
    '',
    `Speed-up with 2 workers: ${(one.allArticlesS / two.allArticlesS).toFixed(2)}× (2 cores, shared with the database; rows come in one case job after the last article).`,
    '',
  );
}

if (parts.has('kill')) {
  const r = await analysisRun(2, true);
  results.kill = r;
  const ok = r.caseArticles === ARTICLES && r.writes === ARTICLES && r.maxWrites === 1;
  console.log(heading('One of two workers killed (SIGKILL) half-way'));
  console.log(`killed after ${r.killedAtDone} of ${ARTICLES} articles; case complete after ${f1(r.rowsS)} s; articles in the result: ${r.caseArticles}; results written: ${r.writes} (max per article ${r.maxWrites}); jobs retried: ${r.retriedJobs} → ${ok ? 'every article analysed exactly once' : 'FAILED'}`);
  md.push(
    `Kill test: one of two workers killed with SIGKILL after ${r.killedAtDone} of ${ARTICLES} articles; its jobs came back after their 10 s expiry and ${r.retriedJobs} were retried; the case completed in ${f1(r.rowsS)} s with ${r.caseArticles} distinct articles in the result and ${r.writes} article results written, at most ${r.maxWrites} per article — ${ok ? 'every article analysed into the result exactly once' : '**not** exactly once'}.`,
    '',
  );
}

if (parts.has('api')) {
  const users = Number(values.users);
  const seconds = Number(values.seconds);
  const s = await scratch();
  const port = 20000 + Math.floor(Math.random() * 20000);
  // The API process answers; analysis of what is added runs in a worker process beside it (the
  // recommended set-up: an analysis in the server's own event loop would hold requests up).
  const env = { DATABASE_URL: s.url, PARALLAX_QUEUE_SCHEMA: s.queueSchema };
  const server = await child(['serve', '--port', String(port), '--no-worker'], env, /serving http/);
  const worker = await child(['worker'], env, /waiting for analysis jobs/);
  const base = `http://127.0.0.1:${port}`;
  const call = async (method: string, path: string, cookie: string, body?: unknown) => {
    const response = await fetch(base + path, { method, headers: { ...(cookie ? { cookie } : {}), ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
    const text = await response.text();
    return { status: response.status, text, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]! };
  };
  const cookies: string[] = [];
  for (let u = 0; u < users; u++) {
    await call('POST', '/api/signup', '', { email: `user${u}@example.org`, password: 'bench password' });
    cookies.push((await call('POST', '/api/login', '', { email: `user${u}@example.org`, password: 'bench password' })).cookie);
  }
  const team = JSON.parse((await call('POST', '/api/teams', cookies[0]!, { name: 'Load' })).text).id as string;
  for (let u = 1; u < users; u++) await call('POST', `/api/teams/${team}/members`, cookies[0]!, { email: `user${u}@example.org`, role: 'editor' });
  // Ten users per case, as a desk would share one.
  const cases: string[] = [];
  for (let c = 0; c < Math.ceil(users / 10); c++) cases.push(JSON.parse((await call('POST', `/api/teams/${team}/cases`, cookies[0]!, { name: `Case ${c}` })).text).id as string);
  const texts = buildSyntheticCase({ articles: 200, seed: 11, wordsPerArticle: 150 }).map((a) => a.raw);
  const latencies: number[] = [];
  const added = new Map<string, Set<string>>();
  let errors = 0;
  const errorSamples: string[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    cookies.map(async (cookie, u) => {
      const rand = prng(u + 1);
      const caseId = cases[Math.floor(u / 10)]!;
      let n = 0;
      while (performance.now() < until) {
        const r = rand();
        const t = performance.now();
        let status: number;
        try {
          if (r < 0.2) {
            const id = `u${u}-${n++}`;
            status = (await call('POST', `/api/cases/${caseId}/articles`, cookie, { id, raw: texts[Math.floor(rand() * texts.length)]!, outlet: `Outlet ${u}` })).status;
            if (status === 201) (added.get(caseId) ?? added.set(caseId, new Set()).get(caseId)!).add(id);
          } else if (r < 0.3) status = (await call('GET', `/api/cases/${caseId}/analysis`, cookie)).status;
          else status = (await call('GET', `/api/cases/${caseId}?text=0`, cookie)).status;
        } catch (error) {
          status = -1;
          if (errorSamples.length < 5) errorSamples.push((error as Error).message);
        }
        latencies.push(performance.now() - t);
        if (status < 200 || status >= 300) {
          errors++;
          if (errorSamples.length < 5) errorSamples.push(String(status));
        }
      }
    }),
  );
  let missing = 0;
  let addedCount = 0;
  for (const [caseId, ids] of added) {
    const got = JSON.parse((await call('GET', `/api/cases/${caseId}?text=0`, cookies[0]!)).text) as { articles: { id: string }[] };
    const present = new Set(got.articles.map((a) => a.id));
    addedCount += ids.size;
    for (const id of ids) if (!present.has(id)) missing++;
  }
  await stop(server);
  await stop(worker);
  await s.drop();
  const api = { users, seconds, requests: latencies.length, perSecond: latencies.length / seconds, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), max: Math.max(...latencies), errors, errorSamples, added: addedCount, missing };
  results.api = api;
  console.log(heading(`API under load: ${users} signed-in users for ${seconds} s on loopback`));
  console.log(`${api.requests} requests (${f1(api.perSecond)}/s; 70% case reads, 10% analysis polls, 20% article adds): p50 ${f1(api.p50)} ms, p99 ${f1(api.p99)} ms, max ${f1(api.max)} ms; errors ${errors}${errorSamples.length ? ` (${errorSamples.join(', ')})` : ''}; articles added ${addedCount}, missing afterwards ${missing}`);
  md.push(
    `API under load (\`parallax serve --no-worker\` on PostgreSQL, one \`parallax worker\` process analysing what is added, load from a third process on loopback): ${users} signed-in users for ${seconds} s, 70% case reads, 10% analysis polls, 20% article adds — ${api.requests.toLocaleString('en')} requests (${f1(api.perSecond)}/s), latency p50 ${f1(api.p50)} ms, p99 ${f1(api.p99)} ms, max ${f1(api.max)} ms; errors: ${errors}; ${addedCount.toLocaleString('en')} articles added, ${missing} missing afterwards.`,
    '',
  );
}

if (parts.has('index')) {
  const sizes = values.claims!.split(',').map(Number);
  const figures: Record<string, unknown>[] = [];
  for (const size of sizes) figures.push(await indexRun(size));
  results.index = figures;
  console.log(heading('"Where else reported" over synthetic claims'));
  const rows = figures.map((f) => [Number(f.claims).toLocaleString('en'), f1(f.loadS as number), f1(f.indexS as number), `${f1(f.indexMB as number)} MB`, `${f1(f.tableMB as number)} MB`, f1(f.p50 as number), f1(f.p99 as number), `${f1((f.found as number) * 100)}%`, f1(f.meanMatches as number)]);
  console.log(table(['claims', 'load (s)', 'index build (s)', 'GIN index', 'table', 'p50 (ms)', 'p99 (ms)', 'original found', 'matches/query'], rows));
  md.push(
    '"Where else reported" over synthetic claims of one team (Zipf-distributed vocabulary of 100,000 terms, 6–16 terms a claim; each query a stored claim with two of its terms replaced; 500 queries after 50 warm-up):',
    '',
    '| Claims | GIN index on the band keys | Table | Query p50 | Query p99 | Reworded claim found | Matches per query (≤ 20) |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...figures.map((f) => `| ${Number(f.claims).toLocaleString('en')} | ${f1(f.indexMB as number)} MB (built in ${f1(f.indexS as number)} s) | ${f1(f.tableMB as number)} MB | ${f1(f.p50 as number)} ms | ${f1(f.p99 as number)} ms | ${f1((f.found as number) * 100)}% | ${f1(f.meanMatches as number)} |`),
    '',
  );
}

async function indexRun(size: number): Promise<Record<string, unknown>> {
  const s = await scratch();
  const { teamId } = await seedCase(s.db);
  const caseIds: string[] = [];
  for (let c = 0; c < 100; c++) caseIds.push((await s.db.query<{ id: string }>('INSERT INTO cases (team_id, name) VALUES ($1, $2) RETURNING id', [teamId, `Case ${c}`])).rows[0]!.id);
  const VOCAB = 100_000;
  const SKIP = 50; // the most frequent words are stop words, which never become terms
  const cdf = new Float64Array(VOCAB);
  let total = 0;
  for (let r = 0; r < VOCAB; r++) cdf[r] = total += 1 / (r + 1 + SKIP);
  const rand = prng(size);
  const draw = () => {
    const x = rand() * total;
    let lo = 0;
    let hi = VOCAB - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const termHash = Uint32Array.from({ length: VOCAB }, (_, r) => hashString(`t${r}`));
  const claimTerms: Uint32Array[] = [];
  const sample = new Set<number>();
  while (sample.size < 550) sample.add(Math.floor(rand() * size));
  await s.db.query('DROP INDEX claims_keys');
  const t0 = performance.now();
  const BATCH = 10_000;
  for (let start = 0; start < size; start += BATCH) {
    const ids: string[] = [];
    const texts: string[] = [];
    const keys: string[] = [];
    const cases: string[] = [];
    for (let i = start; i < Math.min(size, start + BATCH); i++) {
      const count = 6 + Math.floor(rand() * 11);
      const terms = new Set<number>();
      while (terms.size < count) terms.add(draw());
      const list = [...terms];
      if (sample.has(i)) claimTerms[i] = Uint32Array.from(list);
      ids.push(`s${i}:c1`);
      texts.push(list.map((r) => `t${r}`).join(' '));
      keys.push(`{${keysOfElements(list.map((r) => termHash[r]!)).join(',')}}`);
      cases.push(caseIds[i % caseIds.length]!);
    }
    await s.db.query(
      `INSERT INTO claims (team_id, case_id, article_id, claim_id, text, keys)
         SELECT $1, u.case_id::uuid, split_part(u.claim_id, ':', 1), u.claim_id, u.text, u.keys::integer[] FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS u(case_id, claim_id, text, keys)`,
      [teamId, cases, ids, texts, keys],
    );
  }
  const loadS = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  await s.db.transaction(async (tx) => {
    await tx.query("SET LOCAL maintenance_work_mem = '256MB'");
    await tx.query('CREATE INDEX claims_keys ON claims USING gin (keys)');
  });
  const indexS = (performance.now() - t1) / 1000;
  await s.db.query('ANALYZE claims');
  const sizes = (await s.db.query<{ i: string; t: string }>("SELECT pg_relation_size('claims_keys') AS i, pg_total_relation_size('claims') - pg_indexes_size('claims') AS t")).rows[0]!;
  const latencies: number[] = [];
  let found = 0;
  let matches = 0;
  const queries = [...sample];
  for (const [n, i] of queries.entries()) {
    const terms = [...claimTerms[i]!];
    terms[0] = draw();
    terms[1] = draw();
    const keys = keysOfElements([...new Set(terms)].map((r) => termHash[r]!));
    const t = performance.now();
    const got = await whereElse(s.db, teamId, keys, { caseId: '00000000-0000-4000-8000-000000000000', articleId: '' });
    const elapsed = performance.now() - t;
    if (n < 50) continue; // warm-up
    latencies.push(elapsed);
    matches += got.length;
    if (got.some((m) => m.claimId === `s${i}:c1`)) found++;
  }
  await s.drop();
  const out = { claims: size, loadS, indexS, indexMB: Number(sizes.i) / 1048576, tableMB: Number(sizes.t) / 1048576, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), found: found / latencies.length, meanMatches: matches / latencies.length };
  console.log(`  ${size.toLocaleString('en')} claims: p50 ${f1(out.p50)} ms, p99 ${f1(out.p99)} ms, index ${f1(out.indexMB)} MB`);
  return out;
}

// ---------------------------------------------------------------- output

mkdirSync(dirname(values.json!), { recursive: true });
const previous = (() => {
  try {
    return JSON.parse(readFileSync(values.json!, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
})();
const merged = { ...previous, ...results };
writeFileSync(values.json!, JSON.stringify(merged, null, 2) + '\n');
const busy = Number(results.loadAverageAtStart) > Number(results.cores);
if (busy) md.push('_The load average was above the number of cores: other work shared the CPU, so times and throughput vary from run to run and are well below what an idle machine gives._', '');
if (md.length) writeFileSync(values.md!, [`Measured by \`npm run bench:server\` on ${String(results.generatedAt).slice(0, 10)} (${process.version}, ${String(results.cores)} cores shared with the database and, during this run, with other work: load average ${Number(results.loadAverageAtStart).toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end).`, '', ...md].join('\n'));
if (values.readme) {
  const readme = resolve(ROOT, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const body = readFileSync(values.md!, 'utf8').trim();
  const next = text.replace(/<!-- figures:server -->[\s\S]*<!-- \/figures:server -->/, `<!-- figures:server -->\n${body}\n<!-- /figures:server -->`);
  writeFileSync(readme, next);
}
process.exit(0);
