/** What every request gets: validation, body limit, headers, cross-site refusal, cookie flags, login limit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/server/runtime.ts';
import { BACKENDS, Client, signedIn } from './harness.ts';

const backend = BACKENDS[0]!;

describe('server security (PGlite)', () => {
  let runtime: Runtime;
  let user: Client;
  let team: string;

  beforeAll(async () => {
    runtime = await backend.open({ loginPerMinute: 3, signupPerMinute: 8, bodyLimit: 64 * 1024 });
    user = await signedIn(runtime, 'ana@example.org');
    team = (await user.call('POST', '/api/teams', { name: 'Desk' })).json.id as string;
  }, 60_000);
  afterAll(async () => runtime?.close());

  it('sets an HttpOnly, SameSite=Strict session cookie and stores no plain token', async () => {
    const client = new Client(runtime);
    const login = await client.call('POST', '/api/login', { email: 'ana@example.org', password: 'correct horse battery' });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const token = client.cookie.split('=')[1]!;
    const stored = await runtime.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(stored.rows.some((r) => r.token_hash === token)).toBe(false);
  });

  it('answers 401 to a wrong password, 409 to a second signup, 400 with the reason to bad input', async () => {
    const client = new Client(runtime);
    expect((await client.call('POST', '/api/login', { email: 'ana@example.org', password: 'wrong password' })).status).toBe(401);
    expect((await client.call('POST', '/api/signup', { email: 'ANA@example.org', password: 'another one here' })).status).toBe(409);
    const short = await client.call('POST', '/api/signup', { email: 'bo@example.org', password: 'short' });
    expect(short.status).toBe(400);
    expect(short.json.error).toMatch(/password/);
    const role = await user.call('POST', `/api/teams/${team}/members`, { email: 'ana@example.org', role: 'admin' });
    expect(role.status).toBe(400);
    expect(role.json.error).toMatch(/role/);
    expect((await user.call('POST', '/api/teams', '{"name":')).status).toBe(400);
  });

  it('limits sign-in attempts per address and account (429)', async () => {
    const client = new Client(runtime);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await client.call('POST', '/api/login', { email: 'limited@example.org', password: `guess ${i}` })).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    // Another account from the same address is not locked out by it.
    await signedIn(runtime, 'cy@example.org');
  });

  it('refuses a body over the limit with 413', async () => {
    const made = await user.call('POST', `/api/teams/${team}/cases`, { name: 'Big' });
    const big = await user.call('POST', `/api/cases/${made.json.id}/articles`, { raw: 'word '.repeat(20_000) });
    expect(big.status).toBe(413);
    expect(big.json.error).toMatch(/limit/);
  });

  it('refuses state-changing requests from other sites and non-JSON bodies (CSRF)', async () => {
    expect((await user.call('POST', '/api/teams', { name: 'x' }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await user.call('POST', '/api/teams', { name: 'x' }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await user.call('POST', '/api/teams', { name: 'x' }, { 'content-type': 'text/plain' })).status).toBe(403);
    expect((await user.call('POST', '/api/teams', { name: 'x' }, { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(403);
    expect((await user.call('POST', '/api/teams', { name: 'x' }, { origin: 'http://localhost:80' })).status).toBe(201);
    // Reading is not state-changing: a GET from elsewhere is answered (the cookie is SameSite=Strict anyway).
    expect((await user.call('GET', '/api/me', undefined, { 'sec-fetch-site': 'cross-site' })).status).toBe(200);
  });

  it('serves pages and API answers with a Content-Security-Policy and the usual security headers', async () => {
    const page = await user.call('GET', '/');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const api = await user.call('GET', '/api/me');
    expect(api.headers['cache-control']).toBe('no-store');
  });

  it('limits sign-ups per address (each costs a password hash)', async () => {
    const client = new Client(runtime);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await client.call('POST', '/api/signup', { email: `many${i}@example.org`, password: 'long enough pass' })).status);
    expect(statuses).toContain(429);
    expect(statuses.slice(0, statuses.indexOf(429)).every((s) => s === 201)).toBe(true);
  });
});
