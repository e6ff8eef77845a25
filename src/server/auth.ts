/**
 * Passwords (Argon2id through @node-rs/argon2) and sessions: a random token in an HttpOnly,
 * SameSite=Strict cookie; only its SHA-256 is stored, so a leaked table opens no session.
 */
import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from './db.ts';

export const SESSION_COOKIE = 'parallax_session';
export const SESSION_DAYS = 14;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function checkPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verifying against a throwaway hash when the email is unknown keeps both answers equally slow,
// so timing does not tell which emails have accounts.
let decoy: Promise<string> | undefined;
export async function spendPasswordCheck(password: string): Promise<void> {
  decoy ??= hash('not-a-password-' + randomBytes(8).toString('hex'));
  await checkPassword(await decoy, password);
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(db: Queryable, userId: string): Promise<{ token: string; expires: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await db.query('DELETE FROM sessions WHERE user_id = $1 AND expires_at < now()', [userId]);
  await db.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [tokenHash(token), userId, expires.toISOString()]);
  return { token, expires };
}

export async function sessionUser(db: Queryable, token: string | undefined): Promise<{ id: string; email: string } | null> {
  if (!token || token.length > 100) return null;
  const found = await db.query<{ id: string; email: string }>(
    'SELECT u.id, u.email FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > now()',
    [tokenHash(token)],
  );
  return found.rows[0] ?? null;
}

export async function endSession(db: Queryable, token: string | undefined): Promise<void> {
  if (token) await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash(token)]);
}
