/** The server's CLI commands refuse bad invocations with a clear message (no server needed). */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

async function run(argv: string[], env: Record<string, string | undefined> = {}) {
  const saved = { ...process.env };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) Reflect.deleteProperty(process.env, k);
    else process.env[k] = v;
  }
  let out = '';
  let err = '';
  try {
    const code = await main(argv, (s) => (out += s), (s) => (err += s));
    return { code, out, err };
  } finally {
    process.env = saved;
  }
}

describe('parallax serve / worker / ingest', () => {
  it('prints help for each', async () => {
    for (const command of ['serve', 'worker', 'ingest']) {
      const r = await run([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`parallax ${command}`);
    }
  });

  it('refuses a worker without DATABASE_URL, saying why', async () => {
    const r = await run(['worker'], { DATABASE_URL: undefined });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/DATABASE_URL/);
  });

  it('refuses a bad port, an ingest without --case or without credentials', async () => {
    expect((await run(['serve', '--port', 'eighty'])).err).toMatch(/--port/);
    expect((await run(['ingest', 'a.txt'])).err).toMatch(/--case/);
    const r = await run(['ingest', 'a.txt', '--case', 'x'], { PARALLAX_EMAIL: undefined, PARALLAX_PASSWORD: undefined });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/PARALLAX_EMAIL/);
  });

  it('keeps analyze as it was: an unknown command names the commands', async () => {
    const r = await run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/serve, worker or ingest/);
  });
});
