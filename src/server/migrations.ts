/**
 * The schema, as an ordered list of migrations applied at start (the same on PostgreSQL and PGlite).
 * Append a migration; never edit one that has shipped. An advisory lock keeps a server and workers
 * starting together from applying one twice.
 */
import type { Database } from './db.ts';

export const MIGRATIONS: readonly { id: number; name: string; sql: string }[] = [
  {
    id: 1,
    name: 'accounts, teams, cases, articles, revisions',
    sql: `
CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE teams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE memberships (
  team_id uuid NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
  PRIMARY KEY (team_id, user_id)
);
CREATE INDEX memberships_user ON memberships(user_id);
CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  team_id uuid NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  name text NOT NULL,
  corrections jsonb NOT NULL DEFAULT '{}'::jsonb,
  revision integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_team ON cases(team_id);
CREATE TABLE articles (
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  id text NOT NULL,
  position bigserial,
  raw text NOT NULL,
  input_hash text NOT NULL,
  outlet text, title text, date text, language text,
  added_by uuid REFERENCES users(id) ON DELETE SET NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, id)
);
CREATE TABLE case_revisions (
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  revision integer NOT NULL,
  user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  base_revision integer NOT NULL,
  -- The edit as sent (path → value) and, for a stale edit, the paths it lost to an earlier edit.
  changes jsonb NOT NULL,
  conflicts jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, revision)
);`,
  },
  {
    id: 2,
    name: 'analysis results per article and per case; claims with their blocking keys',
    sql: `
CREATE TABLE article_results (
  case_id uuid NOT NULL,
  article_id text NOT NULL,
  -- The input this result was made from: a changed article (text or stated metadata) is analysed again.
  input_hash text NOT NULL,
  ok boolean NOT NULL,
  result json NOT NULL,
  writes integer NOT NULL DEFAULT 1,
  analysed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, article_id),
  FOREIGN KEY (case_id, article_id) REFERENCES articles(case_id, id) ON DELETE CASCADE
);
CREATE TABLE case_results (
  case_id uuid PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  -- Digest of the article inputs analysed: the result is current while it equals the case's.
  inputs_digest text NOT NULL,
  analysis json NOT NULL,
  analysed_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE claims (
  id bigserial PRIMARY KEY,
  team_id uuid NOT NULL,
  case_id uuid NOT NULL,
  article_id text NOT NULL,
  claim_id text NOT NULL,
  text text NOT NULL,
  outlet text,
  -- LSH band keys of the claim's content terms (the ones alignment blocks on).
  keys integer[] NOT NULL
);
CREATE INDEX claims_keys ON claims USING gin (keys);
CREATE INDEX claims_article ON claims(case_id, article_id);`,
  },
];

/** Applies the migrations not applied yet, each in its own transaction. Returns the ids applied. */
export async function migrate(db: Database): Promise<number[]> {
  await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(4242001)');
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [migration.id]);
      if (seen.rows.length) return false;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [migration.id, migration.name]);
      return true;
    });
    if (done) applied.push(migration.id);
  }
  return applied;
}

/** Statements of a migration (prepared statements take one at a time; no semicolons inside ours). */
function splitStatements(sql: string): string[] {
  return sql.split(/;\s*$/m).map((s) => s.replace(/^\s*--.*$/gm, '').trim()).filter(Boolean);
}
