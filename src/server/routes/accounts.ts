/** Sign-up, sign-in (rate-limited), sign-out and who am I. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { checkPassword, createSession, endSession, hashPassword, SESSION_COOKIE, spendPasswordCheck } from '../auth.ts';
import type { Database } from '../db.ts';
import { HttpError, parse, requireUser } from '../http.ts';

const Credentials = z.object({
  email: z.email().max(254).transform((e) => e.toLowerCase()),
  password: z.string().min(8, 'at least 8 characters').max(200),
});

export interface AccountOptions {
  /** Sign-in attempts per address and email per minute. */
  loginPerMinute: number;
  /** Accounts created per address per minute. */
  signupPerMinute: number;
  secureCookies: boolean;
}

export function accountRoutes(app: FastifyInstance, db: Database, options: AccountOptions): void {
  // Hashing is deliberately costly: sign-ups from one address are limited too.
  app.post('/api/signup', { config: { rateLimit: { max: options.signupPerMinute, timeWindow: '1 minute' } } }, async (request, reply) => {
    const { email, password } = parse(Credentials, request.body);
    const passwordHash = await hashPassword(password);
    const made = await db.query<{ id: string }>('INSERT INTO users (email, password_hash) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING RETURNING id', [email, passwordHash]);
    if (!made.rows[0]) throw new HttpError(409, 'an account with this email exists; sign in');
    return reply.code(201).send({ id: made.rows[0].id, email });
  });

  app.post(
    '/api/login',
    {
      config: {
        rateLimit: {
          max: options.loginPerMinute,
          timeWindow: '1 minute',
          hook: 'preHandler',
          // Per address and account: guessing one account's password is slowed without locking out a shared office address.
          keyGenerator: (request) => `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase().slice(0, 254)}`,
        },
      },
    },
    async (request, reply) => {
      const { email, password } = parse(Credentials.extend({ password: z.string().min(1).max(200) }), request.body);
      const user = (await db.query<{ id: string; password_hash: string }>('SELECT id, password_hash FROM users WHERE email = $1', [email])).rows[0];
      if (!user) await spendPasswordCheck(password);
      if (!user || !(await checkPassword(user.password_hash, password))) throw new HttpError(401, 'wrong email or password');
      const session = await createSession(db, user.id);
      reply.setCookie(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'strict', secure: options.secureCookies, path: '/', expires: session.expires });
      return { id: user.id, email };
    },
  );

  app.post('/api/logout', async (request, reply) => {
    await requireUser(db, request);
    await endSession(db, request.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/me', async (request) => {
    const user = await requireUser(db, request);
    const teams = await db.query<{ id: string; name: string; role: string }>(
      'SELECT t.id, t.name, m.role FROM memberships m JOIN teams t ON t.id = m.team_id WHERE m.user_id = $1 ORDER BY t.created_at',
      [user.id],
    );
    return { ...user, teams: teams.rows };
  });
}
