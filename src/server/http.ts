/** Request helpers shared by the routes: validation with zod, the signed-in user, access to a case or team. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SESSION_COOKIE, sessionUser } from './auth.ts';
import type { Queryable } from './db.ts';

export type Role = 'owner' | 'editor' | 'viewer';
const RANK: Record<Role, number> = { viewer: 1, editor: 2, owner: 3 };

/** Thrown by the helpers below; the error handler turns it into the status and `{ error }`. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Parses `value` with `schema` or answers 400 naming what is wrong. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const out = schema.safeParse(value);
  if (out.success) return out.data;
  const issue = out.error.issues[0]!;
  throw new HttpError(400, `${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}`);
}

export interface User {
  id: string;
  email: string;
}

/** The signed-in user, or 401. */
export async function requireUser(db: Queryable, request: FastifyRequest): Promise<User> {
  const user = await sessionUser(db, request.cookies[SESSION_COOKIE]);
  if (!user) throw new HttpError(401, 'sign in first');
  return user;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The user's role in the team, checked against `least`: not a member (or no such team) → 404, so a
 * team's existence is not revealed; a lower role → 403.
 */
export async function requireTeamRole(db: Queryable, userId: string, teamId: string, least: Role): Promise<Role> {
  const role = UUID.test(teamId)
    ? (await db.query<{ role: Role }>('SELECT role FROM memberships WHERE team_id = $1 AND user_id = $2', [teamId, userId])).rows[0]?.role
    : undefined;
  if (!role) throw new HttpError(404, 'no such team');
  if (RANK[role] < RANK[least]) throw new HttpError(403, `this needs the ${least} role; yours is ${role}`);
  return role;
}

/** As requireTeamRole, for the team that holds the case. */
export async function requireCaseRole(db: Queryable, userId: string, caseId: string, least: Role): Promise<{ role: Role; teamId: string }> {
  const found = UUID.test(caseId)
    ? (await db.query<{ role: Role; team_id: string }>('SELECT m.role, c.team_id FROM cases c JOIN memberships m ON m.team_id = c.team_id AND m.user_id = $2 WHERE c.id = $1', [caseId, userId])).rows[0]
    : undefined;
  if (!found) throw new HttpError(404, 'no such case');
  if (RANK[found.role] < RANK[least]) throw new HttpError(403, `this needs the ${least} role; yours is ${found.role}`);
  return { role: found.role, teamId: found.team_id };
}

export function send(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply.code(status).send(body);
}
