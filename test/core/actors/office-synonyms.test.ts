import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

const FILLER = 'The weather was mild and the streets were quiet for most of the long afternoon while shops stayed open and buses ran late into the evening as usual. ';

describe('a description whose head is a synonym of the office a person is titled with', () => {
  it('reads "the pontiff" and "the Argentine pontiff" for the one person titled "Pope", even far from his name', () => {
    const actors = findActors([
      buildArticle('x', `Pope Leontius died on Monday, the church said. ${FILLER.repeat(3)}The Argentine pontiff spared no effort. Crowds gathered to honour the pontiff.`, 'en'),
      buildArticle('y', 'Pope Leontius has died. Leontius led the church for twelve years.', 'en'),
    ]);
    expect(labelsOf(actors, 'Leontius', 'x')).toEqual(['Pope', 'Argentine pontiff', 'pontiff']);
  });

  it('takes no synonym of another sense that a noun follows ("General X" … "the overall winner")', () => {
    const actors = findActors([
      buildArticle('x', 'General Dana Korvell spoke on Monday. The broad coalition and the overall winner were named later.', 'en'),
      buildArticle('y', 'Dana Korvell left. Korvell said nothing.', 'en'),
    ]);
    expect(labelsOf(actors, 'Dana Korvell')).toEqual(['General']);
  });
});
