/**
 * Team work through a Parallax server, when the dashboard is served by one: sign in, open a team's
 * case (kept on this device, synced), see conflicts, and ask where else a claim was reported.
 * Without a server (the browser alone) it shows nothing.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { outletName } from '../../core/stats/index.ts';
import { useT, type MessageKey, type Translate } from '../../i18n/index.tsx';
import { selectRawAnalysis } from '../../model/analysisSlice.ts';
import { nameOf, selectArticleNames } from '../../model/outlets.ts';
import { selectUiLanguage } from '../../model/uiSlice.ts';
import { useAppSelector } from '../../model/hooks.ts';
import { api, ApiError, OfflineError, type Elsewhere, type Me, type TeamInfo } from './api.ts';
import { useTeamSync } from './useTeamSync.ts';

/** The panel's messages: the `team.*` keys of the interface catalogues. */
type TeamSuffix<Key> = Key extends `team.${infer Rest}` ? Rest : never;
type TeamKey = TeamSuffix<MessageKey>;

type ServerState = { kind: 'probing' } | { kind: 'absent' } | { kind: 'signed-out' } | { kind: 'signed-in'; me: Me };

export function TeamPanel() {
  const language = useAppSelector(selectUiLanguage);
  const translate = useT();
  const t = useCallback((key: TeamKey, vars?: Record<string, string | number>) => translate(`team.${key}`, vars), [translate]);
  const [server, setServer] = useState<ServerState>({ kind: 'probing' });
  const [teams, setTeams] = useState<TeamInfo[]>([]);
  const [message, setMessage] = useState('');
  const sync = useTeamSync();

  const refresh = useCallback(async () => {
    try {
      const me = await api<Me>('GET', '/api/me');
      setServer({ kind: 'signed-in', me });
      setTeams(await Promise.all(me.teams.map((team) => api<TeamInfo>('GET', `/api/teams/${team.id}`))));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setServer({ kind: 'signed-out' });
      // Offline with a team case on this device: keep working on it.
      else if (error instanceof OfflineError && sync.copy) setServer((s) => (s.kind === 'signed-in' ? s : { kind: 'signed-out' }));
      else setServer({ kind: 'absent' });
    }
  }, [sync.copy]);

  useEffect(() => {
    // Probe once: the server does not come and go under a loaded page.
    void refresh();
  }, []);

  const attempt = useCallback(async (work: () => Promise<unknown>) => {
    try {
      setMessage('');
      await work();
    } catch (error) {
      setMessage(t('error', { message: (error as Error).message }));
    }
  }, [t]);

  if (server.kind === 'probing' || server.kind === 'absent') return null;
  return (
    <section className="team-panel" aria-label={t('title')} dir={language === 'ar' ? 'rtl' : 'ltr'}>
      <details open={!sync.copy}>
      <summary>{t('title')}</summary>
      {server.kind === 'signed-out' ? <SignIn t={t} onDone={refresh} attempt={attempt} /> : null}
      {server.kind === 'signed-in' ? (
        <div className="team-body">
          <p>
            {t('signedInAs', { email: server.me.email })}{' '}
            <button type="button" onClick={() => attempt(async () => (await api('POST', '/api/logout'), sync.close(), refresh()))}>
              {t('signOut')}
            </button>
          </p>
          <NameForm label={t('newTeam')} action={t('createTeam')} onSubmit={(name) => attempt(async () => (await api('POST', '/api/teams', { name }), refresh()))} />
          {teams.map((team) => (
            <section key={team.id} aria-label={team.name} className="team">
              <h3>
                <bdi>{team.name}</bdi> <small>{t('role', { role: team.role })}</small>
              </h3>
              <ul>
                {team.cases.map((c) => (
                  <li key={c.id}>
                    <button type="button" onClick={() => attempt(() => sync.open(c.id))}>
                      {t('open', { name: c.name })}
                    </button>
                  </li>
                ))}
              </ul>
              {team.role !== 'viewer' ? (
                <NameForm label={t('newCase')} action={t('createCase')} onSubmit={(name) => attempt(async () => (await api('POST', `/api/teams/${team.id}/cases`, { name }), refresh()))} />
              ) : null}
            </section>
          ))}
        </div>
      ) : null}
      </details>
      {sync.copy ? <OpenCase t={t} sync={sync} /> : null}
      {message ? <p role="alert">{message}</p> : null}
    </section>
  );
}

type T = (key: TeamKey, vars?: Record<string, string | number>) => string;

function SignIn({ t, onDone, attempt }: { t: T; onDone: () => Promise<void>; attempt: (work: () => Promise<unknown>) => Promise<void> }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = (signUp: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    void attempt(async () => {
      if (signUp) await api('POST', '/api/signup', { email, password });
      await api('POST', '/api/login', { email, password });
      await onDone();
    });
  };
  return (
    <form onSubmit={submit(false)} className="team-sign-in">
      <label>
        {t('email')} <input type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </label>
      <label>
        {t('password')} <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required minLength={8} />
      </label>
      <button type="submit">{t('signIn')}</button>
      <button type="button" onClick={submit(true)}>
        {t('signUp')}
      </button>
    </form>
  );
}

function NameForm({ label, action, onSubmit }: { label: string; action: string; onSubmit: (name: string) => Promise<void> }) {
  const [name, setName] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) void onSubmit(name.trim()).then(() => setName(''));
      }}
    >
      <label>
        {label} <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="submit">{action}</button>
    </form>
  );
}

const ARTICLE_FIELD = /^articles\/([^/]+)\/(outlet|title|date|language)$/u;

/** A revision path as the user reads it: "articles/<id>/title" → "<the article's name> · Title". */
export function pathLabel(path: string, names: ReadonlyMap<string, string>, translate: Translate): string {
  const field = ARTICLE_FIELD.exec(path);
  if (field) return `${nameOf(names, { id: field[1]! })} · ${translate(`case.${field[2]}` as MessageKey)}`;
  return path === 'name' ? translate('case.name') : path;
}

/**
 * The outlet of a claim found elsewhere: an article of the open case by its name here, one of another
 * case by the core's rule over what the server kept.
 */
export function matchOutlet(match: Pick<Elsewhere, 'caseId' | 'articleId' | 'outlet'>, serverId: string, names: ReadonlyMap<string, string>): string {
  if (match.caseId === serverId) return nameOf(names, { id: match.articleId });
  return outletName({ id: match.articleId, ...(match.outlet ? { outlet: match.outlet } : {}) });
}

function OpenCase({ t, sync }: { t: T; sync: ReturnType<typeof useTeamSync> }) {
  const translate = useT();
  const names = useAppSelector(selectArticleNames);
  const copy = sync.copy!;
  const status = sync.status === 'idle' ? 'synced' : sync.status;
  return (
    <div className="team-case">
      <p>
        <strong>{t('openCase', { name: copy.base.name, revision: copy.revision })}</strong> · {t('role', { role: copy.role })}
      </p>
      <p role="status" data-sync={status}>
        {status === 'error' ? t('error', { message: sync.error }) : t(status)}
      </p>
      {sync.conflicts.length ? (
        <div role="alert" className="team-conflicts">
          <p>{t('conflicts')}</p>
          <ul>
            {sync.conflicts.map((c) => (
              <li key={c.path}>
                <bdi>{t('conflictLine', { path: pathLabel(c.path, names, translate), theirs: String(c.theirs ?? ''), yours: String(c.yours ?? '') })}</bdi>{' '}
                <button type="button" onClick={() => void sync.resolve(c, 'mine')}>
                  {t('useMine')}
                </button>{' '}
                <button type="button" onClick={() => void sync.resolve(c, 'theirs')}>
                  {t('keepTheirs')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ServerAnalysis t={t} serverId={copy.serverId} revision={copy.revision} />
      <WhereElse t={t} serverId={copy.serverId} />
    </div>
  );
}

/** The server's analysis of the case (done by its workers; it feeds the where-else index): progress or done. */
function ServerAnalysis({ t, serverId, revision }: { t: T; serverId: string; revision: number }) {
  const [state, setState] = useState<{ done: number; total: number } | 'ready' | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(`/api/cases/${serverId}/analysis`, { credentials: 'same-origin' });
        if (stopped) return;
        if (response.status === 202) {
          setState((await response.json()) as { done: number; total: number });
          timer = setTimeout(() => void poll(), 2000);
        } else if (response.ok) setState('ready');
      } catch {
        // Offline: the sync status says so; ask again with the next revision.
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [serverId, revision]);
  if (!state) return null;
  return <p className="team-server-analysis">{state === 'ready' ? t('serverReady') : t('serverProgress', state)}</p>;
}

function WhereElse({ t, serverId }: { t: T; serverId: string }) {
  const analysis = useAppSelector(selectRawAnalysis);
  const names = useAppSelector(selectArticleNames);
  const outletOf = (m: Elsewhere) => matchOutlet(m, serverId, names);
  const [claimId, setClaimId] = useState('');
  const [matches, setMatches] = useState<Elsewhere[] | null>(null);
  const [error, setError] = useState('');
  const claims = (analysis?.articles ?? []).flatMap((a) => a.claims.filter((c) => !c.kind)).slice(0, 1000);
  if (!claims.length) return null;
  return (
    <form
      className="team-where-else"
      onSubmit={(e) => {
        e.preventDefault();
        const id = claimId || claims[0]!.id;
        api<{ matches: Elsewhere[] }>('GET', `/api/cases/${serverId}/claims/${encodeURIComponent(id)}/elsewhere`)
          .then((r) => (setMatches(r.matches), setError('')))
          .catch((err: Error) => setError(t('error', { message: err.message })));
      }}
    >
      <fieldset>
        <legend>{t('whereElse')}</legend>
        <label>
          {t('claim')}{' '}
          <select value={claimId} onChange={(e) => setClaimId(e.target.value)}>
            {claims.map((c) => (
              <option key={c.id} value={c.id}>
                {c.text.length > 90 ? `${c.text.slice(0, 90)}…` : c.text}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('search')}</button>
        {error ? <p role="alert">{error}</p> : null}
        {matches ? (
          matches.length ? (
            <ul>
              {matches.map((m) => (
                <li key={`${m.caseId}/${m.claimId}`} dir="auto">
                  {t('match', { case: m.caseName, outlet: outletOf(m), text: m.text })}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('noMatches')}</p>
          )
        ) : null}
      </fieldset>
    </form>
  );
}
