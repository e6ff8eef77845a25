/** `parallax ingest FILE|FOLDER... --case ID`: adds articles to a case on a Parallax server, through its API. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticleFile } from './read-file.ts';
import { readMetadataFile, type StatedMetadata } from './metadata.ts';

type Out = (s: string) => void;

export const INGEST_HELP = `Usage: parallax ingest FILE|FOLDER... --case ID [--server http://127.0.0.1:8080] [--meta FILE]

Adds each file (.txt, .md, .html; a folder: the files in it) to the case as one article, through the
server's API. The article's id is the file name without the extension. Signs in with
PARALLAX_EMAIL and PARALLAX_PASSWORD (an editor or owner of the case's team).
  --meta  as for analyze: what you know of each article (outlet, title, date, language)`;

const ARTICLE_FILE = /\.(?:txt|md|markdown|html?)$/i;

async function expand(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      for (const name of (await readdir(path)).sort()) if (ARTICLE_FILE.test(name)) files.push(join(path, name));
    } else files.push(path);
  }
  return files;
}

export async function ingest(argv: string[], out: Out, err: Out): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { case: { type: 'string' }, server: { type: 'string', default: 'http://127.0.0.1:8080' }, meta: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    err(`parallax: ${(error as Error).message}\n${INGEST_HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(`${INGEST_HELP}\n`);
    return 0;
  }
  if (!values.case || !positionals.length) {
    err(`parallax: ingest needs files and --case\n${INGEST_HELP}\n`);
    return 2;
  }
  const email = process.env.PARALLAX_EMAIL;
  const password = process.env.PARALLAX_PASSWORD;
  if (!email || !password) {
    err('parallax: set PARALLAX_EMAIL and PARALLAX_PASSWORD to sign in to the server\n');
    return 2;
  }
  let stated = new Map<string, StatedMetadata>();
  if (values.meta) {
    const meta = await readMetadataFile(values.meta);
    if (!meta.ok) {
      err(`parallax: ${values.meta}: ${meta.reason}\n`);
      return 2;
    }
    stated = meta.data;
  }
  const server = values.server!.replace(/\/$/, '');
  let cookie: string;
  try {
    const login = await fetch(`${server}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    if (login.status !== 200) {
      err(`parallax: sign-in to ${server} failed (${login.status}: ${await reason(login)})\n`);
      return 1;
    }
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  } catch (error) {
    err(`parallax: cannot reach ${server} (${(error as Error).message})\n`);
    return 1;
  }
  let failed = 0;
  let added = 0;
  for (const path of await expand(positionals)) {
    const id = basename(path, extname(path));
    const read = await readArticleFile(path, { readFile, stat });
    if (!read.ok) {
      err(`parallax: ${path}: ${read.reason}\n`);
      failed++;
      continue;
    }
    const { byline: _byline, ...meta } = stated.get(id) ?? {};
    const response = await fetch(`${server}/api/cases/${encodeURIComponent(values.case)}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ ...meta, id, raw: read.data }),
    });
    if (response.status === 201) added++;
    else {
      err(`parallax: ${path}: ${response.status} ${await reason(response)}\n`);
      failed++;
    }
  }
  out(`parallax: ${added} article${added === 1 ? '' : 's'} added to case ${values.case}${failed ? `, ${failed} failed` : ''}\n`);
  return failed ? 1 : 0;
}

async function reason(response: Response): Promise<string> {
  try {
    return ((await response.json()) as { error?: string }).error ?? response.statusText;
  } catch {
    return response.statusText;
  }
}
