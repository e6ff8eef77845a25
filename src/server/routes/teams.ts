/** Teams, their members and their cases. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db.ts';
import { HttpError, parse, requireTeamRole, requireUser } from '../http.ts';

const Name = z.object({ name: z.string().trim().min(1, 'a name is needed').max(200) });
const Member = z.object({ email: z.email().max(254).transform((e) => e.toLowerCase()), role: z.enum(['owner', 'editor', 'viewer']) });
const TeamParams = z.object({ team: z.string().max(64) });

export function teamRoutes(app: FastifyInstance, db: Database): void {
  app.post('/api/teams', async (request, reply) => {
    const user = await requireUser(db, request);
    const { name } = parse(Name, request.body);
    const id = await db.transaction(async (tx) => {
      const team = (await tx.query<{ id: string }>('INSERT INTO teams (name) VALUES ($1) RETURNING id', [name])).rows[0]!;
      await tx.query("INSERT INTO memberships (team_id, user_id, role) VALUES ($1, $2, 'owner')", [team.id, user.id]);
      return team.id;
    });
    return reply.code(201).send({ id });
  });

  app.get('/api/teams/:team', async (request) => {
    const user = await requireUser(db, request);
    const { team } = parse(TeamParams, request.params);
    const role = await requireTeamRole(db, user.id, team, 'viewer');
    const [info, members, cases] = await Promise.all([
      db.query<{ id: string; name: string }>('SELECT id, name FROM teams WHERE id = $1', [team]),
      db.query('SELECT u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.team_id = $1 ORDER BY u.email', [team]),
      db.query('SELECT id, name, revision FROM cases WHERE team_id = $1 ORDER BY created_at', [team]),
    ]);
    return { ...info.rows[0], role, members: members.rows, cases: cases.rows };
  });

  app.post('/api/teams/:team/members', async (request, reply) => {
    const user = await requireUser(db, request);
    const { team } = parse(TeamParams, request.params);
    await requireTeamRole(db, user.id, team, 'owner');
    const { email, role } = parse(Member, request.body);
    const member = (await db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [email])).rows[0];
    if (!member) throw new HttpError(404, 'no account with this email: ask them to sign up first');
    await db.query('INSERT INTO memberships (team_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (team_id, user_id) DO UPDATE SET role = EXCLUDED.role', [team, member.id, role]);
    return reply.code(201).send({ email, role });
  });

  app.post('/api/teams/:team/cases', async (request, reply) => {
    const user = await requireUser(db, request);
    const { team } = parse(TeamParams, request.params);
    await requireTeamRole(db, user.id, team, 'editor');
    const { name } = parse(Name, request.body);
    const made = await db.query<{ id: string }>('INSERT INTO cases (team_id, name) VALUES ($1, $2) RETURNING id', [team, name]);
    return reply.code(201).send({ id: made.rows[0]!.id });
  });
}
