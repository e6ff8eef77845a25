import type { NewArticle } from '../../components/ArticleForm.tsx';

/** The text as compared for sameness: spaces collapsed, so a re-pasted copy with other line breaks is the same. */
const sameText = (raw: string): string => raw.replace(/\s+/gu, ' ').trim();

export interface Repeated {
  fileName?: string;
  /** The name of the article already holding this text. */
  of: string;
}

/**
 * New articles split into those to add and those whose text the case (or an earlier one of the same
 * batch) already holds: a second copy would count every claim twice in rows and charts.
 * @example withoutDuplicates([{ raw: 'A.' }], [{ id: 'a1', raw: 'A.' }], names).repeated // [{ of: 'Herald' }]
 */
export function withoutDuplicates(
  items: readonly NewArticle[],
  existing: readonly { id: string; raw: string }[],
  names: ReadonlyMap<string, string>,
): { fresh: NewArticle[]; repeated: Repeated[] } {
  const held = new Map<string, string>();
  for (const a of existing) held.set(sameText(a.raw), names.get(a.id) ?? a.id);
  const fresh: NewArticle[] = [];
  const repeated: Repeated[] = [];
  for (const item of items) {
    const key = sameText(item.raw);
    const of = held.get(key);
    if (of !== undefined) {
      repeated.push({ ...(item.fileName ? { fileName: item.fileName } : {}), of });
      continue;
    }
    held.set(key, item.fileName ?? item.outlet ?? '');
    fresh.push(item);
  }
  return { fresh, repeated };
}
