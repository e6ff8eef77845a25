/**
 * The Parallax server: the built dashboard at / and the JSON API at /api, on Fastify. Security that
 * every route gets: a body limit (413), security headers with a Content-Security-Policy (helmet),
 * cross-site request checks on state-changing requests, validation errors as 400 with the reason.
 */
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import type PgBoss from 'pg-boss';
import type { Database } from './db.ts';
import { HttpError } from './http.ts';
import { accountRoutes } from './routes/accounts.ts';
import { caseRoutes } from './routes/cases.ts';
import { teamRoutes } from './routes/teams.ts';

/** Request bodies above this get 413: one article of the core's raw limit (5 M characters) as UTF-8 JSON fits. */
export const BODY_LIMIT_BYTES = 16 * 1024 * 1024;

export interface ServerOptions {
  db: Database;
  boss: PgBoss;
  /** The built dashboard (vite build's dist/); omitted or missing: the API only. */
  staticDir?: string;
  loginPerMinute?: number;
  signupPerMinute?: number;
  /** Secure cookies (behind HTTPS). */
  secureCookies?: boolean;
  bodyLimit?: number;
  logger?: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request must come from our own pages: a browser's Origin (or Sec-Fetch-Site) must
 * say same origin, and the body must be JSON, which a cross-site form cannot send without CORS
 * (which this server never grants). With the SameSite=Strict cookie, that is the CSRF defence.
 */
export function crossSiteReason(request: FastifyRequest): string | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `${request.protocol}://${request.host}`) return `cross-site request from ${origin} refused`;
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `cross-site request (${site}) refused`;
  const type = request.headers['content-type'];
  if (type !== undefined && !/^application\/json\b/i.test(type)) return 'send JSON (Content-Type: application/json)';
  return null;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? BODY_LIMIT_BYTES, trustProxy: false });
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });

  app.addHook('onRequest', async (request, reply) => {
    const reason = crossSiteReason(request);
    if (reason) return reply.code(403).send({ error: reason });
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error instanceof HttpError) return reply.code(error.statusCode).send({ error: error.message, ...error.extra });
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error(error);
    const message =
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? `the request is larger than the limit of ${((options.bodyLimit ?? BODY_LIMIT_BYTES) / 1048576).toFixed(0)} MB`
        : status >= 500
          ? 'internal error; please report it'
          : error.message;
    return reply.code(status).send({ error: message });
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !options.staticDir || !existsSync(options.staticDir)) return reply.code(404).send({ error: 'not found' });
    return reply.sendFile('index.html');
  });

  accountRoutes(app, options.db, { loginPerMinute: options.loginPerMinute ?? 10, signupPerMinute: options.signupPerMinute ?? 100, secureCookies: options.secureCookies ?? false });
  teamRoutes(app, options.db);
  caseRoutes(app, options.db, options.boss);

  if (options.staticDir && existsSync(options.staticDir)) await app.register(fastifyStatic, { root: options.staticDir, index: 'index.html' });
  else app.get('/', async (_request, reply) => reply.type('text/plain').send('Parallax API. Build the dashboard (npm run build) to serve it here.'));
  return app;
}
