import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { actorNamed, labelsOf } from './find.ts';

// Invented names: a given name that is also a title («أمير», «شيخ») inside a full name.
describe('a title word inside an Arabic name', () => {
  const minister = [
    buildArticle('x', 'قال وزير الخارجية سعيد أمير عبد الكريمي إن المحادثات فشلت. وأضاف عبد الكريمي أن الوفد عاد إلى البلاد.', 'ar'),
    buildArticle('y', 'أعلن وزير الخارجية الموريتاني سعيد أمير عبد الكريمي أن المحادثات انتهت. وقال أمير عبد الكريمي إن الوفد سيعود.', 'ar'),
  ];

  it('is part of the name: the minister is one actor, with his office as his label', () => {
    const actors = findActors(minister);
    const person = actorNamed(actors, 'سعيد أمير عبد الكريمي');
    expect(labelsOf(actors, 'سعيد أمير عبد الكريمي')).toContain('وزير الخارجية');
    // No second actor for the first name alone, nor for the part after the title word.
    expect(actors.filter((a) => a !== person && [a.name, ...(a.aliases ?? [])].some((n) => n === 'سعيد' || n.includes('الكريمي')))).toHaveLength(0);
  });

  it('is no label where the outlet writes the name from the title word on', () => {
    const labels = labelsOf(findActors(minister), 'سعيد أمير عبد الكريمي', 'y');
    expect(labels.some((l) => l.startsWith('أمير'))).toBe(false);
  });

  it('joins «سالم شيخ داود» and «شيخ داود», «شيخ» no title of his', () => {
    const actors = findActors([
      buildArticle('x', 'التقى الرئيس الموريتاني سالم شيخ داود بالوفد. وقال شيخ داود إن البلاد لن تقبل. وأكد الرئيس سالم شيخ داود ذلك.', 'ar'),
      buildArticle('y', 'رفض الرئيس سالم شيخ داود الاتفاق، وقال إن البلاد لن تتنازل.', 'ar'),
    ]);
    expect(labelsOf(actors, 'سالم شيخ داود')).toContain('الرئيس الموريتاني');
    expect(labelsOf(actors, 'سالم شيخ داود')).not.toContain('شيخ');
  });

  it('is not taken into a name the case writes once (the title before a name word stays a title)', () => {
    const actors = findActors([
      buildArticle('x', 'استقبل الرئيس سالم أمير قطر في القصر. وقال الرئيس سالم إن اللقاء كان مثمرا.', 'ar'),
      buildArticle('y', 'أكد الرئيس سالم أن العلاقات جيدة.', 'ar'),
    ]);
    expect(actors.some((a) => a.name.includes('أمير'))).toBe(false);
  });
});
