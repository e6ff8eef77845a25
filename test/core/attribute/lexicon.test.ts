import { describe, expect, it } from 'vitest';
import { lexiconFor, lookupNoun } from '../../../src/core/attribute/lexicon.ts';
import { findQuotes } from '../../../src/core/attribute/quotes.ts';
import { foldForMatch } from '../../../src/core/normalize/index.ts';

const cue = (lang: string, word: string) => lexiconFor(lang)!.cues.get(foldForMatch(word))?.[0];

describe('cue lexicon', () => {
  it('generates Arabic forms from stems and affix patterns (person, tense, conjunction, participle)', () => {
    for (const form of ['قال', 'وقالت', 'يقول', 'وتقول', 'فقالوا', 'أكد', 'وأكدت', 'يؤكد', 'مؤكدا', 'مؤكدة', 'مشيرة', 'موضحاً', 'متهما', 'وصفته', 'تدعي', 'زعم']) {
      expect(cue('ar', form), form).toBeDefined();
    }
    expect(cue('ar', 'مؤكدين')).toMatchObject({ lemma: 'أكد', stance: 'endorsing', form: 'participle' });
    expect(cue('ar', 'وادعت')).toMatchObject({ lemma: 'ادعى', stance: 'distancing', form: 'verb' });
  });

  it('does not turn nouns into cues when folding merges ة and ه', () => {
    expect(cue('ar', 'إضافة')).toBeUndefined(); // أضاف + ه would fold onto it
    expect(cue('ar', 'مقره')).toBeUndefined();
  });

  it('generates regular English inflections and keeps listed irregular ones', () => {
    expect(cue('en', 'claimed')).toMatchObject({ lemma: 'claim', stance: 'distancing' });
    expect(cue('en', 'denies')).toMatchObject({ lemma: 'deny' });
    expect(cue('en', 'told')).toMatchObject({ lemma: 'tell', via: true });
    expect(cue('en', 'according')?.words).toEqual(['according', 'to']);
  });

  it('finds source nouns through clitics and the article', () => {
    const ar = lexiconFor('ar')!;
    expect(lookupNoun(ar, [foldForMatch('والمصادر')], 0)).toMatchObject({ entry: { kind: 'anonymous' }, definite: true });
    expect(lookupNoun(ar, [foldForMatch('لصحيفة')], 0)).toMatchObject({ entry: { kind: 'media' }, definite: false });
    expect(lookupNoun(ar, [foldForMatch('الوزيران')], 0)?.entry.kind).toBe('person');
    expect(lexiconFor('xx')).toBeNull();
  });
});

describe('quotation spans', () => {
  it('pairs guillemets and curly quotes, ignores apostrophes, closes at a line break', () => {
    const text = 'قال: «نعم». He said “it’s fine” and Clinton’s aide said \'no\'.\n"open';
    const open = (mark: string, from = 0) => text.indexOf(mark, from);
    expect(findQuotes(text)).toEqual([
      { open: open('«'), close: open('»'), start: open('«') + 1, end: open('»'), closed: true },
      { open: open('“'), close: open('”'), start: open('“') + 1, end: open('”'), closed: true },
      { open: open("'no"), close: open("'.\n"), start: open("'no") + 1, end: open("'.\n"), closed: true },
      { open: open('"'), close: text.length, start: open('"') + 1, end: text.length, closed: false },
    ]);
  });

  it('keeps nested quotations inside the outer one and skips a stray closing straight quote', () => {
    const text = 'عليها برعاية الأمم المتحدة"، فيما قال «إن وفد "الفرصة الأخيرة" وصل»';
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toBe('إن وفد "الفرصة الأخيرة" وصل');
  });
});
