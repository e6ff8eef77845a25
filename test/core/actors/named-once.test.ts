import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';

const names = (actors: ReturnType<typeof findActors>): string[] => actors.map((a) => a.name);

describe('an entity one article names is an actor when an outlet describes it', () => {
  it('keeps a person named once with a title or an apposition, after the actors several outlets name', () => {
    const actors = findActors([
      buildArticle('a', 'The Dorvan Shield said on Monday it had taken the port, and Ilse Marquand, a spokeswoman for the group, said the town was calm.', 'en'),
      buildArticle('b', 'The Dorvan Shield denied the report. Fighting went on near the port, witnesses said.', 'en'),
    ]);
    expect(names(actors)[0]).toBe('Dorvan Shield');
    const ilse = actors.find((a) => a.name === 'Ilse Marquand');
    expect(ilse?.labels.map((l) => l.text)).toContain('spokeswoman');
  });

  it('keeps no name in passing, no one-word name, in both languages', () => {
    const en = findActors([
      buildArticle('a', 'On Monday Jonas Pelt walked to the market. Prices rose again.', 'en'),
      buildArticle('b', 'Prices rose again on Monday, traders said.', 'en'),
    ]);
    expect(names(en)).not.toContain('Jonas Pelt');
    const ar = findActors([
      buildArticle('x', 'ألقى الوزير كلمة في المؤتمر. وقال محافظ البنك المركزي الفالماري سليم القاسمي إن الأسعار سترتفع، وأضاف سليم القاسمي أن الفائدة ثابتة.', 'ar'),
      buildArticle('y', 'ارتفعت الأسعار في الأسواق يوم الاثنين.', 'ar'),
    ]);
    expect(names(ar)).not.toContain('كلمة');
    expect(names(ar)).toContain('سليم القاسمي');
  });
});

describe('a titled name written once keeps a second word no dictionary knows', () => {
  it('keeps «القاضي X Y» whole, and "Judge X Y" in English', () => {
    const ar = findActors([
      buildArticle('x', 'أعلن القاضي فيرنان غالدوري، الذي يرأس المحكمة، تأجيل الجلسة إلى الأسبوع المقبل.', 'ar'),
      buildArticle('y', 'تأجلت الجلسة إلى الأسبوع المقبل بقرار من المحكمة.', 'ar'),
    ]);
    expect(names(ar)).toContain('فيرنان غالدوري');
    const en = findActors([
      buildArticle('a', 'Judge Fernan Galdory, who presides over the court, put the hearing off to next week.', 'en'),
      buildArticle('b', 'The hearing was put off to next week by the court.', 'en'),
    ]);
    expect(names(en)).toContain('Fernan Galdory');
  });

  it('cuts a word the dictionary knows after a first name written once (a verb, a noun)', () => {
    const ar = findActors([
      buildArticle('x', 'قال الوزير سليم يوم الاثنين إن المحكمة أجلت الجلسة.', 'ar'),
      buildArticle('y', 'تأجلت الجلسة إلى الأسبوع المقبل.', 'ar'),
    ]);
    expect(names(ar)).not.toContain('سليم يوم');
  });
});
