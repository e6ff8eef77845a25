import { nameSimilarity, nearSkeletons, skeletonSimilarity, wordSkeleton } from '../../../src/core/crosslang/names.ts';

describe('wordSkeleton', () => {
  it('reduces an Arabic name and its Latin transliteration to one skeleton', () => {
    expect(wordSkeleton('طهران')).toBe(wordSkeleton('Tehran'));
    expect(wordSkeleton('يوسف')).toBe(wordSkeleton('Yusuf'));
    expect(wordSkeleton('حسين')).toBe(wordSkeleton('Hussein'));
  });

  it('drops the article in both scripts, sun-letter spellings included', () => {
    expect(wordSkeleton('الصدر')).toBe(wordSkeleton('al-Sadr'));
    expect(wordSkeleton('as-Sadr')).toBe(wordSkeleton('Sadr'));
  });

  it('keeps letters a name is told apart by', () => {
    expect(wordSkeleton('Hama')).not.toBe(wordSkeleton('Homs'));
  });
});

describe('skeletonSimilarity', () => {
  it('charges less for letters transliterations swap than for unrelated ones', () => {
    expect(skeletonSimilarity('kzm', 'kdm')).toBeGreaterThan(skeletonSimilarity('kzm', 'krm'));
    expect(skeletonSimilarity('', 'abc')).toBe(0);
  });
});

describe('nameSimilarity', () => {
  it.each([
    ['عبد الفتاح السيسي', 'Abdel Fattah el-Sisi'],
    ['رجب طيب أردوغان', 'Recep Tayyip Erdogan'],
    ['الحديدة', 'Al-Hudaydah'],
    ['الحديدة', 'Hodeidah'],
    ['إدلب', 'Idlib'],
  ])('matches %s and %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(0.8);
  });

  it('matches a surname alone against the full name', () => {
    expect(nameSimilarity('نتنياهو', 'Benjamin Netanyahu')).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['حسين', 'Mahmoud Abbas'],
    ['طهران', 'Tripoli'],
    ['بايدن', 'Putin'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(0.7);
  });

  it('cannot tell names apart by their vowels alone (the case must confirm such matches)', () => {
    expect(nameSimilarity('حسين', 'Hassan')).toBe(1);
  });

  it('says nothing from skeletons too short to tell names apart', () => {
    expect(nameSimilarity('علي', 'Ali')).toBe(0);
  });
});

describe('nearSkeletons', () => {
  it('gives a short skeleton its spellings one letter apart within a transliteration group', () => {
    expect(nearSkeletons('gz')).toEqual(expect.arrayContaining(['gz', 'jz', 'kz', 'gd']));
    expect(nearSkeletons('gz')[0]).toBe('gz');
    expect(nearSkeletons('mn')).toEqual(['mn']);
  });
});
