/**
 * One foreign name transliterated two ways in one language («جيليكدار» / «تشيليكدار»: ج and تش both write
 * one sound) gives two matching keys, so two claims naming one person share no word. The entities stage
 * already joins such spellings into one entity (entities/variants.ts); here the words of its names that
 * share a same-script skeleton (entities/skeleton.ts) are folded to one key for matching.
 */
import type { EntityIndex } from '../entities/index.ts';
import { sameScriptSkeleton } from '../entities/skeleton.ts';
import { wordNorms } from '../normalize/index.ts';
import type { LanguageCode } from '../types.ts';

/** Consonants a name word's skeleton needs before two spellings of it are taken for one ("Ali" / "Alia" are not). */
const MIN_SKELETON = 4;

/**
 * Per language, the matching keys of one entity's name words spelled two ways, each to one of them (the
 * first in sort order). Only words of mentions by name; a key folded once keeps its first fold.
 * @example nameKeyFolds(entities, langOf, keyOf).get('ar')?.get(key('تشيليكدار')) // key('جيليكدار')
 */
export function nameKeyFolds(
  entities: EntityIndex,
  languageOf: (articleId: string) => LanguageCode | undefined,
  keyOf: (lang: LanguageCode, norm: string) => string | null,
): Map<LanguageCode, Map<string, string>> {
  // Per entity, per language and skeleton, the keys of its name words.
  const groups = new Map<string, Map<string, Set<string>>>();
  const seen = new Set<string>();
  for (const [articleId, mentions] of entities.byArticle) {
    const lang = languageOf(articleId);
    if (!lang) continue;
    for (const m of mentions) {
      if (m.via !== 'name') continue;
      const once = `${m.entityId}\u0000${lang}\u0000${m.text}`;
      if (seen.has(once)) continue;
      seen.add(once);
      let byShape = groups.get(m.entityId);
      if (!byShape) groups.set(m.entityId, (byShape = new Map()));
      for (const norm of wordNorms(m.text, lang)) {
        const skeleton = sameScriptSkeleton(norm);
        if (skeleton.length < MIN_SKELETON) continue;
        const key = keyOf(lang, norm);
        if (!key) continue;
        const shape = `${lang}\u0000${skeleton}`;
        let keys = byShape.get(shape);
        if (!keys) byShape.set(shape, (keys = new Set()));
        keys.add(key);
      }
    }
  }
  const out = new Map<LanguageCode, Map<string, string>>();
  for (const byShape of groups.values()) {
    for (const [shape, keys] of byShape) {
      if (keys.size < 2) continue;
      const lang = shape.slice(0, shape.indexOf('\u0000')) as LanguageCode;
      let folds = out.get(lang);
      if (!folds) out.set(lang, (folds = new Map()));
      const [first, ...rest] = [...keys].sort();
      for (const key of rest) if (!folds.has(key)) folds.set(key, first!);
    }
  }
  return out;
}
