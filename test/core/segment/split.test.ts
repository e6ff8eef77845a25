import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/segment/index.ts';

const texts = (text: string, lang: string) => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('splits Arabic on . ؟ ! and keeps offsets into the text', () => {
    const text = 'وصل الوفد أمس. هل يتفقون؟ نعم!';
    const sentences = splitSentences(text, 'ar');
    expect(sentences.map((s) => s.text)).toEqual(['وصل الوفد أمس.', 'هل يتفقون؟', 'نعم!']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not end a sentence after an English abbreviation or an initial', () => {
    expect(texts('Gen. Khalifa Haftar met U.S. officials. Mr. Smith and John F. Kennedy agreed.', 'en')).toEqual([
      'Gen. Khalifa Haftar met U.S. officials.',
      'Mr. Smith and John F. Kennedy agreed.',
    ]);
  });

  it('keeps a quotation that contains full stops in one sentence', () => {
    expect(texts('He said: “We will not stop. Never.” Then he left.', 'en')).toEqual([
      'He said: “We will not stop. Never.”',
      'Then he left.',
    ]);
    expect(texts('وقال: «لن نتوقف. أبداً». ثم غادر.', 'ar')).toEqual(['وقال: «لن نتوقف. أبداً».', 'ثم غادر.']);
    // Arabic has no apostrophes, so a straight single quote is a quotation mark there — not in English.
    expect(texts("وقال إن اللقاء يعقد تحت شعار 'مصر وليبيا .. شعب واحد'. ثم انتهى.", 'ar')).toEqual([
      "وقال إن اللقاء يعقد تحت شعار 'مصر وليبيا .. شعب واحد'.",
      'ثم انتهى.',
    ]);
    expect(texts("The ministers' talks ended. They left.", 'en')).toEqual(["The ministers' talks ended.", 'They left.']);
  });

  it('never crosses a line break and numbers paragraphs', () => {
    const sentences = splitSentences('Title line\n\nFirst one. Second one.\nThird', 'en');
    expect(sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'Title line'],
      [1, 'First one.'],
      [1, 'Second one.'],
      [2, 'Third'],
    ]);
  });

  it('does not let an unbalanced quote swallow the article', () => {
    const text = '«' + 'جملة طويلة جدا. '.repeat(400);
    const sentences = splitSentences(text, 'ar');
    expect(sentences.length).toBeGreaterThan(1);
    expect(Math.max(...sentences.map((s) => s.text.length))).toBeLessThan(1300);
  });
});

describe('a dash bullet after a sentence’s end (languages whose data says so)', () => {
  it('Arabic: ". - " opens a new sentence on the same line', () => {
    const text = '- أعلنت النقابة الإضراب بعد حصار طويل. - لم يصدر أي تعليق من الحكومة.';
    expect(splitSentences(text, 'ar').map((s) => s.text)).toEqual(['- أعلنت النقابة الإضراب بعد حصار طويل.', '- لم يصدر أي تعليق من الحكومة.']);
  });

  it('a dash inside a sentence is no bullet', () => {
    expect(splitSentences('قال المسؤول - وهو من الحزب - إن الاتفاق قريب.', 'ar')).toHaveLength(1);
  });
});
