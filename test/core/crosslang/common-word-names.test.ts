import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';

const aliasesOf = (english: string, arabic: string, name: string): string[] => {
  const index = resolveEntities([buildArticle('en1', english, 'en'), buildArticle('ar1', arabic, 'ar')]);
  const entity = index.entities.find((e) => [e.name, ...e.aliases].includes(name));
  return entity ? [entity.name, ...entity.aliases] : [];
};

describe('resolveEntities: a word of the language is no transliterated name', () => {
  it('leaves an adjective of the same consonants (written with «ًا») off a one-word Latin name', () => {
    const names = aliasesOf(
      'Peter Kotar, the rebel commander, said on Tuesday the talks had failed. Kotar added that 200 fighters had left the town.',
      'قال بيتر كوتار إن الوضع كان خطيرًا يوم الثلاثاء. ووصف الجيش التصعيد بأنه خطير جدا.',
      'Peter Kotar',
    );
    expect(names).toContain('بيتر كوتار');
    expect(names.filter((n) => n.startsWith('خطير'))).toEqual([]);
  });

  it("never spells a country's adjective by its consonants, even near shared figures", () => {
    const names = aliasesOf(
      'Mali rejected the plan on 3 May, Malian officials said. The Malian government said 40 ships had been stopped.',
      'رفضت مالي الخطة يوم 3 مايو. وقالت الحكومة إنها أنفقت مليونًا على توقيف 40 سفينة.',
      'مالي',
    );
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => n.startsWith('مليون'))).toEqual([]);
  });
});
