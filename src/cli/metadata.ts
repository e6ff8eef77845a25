import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Result } from '../core/types.ts';

const statedArticle = z.object({
  id: z.string().min(1),
  outlet: z.string().optional(),
  title: z.string().optional(),
  date: z.string().optional(),
  byline: z.string().optional(),
  language: z.string().optional(),
});
const metadataFile = z.object({ articles: z.array(statedArticle) });

/** What a user states about an article; it wins over what the page says. */
export type StatedMetadata = Partial<Record<'outlet' | 'title' | 'date' | 'byline' | 'language', string>>;

/** Reads a --meta file ({ articles: [{ id, outlet?, title?, date?, byline?, language? }] }) keyed by article id. */
export async function readMetadataFile(path: string): Promise<Result<Map<string, StatedMetadata>>> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot read the metadata file' };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'the metadata file is not valid JSON' };
  }
  const parsed = metadataFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `the metadata file is not { "articles": [ { "id", "outlet"?, … } ] } (${issue.path.join('.') || 'top level'}: ${issue.message})` };
  }
  const byId = new Map<string, StatedMetadata>();
  for (const { id, ...fields } of parsed.data.articles) {
    const stated: StatedMetadata = {};
    for (const [key, value] of Object.entries(fields) as [keyof StatedMetadata, string | undefined][]) if (value?.trim()) stated[key] = value.trim();
    byId.set(id, stated);
  }
  return { ok: true, data: byId };
}
