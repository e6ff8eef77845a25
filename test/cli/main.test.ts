import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, (s) => (stdout += s), (s) => (stderr += s));
  return { code, stdout, stderr };
}

function tempFiles(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const ENGLISH = 'Officials met in Geneva on Monday.\n\nThe foreign minister said the talks would resume next week. "We are close," he added.\n';
const ARABIC = 'وصل الوفد إلى القاهرة أمس.\n\nوقال المتحدث باسم الوزارة إن المحادثات ستستأنف الأسبوع المقبل.\n';

describe('parallax analyze', () => {
  it('prints the JSON contract with ids from file names and offsets into the cleaned text', async () => {
    const dir = tempFiles({ 'wire-story.txt': ENGLISH, 'arabic.md': ARABIC });
    const { code, stdout, stderr } = await run(['analyze', join(dir, 'wire-story.txt'), join(dir, 'arabic.md')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.articles.map((a: { id: string; language: string }) => [a.id, a.language])).toEqual([
      ['wire-story', 'en'],
      ['arabic', 'ar'],
    ]);
    expect(Array.isArray(json.rows)).toBe(true);
    expect(Array.isArray(json.actors)).toBe(true);
    const ids = new Set<string>();
    for (const article of json.articles) {
      for (const claim of article.claims) {
        expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
        expect(ids.has(claim.id)).toBe(false);
        ids.add(claim.id);
      }
    }
  });

  it('names each unusable file in one line, exits non-zero and still analyses the others', async () => {
    const dir = tempFiles({ 'good.txt': ENGLISH, 'empty.txt': '', 'blob.bin': new Uint8Array([0, 1, 2, 0, 255]) });
    const { code, stdout, stderr } = await run(['analyze', join(dir, 'good.txt'), join(dir, 'missing.txt'), join(dir, 'empty.txt'), join(dir, 'blob.bin')]);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/missing\.txt: no such file/);
    expect(lines[1]).toMatch(/empty\.txt: empty file/);
    expect(lines[2]).toMatch(/blob\.bin: binary file/);
    expect(JSON.parse(stdout).articles.map((a: { id: string }) => a.id)).toEqual(['good']);
  });

  it('analyses a text given twice (the same file, or a copy with other line breaks) once, naming the copy on stderr', async () => {
    const dir = tempFiles({ 'good.txt': ENGLISH, 'copy.txt': ENGLISH.replaceAll('\n\n', '\n'), 'arabic.md': ARABIC });
    const { code, stdout, stderr } = await run(['analyze', join(dir, 'good.txt'), join(dir, 'arabic.md'), join(dir, 'copy.txt'), join(dir, 'good.txt')]);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/copy\.txt: the same text as .*good\.txt, skipped/);
    expect(lines[1]).toMatch(/good\.txt: the same text as .*good\.txt, skipped/);
    expect(JSON.parse(stdout).articles.map((a: { id: string }) => a.id)).toEqual(['good', 'arabic']);
  });

  it('prints a markdown report and a CSV with one claim per line', async () => {
    const dir = tempFiles({ 'a.txt': ENGLISH });
    const md = await run(['analyze', join(dir, 'a.txt'), '--format', 'md']);
    expect(md.stdout).toMatch(/^# Parallax report/);
    expect(md.stdout).toContain('## Sources per outlet');
    const csv = await run(['analyze', join(dir, 'a.txt'), '--format', 'csv']);
    const json = JSON.parse((await run(['analyze', join(dir, 'a.txt')])).stdout);
    const claimCount = json.articles[0].claims.length;
    expect(csv.stdout.trim().split('\r\n')).toHaveLength(claimCount + 1);
  });

  it('names a plain-text article with no stated outlet by its file name, not by its headline', async () => {
    const dir = tempFiles({ 'harbour-daily.txt': 'Storm closes the harbour\n\nThe port authority said the harbour would stay closed until Friday.\n' });
    const md = await run(['analyze', join(dir, 'harbour-daily.txt'), '--format', 'md']);
    const outletRows = md.stdout.split('\n').filter((line) => /^\| (?!Outlet|---)/u.test(line));
    expect(outletRows[0]).toMatch(/^\| harbour-daily \|/u);
    expect(md.stdout).not.toMatch(/^\| Storm closes the harbour \|/mu);
  });

  it('refuses bad options with usage help and exit code 2', async () => {
    expect((await run(['analyze', 'x.txt', '--format', 'pdf'])).code).toBe(2);
    expect((await run(['analyze', 'x.txt', '--lang', 'xx'])).stderr).toMatch(/--lang must be/);
    expect((await run(['analyze'])).stderr).toMatch(/no files given/);
    expect((await run(['frobnicate'])).code).toBe(2);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: parallax analyze/);
  });
});

describe('parallax analyze --meta', () => {
  it('applies the outlets and titles a user states, by article id', async () => {
    const dir = tempFiles({
      'story.txt': ENGLISH,
      'meta.json': JSON.stringify({ articles: [{ id: 'story', outlet: 'The Daily Example', title: 'Talks resume' }] }),
    });
    const { code, stdout } = await run(['analyze', join(dir, 'story.txt'), '--meta', join(dir, 'meta.json')]);
    expect(code).toBe(0);
    const [article] = JSON.parse(stdout).articles;
    expect([article.outlet, article.title]).toEqual(['The Daily Example', 'Talks resume']);
  });

  it('refuses a malformed metadata file with its reason and analyses nothing', async () => {
    const dir = tempFiles({ 'story.txt': ENGLISH, 'meta.json': '{"articles": [{"outlet": "x"}]}' });
    const { code, stdout, stderr } = await run(['analyze', join(dir, 'story.txt'), '--meta', join(dir, 'meta.json')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/meta\.json: the metadata file is not .*articles\.0\.id/);
  });
});
