/** Religious titles before a name are titles as a state's offices are (ar titles.json; invented names). */
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

describe('a religious title before a name is the person’s title', () => {
  it('«البابا X», «الكاردينال Y», «المطران Z»: each a title label of its own person', () => {
    const actors = findActors([
      buildArticle('x', 'أعلن الكاردينال ماركو فيلاني وفاة البابا يوحنا سيلفان صباح اليوم.', 'ar'),
      buildArticle('y', 'قال الكاردينال ماركو فيلاني إن البابا يوحنا سيلفان توفي بسلام.', 'ar'),
      buildArticle('z', 'نعى المطران جرجس حنا البابا يوحنا سيلفان.', 'ar'),
    ]);
    expect(labelsOf(actors, 'يوحنا سيلفان')).toEqual(['البابا', 'البابا', 'البابا']);
    expect(labelsOf(actors, 'ماركو فيلاني')).toEqual(['الكاردينال', 'الكاردينال']);
    expect(labelsOf(actors, 'جرجس حنا')).toEqual(['المطران']);
  });
  it('«الحاخام X» is a title, not a word of the name', () => {
    const actors = findActors([
      buildArticle('x', 'أعلن حزب النهضة وفاة البابا سيلفان صباح اليوم.', 'ar'),
      buildArticle('y', 'قال الحاخام دافيد ليفنر إن البابا سيلفان كان صديقا. وأضاف الحاخام دافيد ليفنر أن الحوار مستمر.', 'ar'),
    ]);
    expect(labelsOf(actors, 'دافيد ليفنر')).toEqual(['الحاخام', 'الحاخام']);
    expect(labelsOf(actors, 'سيلفان')).toContain('البابا');
  });
});

describe('a form of address before a name is no part of the shown name', () => {
  it('English: "our Holy Father Leo", "His Holiness Leo" show the actor as "Leo", with no label for the address', () => {
    const actors = findActors([
      buildArticle('a', 'Pope Leo died on Monday. "I must announce the death of our Holy Father Leo," the cardinal said.', 'en'),
      buildArticle('b', 'Pope Leo, the first pontiff from Velmaria, has died. His Holiness Leo was 88.', 'en'),
    ]);
    const leo = actors.find((a) => a.name === 'Leo');
    expect(leo?.name).toBe('Leo');
    expect(leo?.labels.map((l) => l.text)).toContain('Pope');
    expect(leo?.labels.map((l) => l.text).some((t) => /Holy|Holiness/u.test(t))).toBe(false);
  });
});
