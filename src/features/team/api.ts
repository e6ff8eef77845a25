/** The Parallax server's API as the dashboard calls it (same origin; the session cookie rides along). */
import type { ArticleRow } from '../../server/contract.ts';

export type { Conflict, EditResult, Elsewhere } from '../../server/contract.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown when the server cannot be reached (offline): callers keep the work for later. */
export class OfflineError extends Error {}

export async function api<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body !== undefined ? { 'content-type': 'application/json' } : {},
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (error) {
    throw new OfflineError((error as Error).message);
  }
  const type = response.headers.get('content-type') ?? '';
  // A static host answers /api/… with the app's page: there is no server.
  if (!type.includes('application/json')) throw new ApiError(response.status === 200 ? 404 : response.status, 'no Parallax server here');
  const json = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new ApiError(response.status, json.error ?? response.statusText);
  return json;
}

export interface Me {
  id: string;
  email: string;
  teams: { id: string; name: string; role: Role }[];
}
export type Role = 'owner' | 'editor' | 'viewer';

export interface TeamInfo {
  id: string;
  name: string;
  role: Role;
  cases: { id: string; name: string; revision: number }[];
}

/** An article as the server stores it. */
export type ServerArticle = ArticleRow;

export interface ServerCase {
  id: string;
  teamId: string;
  role: Role;
  name: string;
  revision: number;
  corrections: Record<string, unknown>;
  articles: ServerArticle[];
}



