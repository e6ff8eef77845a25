/**
 * The authorization matrix: every API route × every kind of caller (no session, signed in but not in
 * the team, viewer, editor, owner), on PGlite and, with DATABASE_URL, on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/server/runtime.ts';
import { BACKENDS, Client, signedIn } from './harness.ts';

type Caller = 'anonymous' | 'outsider' | 'viewer' | 'editor' | 'owner';
const CALLERS: Caller[] = ['anonymous', 'outsider', 'viewer', 'editor', 'owner'];

interface Ids {
  team: string;
  case: string;
  claim: string;
}

interface RouteCase {
  route: string;
  call: (client: Client, ids: Ids, caller: Caller) => ReturnType<Client['call']>;
  /** Expected status per caller. */
  expect: Record<Caller, number | number[]>;
}

const member = (viewer: number | number[], editor: number | number[], owner: number | number[]) => ({ anonymous: 401, outsider: 404, viewer, editor, owner });
let n = 0;

const ROUTES: RouteCase[] = [
  { route: 'GET /api/me', call: (c) => c.call('GET', '/api/me'), expect: { anonymous: 401, outsider: 200, viewer: 200, editor: 200, owner: 200 } },
  { route: 'POST /api/teams', call: (c) => c.call('POST', '/api/teams', { name: 'another desk' }), expect: { anonymous: 401, outsider: 201, viewer: 201, editor: 201, owner: 201 } },
  { route: 'GET /api/teams/:team', call: (c, ids) => c.call('GET', `/api/teams/${ids.team}`), expect: member(200, 200, 200) },
  {
    route: 'POST /api/teams/:team/members',
    call: (c, ids) => c.call('POST', `/api/teams/${ids.team}/members`, { email: 'late@example.org', role: 'viewer' }),
    expect: member(403, 403, 201),
  },
  { route: 'POST /api/teams/:team/cases', call: (c, ids) => c.call('POST', `/api/teams/${ids.team}/cases`, { name: 'second case' }), expect: member(403, 201, 201) },
  { route: 'GET /api/cases/:case', call: (c, ids) => c.call('GET', `/api/cases/${ids.case}`), expect: member(200, 200, 200) },
  {
    route: 'PATCH /api/cases/:case',
    call: async (c, ids) => {
      const current = await c.call('GET', `/api/cases/${ids.case}`);
      return c.call('PATCH', `/api/cases/${ids.case}`, { baseRevision: (current.json.revision as number | undefined) ?? 0, changes: { [`corrections/k${n++}`]: { kind: 'note' } } });
    },
    expect: member(403, 200, 200),
  },
  { route: 'GET /api/cases/:case/revisions', call: (c, ids) => c.call('GET', `/api/cases/${ids.case}/revisions`), expect: member(200, 200, 200) },
  {
    route: 'POST /api/cases/:case/articles',
    call: (c, ids) => c.call('POST', `/api/cases/${ids.case}/articles`, { raw: 'The minister said on Monday that the talks had failed.', outlet: 'Desk' }),
    expect: member(403, 201, 201),
  },
  { route: 'GET /api/cases/:case/analysis', call: (c, ids) => c.call('GET', `/api/cases/${ids.case}/analysis`), expect: member([200, 202], [200, 202], [200, 202]) },
  {
    route: 'GET /api/cases/:case/claims/:claim/elsewhere',
    call: (c, ids) => c.call('GET', `/api/cases/${ids.case}/claims/${encodeURIComponent(ids.claim)}/elsewhere`),
    expect: member(200, 200, 200),
  },
  { route: 'POST /api/logout', call: (c) => c.call('POST', '/api/logout'), expect: { anonymous: 401, outsider: 200, viewer: 200, editor: 200, owner: 200 } },
];

describe.each(BACKENDS)('authorization matrix on $name', (backend) => {
  let runtime: Runtime;
  let ids: Ids;
  const clients = {} as Record<Caller, Client>;

  beforeAll(async () => {
    runtime = await backend.open();
    for (const caller of CALLERS.slice(1)) clients[caller] = await signedIn(runtime, `${caller}@example.org`);
    clients.anonymous = new Client(runtime);
    await signedIn(runtime, 'late@example.org');
    const team = await clients.owner.call('POST', '/api/teams', { name: 'Desk' });
    const made = await clients.owner.call('POST', `/api/teams/${team.json.id}/cases`, { name: 'Case' });
    for (const role of ['viewer', 'editor'] as const) await clients.owner.call('POST', `/api/teams/${team.json.id}/members`, { email: `${role}@example.org`, role });
    await clients.owner.call('POST', `/api/cases/${made.json.id}/articles`, { id: 'first', raw: 'The ministry said on Tuesday that the border crossing would reopen next week.' });
    // The claim index is written by the analysis job.
    let status = 0;
    for (let i = 0; i < 200 && status !== 200; i++) {
      status = (await clients.owner.call('GET', `/api/cases/${made.json.id}/analysis`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 50));
    }
    ids = { team: team.json.id as string, case: made.json.id as string, claim: 'first:c1' };
  }, 60_000);

  afterAll(async () => {
    await runtime?.close();
  });

  // Logout last: it ends the sessions the other rows use.
  describe.each(ROUTES)('$route', (route) => {
    it.each(CALLERS)('%s', async (caller) => {
      const response = await route.call(clients[caller], ids, caller);
      const expected = ([] as number[]).concat(route.expect[caller]);
      expect(expected, `${route.route} as ${caller}: ${response.status} ${JSON.stringify(response.json)}`).toContain(response.status);
      if (response.status === 401 || response.status === 403 || response.status === 404) expect(typeof response.json.error).toBe('string');
    });
  });

  it('a case id that is not a uuid, and one that does not exist, are both 404 (nothing revealed)', async () => {
    const owner = new Client(runtime);
    expect((await owner.call('POST', '/api/login', { email: 'owner@example.org', password: 'correct horse battery' })).status).toBe(200);
    expect((await owner.call('GET', '/api/cases/not-a-uuid')).status).toBe(404);
    expect((await owner.call('GET', '/api/cases/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await owner.call('GET', `/api/cases/${ids.case}`)).status).toBe(200);
  });
});
