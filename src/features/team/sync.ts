/**
 * Keeping a team case in step with the server: what the user changed since the copy last synced
 * (edits as revision paths, new articles), and the offline copy kept on this device until it syncs.
 */
import type { CaseArticle, CaseSnapshot } from '../../model/caseSlice.ts';
import { emptyCorrections, type CorrectionsState } from '../../model/correctionsSlice.ts';
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

/**
 * Corrections as entries keyed per corrected thing (one claim's edit, one added claim, one row move,
 * one label), so two people correcting different claims never conflict. Lists keep their order in `at`.
 */
export function correctionEntries(c: CorrectionsState): Record<string, unknown> {
  const entries: Record<string, unknown> = {};
  for (const [claimId, edit] of Object.entries(c.claimEdits)) entries[`claim:${claimId}`] = edit;
  c.addedClaims.forEach((value, at) => (entries[`added:${value.id}`] = { at, value }));
  c.rowEdits.forEach((value, at) => (entries[`row:${value.id}`] = { at, value }));
  c.extraLabels.forEach((value, at) => (entries[`label:${value.id}`] = { at, value }));
  return entries;
}

/** The corrections back from their entries (unknown keys from newer versions are left alone). */
export function correctionsFrom(entries: Record<string, unknown> | null | undefined): CorrectionsState {
  const out: CorrectionsState = { ...emptyCorrections, claimEdits: {}, addedClaims: [], rowEdits: [], extraLabels: [] };
  const lists = { added: [] as { at: number; value: unknown }[], row: [] as { at: number; value: unknown }[], label: [] as { at: number; value: unknown }[] };
  for (const [key, value] of Object.entries(entries ?? {})) {
    const colon = key.indexOf(':');
    const kind = key.slice(0, colon);
    if (kind === 'claim') out.claimEdits[key.slice(colon + 1)] = value as CorrectionsState['claimEdits'][string];
    else if (kind === 'added' || kind === 'row' || kind === 'label') lists[kind].push(value as { at: number; value: unknown });
  }
  const ordered = <T>(xs: { at: number; value: unknown }[]) => xs.sort((a, b) => a.at - b.at).map((x) => x.value as T);
  out.addedClaims = ordered(lists.added);
  out.rowEdits = ordered(lists.row);
  out.extraLabels = ordered(lists.label);
  return out;
}

export interface LocalChanges {
  /** Revision paths → new values (null clears a field or drops a correction). */
  changes: Record<string, unknown>;
  /** Articles added here, not yet on the server. */
  added: CaseArticle[];
}

/** What `local` changed relative to `base` (the last synced server state), corrections included when given. */
export function localChanges(base: CaseSnapshot, local: CaseSnapshot, corrections?: { base: CorrectionsState; local: CorrectionsState }): LocalChanges {
  const changes: Record<string, unknown> = {};
  if (corrections) {
    const before = correctionEntries(corrections.base);
    const now = correctionEntries(corrections.local);
    for (const key of new Set([...Object.keys(before), ...Object.keys(now)])) {
      if (JSON.stringify(before[key] ?? null) !== JSON.stringify(now[key] ?? null)) changes[`corrections/${key}`] = now[key] ?? null;
    }
  }
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
  baseCorrections: CorrectionsState;
  localCorrections: CorrectionsState;
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
