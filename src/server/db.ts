/**
 * One small SQL interface over both storage engines: a real PostgreSQL server (node-postgres pool,
 * when DATABASE_URL is set) or embedded PostgreSQL (PGlite, in a data directory). Every query is
 * parameterised ($1, $2 …); the same SQL and migrations run on both.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[] }>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction (committed when it resolves, rolled back when it throws). */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly kind: 'postgres' | 'pglite';
  /** The connection string (postgres only): workers and the job queue open their own connections. */
  readonly url?: string;
  /** The embedded engine (pglite only), for a job queue that shares it. */
  readonly pglite?: PGlite;
}

export interface DatabaseOptions {
  /** postgres://… : a PostgreSQL server. */
  url?: string;
  /** Embedded PostgreSQL's directory; omitted: in memory (tests). */
  dataDir?: string;
  /** A schema to create and use (tests keep runs apart on one server). */
  schema?: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens the database the options name. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.schema && !SCHEMA_NAME.test(options.schema)) throw new Error(`invalid schema name "${options.schema}"`);
  return options.url ? openPostgres(options.url, options.schema) : openPglite(options.dataDir, options.schema);
}

async function openPostgres(url: string, schema?: string): Promise<Database> {
  if (schema) {
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await setup.end();
  }
  const pool = new pg.Pool({ connectionString: url, max: 10, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  // An idle client losing its connection (server restart) must not crash the process.
  pool.on('error', () => {});
  return {
    kind: 'postgres',
    url,
    query: (sql, params) => pool.query(sql, params as unknown[]) as never,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await work({ query: (sql, params) => client.query(sql, params as unknown[]) as never });
        await client.query('COMMIT');
        return out;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir?: string, schema?: string): Promise<Database> {
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  if (schema) await db.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`);
  return {
    kind: 'pglite',
    pglite: db,
    query: (sql, params) => db.query(sql, params as unknown[]) as never,
    transaction: (work) => db.transaction((tx) => work({ query: (sql, params) => tx.query(sql, params as unknown[]) as never })),
    close: () => db.close(),
  };
}
