/**
 * Analysis as jobs, case edits with revisions, and "where else reported", on PGlite (and PostgreSQL
 * with DATABASE_URL): the result equals analyzeCase's, a worker that dies mid-job loses nothing and
 * analyses nothing twice, a stale edit is told what differs, the claim index answers across cases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze.ts';
import { counters, startWorker } from '../../src/server/analysis.ts';
import { ARTICLE_QUEUE } from '../../src/server/queue.ts';
import { BUCKET_CAP, whereElse } from '../../src/server/where-else.ts';
import type { Runtime } from '../../src/server/runtime.ts';
import { BACKENDS, Client, eventually, signedIn } from './harness.ts';

const ARTICLES = [
  { id: 'wire', outlet: 'Wire One', raw: 'The health ministry said on Monday that 42 people were injured in the storm. Officials said the coastal road would stay closed until Friday. Residents complained that warnings came too late.' },
  { id: 'daily', outlet: 'The Daily', raw: 'At least 42 people were injured in the storm, the health ministry said. The coastal road will remain closed until Friday, according to officials. The mayor promised new shelters.' },
  { id: 'herald', outlet: 'Herald', raw: 'The mayor promised new shelters after the storm. A spokesman for the port authority claimed that damage to the harbour was limited.' },
];

async function analysed(client: Client, caseId: string): Promise<Record<string, unknown>> {
  return eventually(async () => {
    const response = await client.call('GET', `/api/cases/${caseId}/analysis`);
    return response.status === 200 ? response.json : undefined;
  }, 60_000);
}

describe.each(BACKENDS)('analysis jobs, revisions and where-else on $name', (backend) => {
  let runtime: Runtime;
  let editor: Client;
  let other: Client;
  let team: string;

  beforeAll(async () => {
    // No worker at first: the kill test starts its own; short expiry so a dead worker's job comes back fast.
    runtime = await backend.open({ worker: false, expireInSeconds: 1 });
    editor = await signedIn(runtime, 'ed@example.org');
    other = await signedIn(runtime, 'other@example.org');
    team = (await editor.call('POST', '/api/teams', { name: 'Desk' })).json.id as string;
    await editor.call('POST', `/api/teams/${team}/members`, { email: 'other@example.org', role: 'editor' });
  }, 60_000);
  afterAll(async () => runtime?.close());

  it('a worker that dies mid-job loses nothing: the job is retried and every article is analysed once', async () => {
    const caseId = (await editor.call('POST', `/api/teams/${team}/cases`, { name: 'Storm' })).json.id as string;
    // A worker that takes one article job and never finishes it (as if killed).
    let taken = 0;
    const dying = await runtime.boss.work(ARTICLE_QUEUE, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async () => {
      taken++;
      await new Promise(() => {});
    });
    const before = counters.articleAnalyses;
    for (const a of ARTICLES) expect((await editor.call('POST', `/api/cases/${caseId}/articles`, a)).status).toBe(201);
    await eventually(async () => (taken > 0 ? true : undefined));
    await runtime.boss.offWork({ id: dying });
    const progress = await editor.call('GET', `/api/cases/${caseId}/analysis`);
    expect(progress.status).toBe(202);
    expect(progress.json).toMatchObject({ total: 3 });
    await startWorker(runtime.db, runtime.boss, { batchSize: 2 });
    const result = await analysed(editor, caseId);
    expect(counters.articleAnalyses - before).toBe(3);
    const writes = await runtime.db.query<{ writes: number }>('SELECT writes FROM article_results WHERE case_id = $1', [caseId]);
    expect(writes.rows.map((r) => r.writes)).toEqual([1, 1, 1]);
    // The same analysis as the CLI's, over the same inputs in the same order.
    const expected = analyzeCase(ARTICLES);
    expect(result).toEqual(JSON.parse(JSON.stringify(expected)));
    expect((result.rows as unknown[]).length).toBeGreaterThan(0);
    // Asking again changes nothing and queues nothing.
    await analysed(editor, caseId);
    expect(counters.articleAnalyses - before).toBe(3);
  }, 90_000);

  it('an edit on an old revision keeps both: the earlier value stays, the later edit is kept and told what differs', async () => {
    const caseId = (await editor.call('POST', `/api/teams/${team}/cases`, { name: 'Edits' })).json.id as string;
    await editor.call('POST', `/api/cases/${caseId}/articles`, { id: 'one', raw: 'The council said the bridge would reopen.' });
    const base = (await editor.call('GET', `/api/cases/${caseId}`)).json.revision as number;
    const first = await editor.call('PATCH', `/api/cases/${caseId}`, { baseRevision: base, changes: { 'articles/one/outlet': 'Morning Post' } });
    expect(first.json).toMatchObject({ revision: base + 1, applied: ['articles/one/outlet'], conflicts: [] });
    const second = await other.call('PATCH', `/api/cases/${caseId}`, { baseRevision: base, changes: { 'articles/one/outlet': 'Evening Post', name: 'Bridge' } });
    expect(second.status).toBe(200);
    expect(second.json.applied).toEqual(['name']);
    expect(second.json.conflicts).toEqual([{ path: 'articles/one/outlet', theirs: 'Morning Post', yours: 'Evening Post', revision: base + 1 }]);
    const now = (await other.call('GET', `/api/cases/${caseId}`)).json;
    expect(now.name).toBe('Bridge');
    expect((now.articles as { outlet: string }[])[0]!.outlet).toBe('Morning Post');
    const log = (await other.call('GET', `/api/cases/${caseId}/revisions`)).json.revisions as { revision: number; changes: Record<string, unknown>; conflicts: unknown[]; author: string }[];
    expect(log[0]).toMatchObject({ revision: base + 2, author: 'other@example.org', changes: { 'articles/one/outlet': 'Evening Post' } });
    expect(log[0]!.conflicts).toHaveLength(1);
    // Sent again on the current revision, the choice is made knowingly and applied.
    const again = await other.call('PATCH', `/api/cases/${caseId}`, { baseRevision: base + 2, changes: { 'articles/one/outlet': 'Evening Post' } });
    expect(again.json).toMatchObject({ applied: ['articles/one/outlet'], conflicts: [] });
    // Same value from both: no conflict.
    const same = await editor.call('PATCH', `/api/cases/${caseId}`, { baseRevision: base + 2, changes: { 'articles/one/outlet': 'Evening Post' } });
    expect(same.json.conflicts).toEqual([]);
    expect((await editor.call('PATCH', `/api/cases/${caseId}`, { baseRevision: 999, changes: { name: 'x' } })).status).toBe(400);
    expect((await editor.call('PATCH', `/api/cases/${caseId}`, { baseRevision: 0, changes: { 'articles/nope/outlet': 'x' } })).status).toBe(400);
    expect((await editor.call('PATCH', `/api/cases/${caseId}`, { baseRevision: 0, changes: { 'articles/one/raw': 'x' } })).status).toBe(400);
  });

  it('"where else reported" finds the claim in the team\'s other cases, from the index, and never another team\'s', async () => {
    const one = (await editor.call('POST', `/api/teams/${team}/cases`, { name: 'Port' })).json.id as string;
    const two = (await editor.call('POST', `/api/teams/${team}/cases`, { name: 'Harbour' })).json.id as string;
    const foreignTeam = (await other.call('POST', '/api/teams', { name: 'Elsewhere' })).json.id as string;
    const foreign = (await other.call('POST', `/api/teams/${foreignTeam}/cases`, { name: 'Theirs' })).json.id as string;
    const claim = 'The port authority said that damage to the harbour cranes was limited and shipping would resume on Thursday.';
    await editor.call('POST', `/api/cases/${one}/articles`, { id: 'p1', raw: claim, language: 'en' });
    await editor.call('POST', `/api/cases/${two}/articles`, { id: 'h1', raw: `Officials were cautious. ${claim.replace('Thursday', 'Wednesday')}`, language: 'en' });
    await other.call('POST', `/api/cases/${foreign}/articles`, { id: 'f1', raw: claim, language: 'en' });
    await analysed(editor, one);
    await analysed(editor, two);
    await analysed(other, foreign);
    const found = await editor.call('GET', `/api/cases/${one}/claims/${encodeURIComponent('p1:c1')}/elsewhere`);
    expect(found.status).toBe(200);
    const matches = found.json.matches as { caseId: string; claimId: string; shared: number }[];
    // The nearest first: the other case's version of the claim; nothing from the other team's case.
    expect([matches[0]!.caseId, matches[0]!.claimId]).toEqual([two, 'h1:c2']);
    expect(matches.some((m) => m.caseId === foreign)).toBe(false);
    expect(matches.every((m) => m.shared >= 2)).toBe(true);
    const theirs = await other.call('GET', `/api/cases/${foreign}/claims/${encodeURIComponent('f1:c1')}/elsewhere`);
    expect(theirs.json.matches).toEqual([]);
    const plan = await runtime.db.query<Record<string, string>>(
      "EXPLAIN SELECT id FROM claims WHERE keys && ARRAY[1,2,3]::integer[] AND team_id = '00000000-0000-4000-8000-000000000000'",
    );
    // With three rows the planner may scan; the index must at least exist and be usable.
    const indexes = await runtime.db.query<{ indexdef: string }>("SELECT indexdef FROM pg_indexes WHERE tablename = 'claims'");
    expect(indexes.rows.some((r) => /USING gin \(keys\)/.test(r.indexdef))).toBe(true);
    expect(plan.rows.length).toBeGreaterThan(0);
  }, 90_000);

  it('reads at most BUCKET_CAP members of a crowded band bucket, and a close match still ranks first', async () => {
    const caseId = (await editor.call('POST', `/api/teams/${team}/cases`, { name: 'Crowded' })).json.id as string;
    const crowd = BUCKET_CAP + 150;
    // Every crowd claim shares the two common bands 7 and 8 with the query; the close match shares five.
    await runtime.db.query(
      `INSERT INTO claims (team_id, case_id, article_id, claim_id, text, keys)
         SELECT $1, $2, 'crowd', 'crowd:c' || n, 'common words', ARRAY[7, 8, 100000 + n] FROM generate_series(1, $3::int) AS n`,
      [team, caseId, crowd],
    );
    await runtime.db.query("INSERT INTO claims (team_id, case_id, article_id, claim_id, text, keys) VALUES ($1, $2, 'close', 'close:c1', 'the close one', ARRAY[7, 11, 12, 13, 14])", [team, caseId]);
    const got = await whereElse(runtime.db, team, [7, 8, 11, 12, 13, 14], { caseId, articleId: 'query' }, 10_000);
    // Its membership of the crowded band may be among those left out: the four rare bands still rank it first.
    expect(got[0]!.claimId).toBe('close:c1');
    expect(got[0]!.shared).toBeGreaterThanOrEqual(4);
    expect(got.filter((m) => m.articleId === 'crowd').length).toBeLessThanOrEqual(BUCKET_CAP);
  });
});
