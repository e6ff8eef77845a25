import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

describe('the state an outlet says a place is in', () => {
  it('reads "the besieged city of X", "the war-torn city of X" as labels of the place', () => {
    const actors = findActors([
      buildArticle('x', 'Rebels captured the army headquarters in the besieged city of Dorvan on Sunday. Food is scarce in the northern city of Kell.', 'en'),
      buildArticle('y', 'Fighting continued in the war-torn city of Dorvan. Dorvan has been under siege. Kell was calm.', 'en'),
    ]);
    expect(labelsOf(actors, 'Dorvan', 'x')).toEqual(['besieged city']);
    expect(labelsOf(actors, 'Dorvan', 'y')).toEqual(['war-torn city']);
  });

  it('takes no word that only says where or what the place is, nor words before a place that are the sentence\'s', () => {
    const actors = findActors([
      buildArticle('x', 'Food is scarce in the northern city of Kell. In the late afternoon Kell was calm.', 'en'),
      buildArticle('y', 'Traders left the port city of Kell. Kell was calm.', 'en'),
    ]);
    expect(actors.flatMap((a) => a.labels).filter((l) => l.origin === 'discovered')).toEqual([]);
  });

  it('reads any plain modifier an outlet puts before a place noun ("the breakaway region of X"), not one that only says where', () => {
    const actors = findActors([
      buildArticle('x', 'Marvia signed a pact with the breakaway region of Tosland on Monday. Traders left the coastal town of Kell. Tosland was calm.', 'en'),
      buildArticle('y', 'Marvia rejected the pact with the republic of Tosland. Food is scarce in the northern town of Kell. Kell was calm.', 'en'),
    ]);
    expect(labelsOf(actors, 'Tosland', 'x')).toEqual(['breakaway region']);
    expect(labelsOf(actors, 'Kell', 'x')).toEqual(['coastal town']);
    expect(labelsOf(actors, 'Kell', 'y')).toEqual([]);
  });

  it('leaves "Y, the breakaway region of X" to Y: the description after the comma is not X\'s', () => {
    const actors = findActors([
      buildArticle('x', 'Tosland, the breakaway region of Marvia, held a vote. Marvia rejected it.', 'en'),
      buildArticle('y', 'Marvia said the vote in Tosland was void. Tosland disagreed.', 'en'),
    ]);
    expect(labelsOf(actors, 'Marvia', 'x')).toEqual([]);
  });

  it('reads a place\'s apposition that says what place it is, and no other words after its name', () => {
    const actors = findActors([
      buildArticle('x', 'Rebels took Kassala, the capital of the eastern state, on Sunday. They reached Kell, his most public appearance in years, on Monday.', 'en'),
      buildArticle('y', 'The army left the city of Kassala. Kassala was calm. The town of Kell was quiet.', 'en'),
    ]);
    expect(labelsOf(actors, 'Kassala', 'x')).toEqual(['the capital of the eastern state']);
    expect(labelsOf(actors, 'Kell')).toEqual([]);
  });

  it('reads an Arabic place noun in construct after a place\'s name as its apposition, with or without a comma', () => {
    const actors = findActors([
      buildArticle('x', 'سيطرت القوات على مدينة كسلا، عاصمة ولاية الشرق، بعد حصار طويل. وقال سكان إن كسلا هادئة.', 'ar'),
      buildArticle('y', 'انسحب الجيش من مدينة كسلا عاصمة ولاية الشرق أمس. وكانت كسلا محاصرة.', 'ar'),
      buildArticle('z', 'وصل الوفد إلى مدينة كسلا. وكانت كسلا هادئة.', 'ar'),
    ]);
    expect(labelsOf(actors, 'كسلا', 'x')).toEqual(['عاصمة ولاية الشرق']);
    expect(labelsOf(actors, 'كسلا', 'y')).toEqual(['عاصمة ولاية الشرق']);
  });
});
