import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeCase, LIMITS, toCsv, toMarkdown } from '../core/index.ts';
import { LANGUAGE_PROFILES } from '../core/lang/profiles.ts';
import type { ArticleInput, CaseAnalysis } from '../core/types.ts';
import { readArticleFile } from './read-file.ts';
import { readMetadataFile, type StatedMetadata } from './metadata.ts';

const FORMATS = ['json', 'md', 'csv'] as const;

type Command = (argv: string[], out: (s: string) => void, err: (s: string) => void) => Promise<number>;
/** The server's commands, loaded on use so `analyze` does not load the server's libraries. */
const SERVER_COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./serve.ts')).serve,
  worker: async () => (await import('./serve.ts')).worker,
  ingest: async () => (await import('./ingest.ts')).ingest,
};
type Format = (typeof FORMATS)[number];

const HELP = `Usage: parallax analyze FILE... [--format json|md|csv] [--lang auto|${LANGUAGE_PROFILES.map((p) => p.code).join('|')}] [--meta FILE]

Analyses the files as one case (one article per file: .txt, .md or saved .html pages).
Each article's id is its file name without the extension.

  --format  json (default): the full analysis; md: a readable report; csv: one claim per line
  --lang    auto (default) detects each article's language
  --meta    a JSON file stating what you know of each article (outlet, title, date, byline, language):
            { "articles": [ { "id": "file-name-without-extension", "outlet": "…" } ] }
  --help    this text

Limits: ${LIMITS.maxArticles.toLocaleString('en')} articles per case, ${LIMITS.maxArticleChars.toLocaleString('en')} characters of text per article.
Files that cannot be used are reported on stderr (one line each) and the exit code is 1; the others are still analysed.`;

/** The JSON the CLI prints: the analysis in the contract's shape. */
export function toJson(analysis: CaseAnalysis): string {
  return JSON.stringify(analysis, null, 2);
}

/** Unique ids from file names (two "index.html" in different folders become index and index-2). */
function idsFor(paths: string[]): string[] {
  const used = new Map<string, number>();
  return paths.map((path) => {
    const base = basename(path, extname(path)) || 'article';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const server = Object.hasOwn(SERVER_COMMANDS, argv[0] ?? '') ? SERVER_COMMANDS[argv[0]!] : undefined;
  if (server) return (await server())(argv.slice(1), out, err);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        lang: { type: 'string', default: 'auto' },
        meta: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    err(`parallax: ${(error as Error).message}\n${HELP}\n`);
    return 2;
  }
  const [command, ...files] = parsed.positionals;
  if (parsed.values.help || !command) {
    (parsed.values.help ? out : err)(`${HELP}\n`);
    return parsed.values.help ? 0 : 2;
  }
  if (command !== 'analyze') {
    err(`parallax: unknown command "${command}" (try: parallax analyze FILE..., serve, worker or ingest)\n`);
    return 2;
  }
  const format = parsed.values.format as Format;
  if (!FORMATS.includes(format)) {
    err(`parallax: --format must be one of ${FORMATS.join(', ')} (got "${format}")\n`);
    return 2;
  }
  const lang = parsed.values.lang!;
  if (lang !== 'auto' && !LANGUAGE_PROFILES.some((p) => p.code === lang)) {
    err(`parallax: --lang must be auto or one of ${LANGUAGE_PROFILES.map((p) => p.code).join(', ')} (got "${lang}")\n`);
    return 2;
  }
  if (!files.length) {
    err('parallax: no files given (try: parallax analyze article1.txt article2.html)\n');
    return 2;
  }

  let stated: Map<string, StatedMetadata> = new Map();
  if (parsed.values.meta) {
    const meta = await readMetadataFile(parsed.values.meta);
    if (!meta.ok) {
      err(`parallax: ${parsed.values.meta}: ${meta.reason}\n`);
      return 2;
    }
    stated = meta.data;
  }

  let failed = 0;
  const inputs: ArticleInput[] = [];
  const ids = idsFor(files);
  // A file given twice (or a copy under another name) would count each of its claims twice.
  const seen = new Map<string, string>();
  for (const [n, path] of files.entries()) {
    const read = await readArticleFile(path, { readFile, stat });
    if (!read.ok) {
      err(`parallax: ${path}: ${read.reason}\n`);
      failed++;
      continue;
    }
    const sameText = read.data.replace(/\s+/gu, ' ').trim();
    const first = seen.get(sameText);
    if (first !== undefined) {
      err(`parallax: ${path}: the same text as ${first}, skipped\n`);
      failed++;
      continue;
    }
    seen.set(sameText, path);
    inputs.push({ ...stated.get(ids[n]!), id: ids[n]!, raw: read.data, fileName: basename(path) });
  }
  const analysis = analyzeCase(inputs, { language: lang });
  for (const d of analysis.diagnostics) {
    if (d.level === 'error') failed++;
    err(`parallax: ${d.level === 'error' ? '' : `${d.level}: `}${d.message}\n`);
  }
  const rendered = format === 'json' ? toJson(analysis) + '\n' : format === 'md' ? toMarkdown(analysis) + '\n' : toCsv(analysis);
  out(rendered);
  return failed ? 1 : 0;
}
