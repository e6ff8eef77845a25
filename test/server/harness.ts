/**
 * Server test harness: a fresh runtime on in-memory PGlite, or, when DATABASE_URL is set (CI starts a
 * PostgreSQL server), on that server in a schema of its own, dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openRuntime, type Runtime, type RuntimeOptions } from '../../src/server/runtime.ts';

export interface Backend {
  name: 'pglite' | 'postgres';
  open(options?: Partial<RuntimeOptions>): Promise<Runtime>;
}

export const BACKENDS: Backend[] = [
  { name: 'pglite', open: (options = {}) => openRuntime({ maintenanceIntervalSeconds: 1, ...options }) },
];
const url = process.env.DATABASE_URL;
if (url) {
  BACKENDS.push({
    name: 'postgres',
    async open(options = {}) {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const runtime = await openRuntime({ maintenanceIntervalSeconds: 1, ...options, url, schema: `${schema}_app`, queueSchema: `${schema}_boss` });
      const close = runtime.close;
      return {
        ...runtime,
        async close() {
          await close();
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS ${schema}_app CASCADE; DROP SCHEMA IF EXISTS ${schema}_boss CASCADE`);
          await client.end();
        },
      };
    },
  });
}

/** A signed-in client of the app (inject: no network), keeping its session cookie. */
export class Client {
  cookie = '';
  constructor(
    private readonly runtime: Runtime,
    readonly email = '',
  ) {}

  async call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await this.runtime.app.inject({
      method,
      url,
      headers: { ...(this.cookie ? { cookie: this.cookie } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    const setCookie = response.headers['set-cookie'];
    const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    if (first?.startsWith('parallax_session=')) this.cookie = first.split(';')[0]!;
    let json: unknown = undefined;
    try {
      json = response.json();
    } catch {
      /* not JSON */
    }
    return { status: response.statusCode, json: json as Record<string, unknown> & Record<string, never>, headers: response.headers, raw: response };
  }
}

/** Signs a new user up and in. */
export async function signedIn(runtime: Runtime, email: string, password = 'correct horse battery'): Promise<Client> {
  const client = new Client(runtime, email);
  const up = await client.call('POST', '/api/signup', { email, password });
  if (up.status !== 201) throw new Error(`signup ${email}: ${up.status} ${JSON.stringify(up.json)}`);
  const login = await client.call('POST', '/api/login', { email, password });
  if (login.status !== 200) throw new Error(`login ${email}: ${login.status}`);
  return client;
}

/** Waits until `check` returns a value (polling), or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | undefined>, ms = 20_000, every = 100): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, every));
  }
}
