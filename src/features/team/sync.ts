/**
 * Keeping a team case in step with the server: what the user changed since the copy last synced
 * (edits as revision paths, new articles), and the offline copy kept on this device until it syncs.
 */
import type { CaseArticle, CaseSnapshot } from '../case/caseSlice.ts';
import type { ServerArticle, ServerCase } from './api.ts';

export const FIELDS = ['outlet', 'title', 'date', 'language'] as const;

/** The local id of a team case (kept apart from the browser's own cases). */
export const localCaseId = (serverId: string): string => `team-${serverId}`;

/** The server's case as the dashboard's snapshot. */
export function toSnapshot(server: Pick<ServerCase, 'id' | 'name' | 'articles'>): CaseSnapshot {
  return {
    id: localCaseId(server.id),
    name: server.name,
    articles: server.articles.map((a) => {
      const article: CaseArticle = { id: a.id, raw: a.raw };
      for (const field of FIELDS) if (a[field]) article[field] = a[field]!;
      return article;
    }),
  };
}

export interface LocalChanges {
  /** Revision paths → new values (null clears a field). */
  changes: Record<string, string | null>;
  /** Articles added here, not yet on the server. */
  added: CaseArticle[];
}

/** What `local` changed relative to `base` (the last synced server state). */
export function localChanges(base: CaseSnapshot, local: CaseSnapshot): LocalChanges {
  const changes: Record<string, string | null> = {};
  if (local.name.trim() && local.name !== base.name) changes.name = local.name;
  const before = new Map(base.articles.map((a) => [a.id, a]));
  const added: CaseArticle[] = [];
  for (const article of local.articles) {
    const old = before.get(article.id);
    if (!old) {
      added.push(article);
      continue;
    }
    for (const field of FIELDS) {
      const was = old[field] ?? null;
      const now = article[field] && article[field] !== 'auto' ? article[field]! : null;
      if ((was === 'auto' ? null : was) !== now) changes[`articles/${article.id}/${field}`] = now;
    }
  }
  return { changes, added };
}

export const hasChanges = (c: LocalChanges): boolean => c.added.length > 0 || Object.keys(c.changes).length > 0;

/** The copy of an open team case kept on this device: the last synced state and the local one. */
export interface OfflineCopy {
  serverId: string;
  teamId: string;
  role: ServerCase['role'];
  revision: number;
  base: CaseSnapshot;
  local: CaseSnapshot;
}

const KEY = 'parallax.team.case';

export function saveOfflineCopy(storage: Pick<Storage, 'setItem'>, copy: OfflineCopy): boolean {
  try {
    storage.setItem(KEY, JSON.stringify(copy));
    return true;
  } catch {
    // Over quota: the case stays in the page and in the browser's case library; only the reload copy is lost.
    return false;
  }
}

export function readOfflineCopy(storage: Pick<Storage, 'getItem'>): OfflineCopy | null {
  try {
    const raw = storage.getItem(KEY);
    return raw ? (JSON.parse(raw) as OfflineCopy) : null;
  } catch {
    return null;
  }
}

export function forgetOfflineCopy(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(KEY);
}

/** The body of POST /api/cases/:case/articles for a local article. */
export function articleBody(article: CaseArticle): Partial<ServerArticle> & { raw: string; id: string } {
  const body: Partial<ServerArticle> & { raw: string; id: string } = { id: article.id, raw: article.raw };
  for (const field of FIELDS) if (article[field] && article[field] !== 'auto') body[field] = article[field]!;
  return body;
}
