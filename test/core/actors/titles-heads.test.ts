import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import type { Actor, AnalyzedArticle } from '../../../src/core/types.ts';
import { buildArticle } from '../align/build.ts';
import { actorNamed, labelStrings } from './find.ts';

const brief = (actor: Actor): string[] => labelStrings(actor, 'articleId', 'text', 'key', 'stance', 'origin', 'form');

// Invented names and places: discovery may not depend on any known name.
/** Every label's text is exactly the article's text at its offsets. */
const exact = (articles: AnalyzedArticle[], actors: Actor[]): void => {
  for (const a of actors) for (const l of a.labels) expect(articles.find((x) => x.id === l.articleId)!.text.slice(l.start, l.end)).toBe(l.text);
};

describe('English titles and appositions', () => {
  const articles = [
    buildArticle('a', 'President Lena Korvath won the vote. Mr. Korvath thanked voters, said Interior Minister Piet Arndal.', 'en'),
    buildArticle('b', 'The embattled President Lena Korvath claimed victory. Arndal, the security chief, agreed.', 'en'),
    buildArticle('c', 'Protesters marched as strongman Lena Korvath spoke. The opposition candidate, Mira Tollen, called it a fraud. Interior Minister Piet Arndal was silent.', 'en'),
    buildArticle('d', 'Opposition figure Mira Tollen said the count was rigged, and Korvath denied it.', 'en'),
  ];
  const actors = findActors(articles);

  it('reads the title before a name as a label, not as part of the name ("Interior Minister X")', () => {
    expect(actors.map((a) => a.name)).toEqual(['Lena Korvath', 'Piet Arndal', 'Mira Tollen']);
    expect(brief(actorNamed(actors, 'Piet Arndal'))).toEqual([
      'a:Interior Minister:interior minister:neutral:discovered:title',
      'b:security chief:security chief:neutral:discovered:apposition',
      'c:Interior Minister:interior minister:neutral:discovered:title',
    ]);
  });

  it('gives each outlet’s title and premodifier with stance; a courtesy "Mr." is no label', () => {
    const person = actorNamed(actors, 'Lena Korvath');
    expect(brief(person)).toEqual([
      'a:President:president:neutral:discovered:title',
      'b:embattled:embattled:negative:lexicon:adjective',
      'b:President:president:neutral:discovered:title',
      'c:strongman:strongman:negative:lexicon:title',
    ]);
    const text = articles[1]!.text;
    expect(person.labels[1]).toEqual({ text: 'embattled', start: text.indexOf('embattled'), end: text.indexOf('embattled') + 9, articleId: 'b', stance: 'negative', origin: 'lexicon', form: 'adjective', key: 'embattled' });
  });

  it('takes an apposition before the name ("The opposition candidate, X,") and a role noun with its modifier', () => {
    expect(brief(actorNamed(actors, 'Mira Tollen'))).toEqual([
      'c:opposition candidate:opposition candidate:neutral:discovered:apposition',
      'd:Opposition figure:opposition figure:neutral:discovered:title',
    ]);
    exact(articles, actors);
  });
});

describe('English head nouns of organisations', () => {
  const articles = [
    buildArticle('a', 'Overnight, rebels of the so-called Ostra Freedom Front attacked a post. The government said order was restored.', 'en'),
    buildArticle('b', "Opposition fighters of the Ostra Freedom Front defended the town. The regime's army claimed victory. The regime shelled houses.", 'en'),
    buildArticle('c', 'The terrorists of the Ostra Freedom Front fled, the government said.', 'en'),
  ];
  const actors = findActors(articles);

  it('reads "<head noun> of the (so-called) X Front" as the head noun each outlet chose for the group', () => {
    expect(brief(actorNamed(actors, 'Ostra Freedom Front'))).toEqual([
      'a:rebels:rebels:neutral:lexicon:head-noun',
      'a:so-called:so-called:negative:lexicon:adjective',
      'b:Opposition fighters:opposition fighters:neutral:lexicon:head-noun',
      'c:terrorists:terrorist:negative:lexicon:head-noun',
    ]);
  });

  it('makes "the government" and "the regime" one actor when the case names no government', () => {
    const government = actorNamed(actors, 'government');
    expect(government.aliases).toEqual(['regime']);
    expect(brief(government)).toEqual([
      'a:government:government:neutral:lexicon:head-noun',
      "b:regime:regime:negative:lexicon:head-noun",
      'b:regime:regime:negative:lexicon:head-noun',
      'c:government:government:neutral:lexicon:head-noun',
    ]);
    // The possessive ending stays out of the label's span.
    const text = articles[1]!.text;
    expect(government.labels[1]).toMatchObject({ start: text.indexOf("regime's"), end: text.indexOf("regime's") + 6 });
    exact(articles, actors);
  });

  it('sends "the government" to the government the case names, rather than inventing one', () => {
    const named = [
      buildArticle('a', 'The Government of Ostra met. The regime denied it.', 'en'),
      buildArticle('b', 'The Government of Ostra denied the report. The government said so.', 'en'),
    ];
    const found = findActors(named);
    expect(found.map((a) => a.name)).toEqual(['Government of Ostra']);
    expect(brief(found[0]!).filter((l) => l.includes('head-noun'))).toEqual([
      'a:Government of Ostra:government:neutral:lexicon:head-noun',
      'a:regime:regime:negative:lexicon:head-noun',
      'b:Government of Ostra:government:neutral:lexicon:head-noun',
      'b:government:government:neutral:lexicon:head-noun',
    ]);
  });

  it('keeps a capitalised head noun in an organisation’s name ("Upper Electoral Commission")', () => {
    const found = findActors([
      buildArticle('a', 'The Upper Electoral Commission declared the result.', 'en'),
      buildArticle('b', 'Observers doubted the Upper Electoral Commission on Monday.', 'en'),
    ]);
    expect(found.map((a) => a.name)).toEqual(['Upper Electoral Commission']);
  });
});

describe('Arabic label spans and titles', () => {
  const articles = [
    buildArticle('x', 'قال قائد الجيش الوطني، المشير كريم زهران، إن قواته تتقدم. ووجه زهران رسالة لحكومة الوحدة والمدعومة من تركيا، ولميليشيات الوحدة.', 'ar'),
    buildArticle('y', 'هاجمت ميليشيات زهران العاصمة. وقالت حكومة الوحدة الشرعية إن الجنرال الانقلابي كريم زهران فشل. ورحب الرئيس كريم زهران بالقرار.', 'ar'),
    buildArticle('z', 'وقصفت قوات الوحدة المطار. ورحبت حكومة الوحدة المدعومة من تركيا بالاتفاق.', 'ar'),
  ];
  const actors = findActors(articles);

  it('starts a label after a glued conjunction or preposition, offsets exact ("لميليشيات" → "ميليشيات")', () => {
    const government = actorNamed(actors, 'حكومة الوحدة');
    const text = articles[0]!.text;
    const forces = actors.find((a) => a.name.startsWith('ميليشيات'))!;
    expect(forces.labels.filter((l) => l.articleId === 'x')).toEqual([
      { text: 'ميليشيات', start: text.indexOf('لميليشيات') + 1, end: text.indexOf('لميليشيات') + 9, articleId: 'x', stance: 'negative', origin: 'lexicon', form: 'head-noun', key: 'militia' },
    ]);
    // Who backs the actor is part of the label: outlets naming other backers differ.
    const backed = government.labels.find((l) => l.key?.startsWith('backed by '))!;
    expect(backed).toMatchObject({ text: 'المدعومة من تركيا', start: text.indexOf('والمدعومة') + 1 });
    exact(articles, actors);
  });

  it('surfaces an unlisted title before a name ("الرئيس X")', () => {
    expect(brief(actorNamed(actors, 'كريم زهران')).filter((l) => l.startsWith('y:'))).toEqual([
      'y:الجنرال:general:neutral:lexicon:title',
      'y:الانقلابي:coup:negative:lexicon:adjective',
      'y:الرئيس:الرييس:neutral:discovered:title',
    ]);
  });
});

describe('Appositions with the organisation a title heads, and who leads an organisation', () => {
  const ar = [
    buildArticle('x', 'رحبت حكومة الوحدة الوطني برئاسة نادر الحكيم، المدعومة من بعثة الأمم المتحدة، بالاتفاق. وقال الحكيم إن الوضع هادئ.', 'ar'),
    buildArticle('y', 'قالت حكومة الوحدة بقيادة نادر الحكيم إن الهدنة صامدة. ورد الرئيس نادر الحكيم على زهران.', 'ar'),
    buildArticle('z', 'التقى المشير كريم زهران، القائد العام للجيش الوطني، وفدا. وقال قائد الجيش الوطني، المشير كريم زهران، إن الجيش الوطني يتقدم.', 'ar'),
  ];
  const actors = findActors(ar);

  it('runs a title through the organisation it heads, after the name and before it (Arabic)', () => {
    const person = actorNamed(actors, 'كريم زهران');
    expect(brief(person)).toEqual([
      'z:المشير:field marshal:neutral:lexicon:title',
      'z:القائد العام للجيش الوطني:commander-in-chief:neutral:lexicon:apposition',
      'z:قائد الجيش الوطني:commander:neutral:lexicon:apposition',
      'z:المشير:field marshal:neutral:lexicon:title',
    ]);
    exact(ar, actors);
  });

  it('reads "بقيادة X" / "برئاسة X" after an organisation as who leads it, and goes on to an apposition after it', () => {
    const government = actorNamed(actors, 'حكومة الوحدة');
    expect(brief(government).filter((l) => !l.includes('head-noun'))).toEqual([
      'x:برئاسة نادر الحكيم:برياسه نادر الحكيم:neutral:discovered:relative-clause',
      'x:المدعومة من بعثة الأمم المتحدة:UN-backed:positive:lexicon:apposition',
      'y:بقيادة نادر الحكيم:بقياده نادر الحكيم:neutral:discovered:relative-clause',
    ]);
    // The leader's name is no organisation of its own ("رئاسة نادر").
    expect(actors.map((a) => a.name).sort()).toEqual(['حكومة الوحدة', 'كريم زهران', 'نادر الحكيم'].sort());
  });

  it('reads "led by X" after an organisation, with or without a comma (English)', () => {
    const en = [
      buildArticle('a', 'The Ostra Council, led by Piet Arndal, gathered behind closed doors. Arndal spoke to reporters.', 'en'),
      buildArticle('b', 'The Ostra Council headed by Piet Arndal, an ally of the army, gathered behind closed doors. The Ostra Council agreed.', 'en'),
    ];
    const found = findActors(en);
    expect(brief(actorNamed(found, 'Ostra Council'))).toEqual([
      'a:led by Piet Arndal:led by piet arndal:neutral:discovered:relative-clause',
      'b:headed by Piet Arndal:headed by piet arndal:neutral:discovered:relative-clause',
    ]);
    // "an ally of the army": the apposition is the person's; the head noun deep inside it is not.
    expect(brief(actorNamed(found, 'Piet Arndal'))).toEqual(['b:an ally of the army:alli armi:neutral:discovered:apposition']);
  });
});

describe('English: no label from the verb after a name', () => {
  it('takes neither "alleged" in "X alleged fraud" nor a clause after "X, would demand that …"', () => {
    const en = [
      buildArticle('a', 'Opposition figure Mira Tollen alleged fraud in the northern districts. Tollen spoke to reporters.', 'en'),
      buildArticle('b', 'A delegation led by Interior Minister Piet Arndal, would demand that the terrorists disarm. Tollen disagreed with Arndal.', 'en'),
      buildArticle('c', 'Security chief Piet Arndal, who called the rebels terrorists, left early. Mira Tollen stayed.', 'en'),
    ];
    const actors = findActors(en);
    expect(brief(actorNamed(actors, 'Mira Tollen'))).toEqual(['a:Opposition figure:opposition figure:neutral:discovered:title']);
    expect(brief(actorNamed(actors, 'Piet Arndal'))).toEqual([
      'b:Interior Minister:interior minister:neutral:discovered:title',
      'c:Security chief:security chief:neutral:discovered:title',
      // A real relative clause after the comma still counts.
      'c:rebels:rebels:neutral:lexicon:relative-clause',
      'c:terrorists:terrorist:negative:lexicon:relative-clause',
    ]);
  });
});

describe('English apposition before a name, through the organisation the title heads', () => {
  it('labels "The commander of the X Army, Y," on Y with the lexicon’s entry', () => {
    const en = [
      buildArticle('a', 'The commander of the Free National Army, Karim Zahran, said the offensive would continue. Zahran spoke from his base.', 'en'),
      buildArticle('b', 'Rogue general Karim Zahran ordered the Free National Army to advance on the capital.', 'en'),
    ];
    const actors = findActors(en);
    const text = en[0]!.text;
    expect(actorNamed(actors, 'Karim Zahran').labels[0]).toEqual({
      text: 'commander of the Free National Army',
      start: text.indexOf('commander'),
      end: text.indexOf(',', text.indexOf('commander')),
      articleId: 'a',
      stance: 'neutral',
      origin: 'lexicon',
      form: 'apposition',
      key: 'commander',
    });
  });
});

describe('an apposition that names another person', () => {
  const tollen = (actors: Actor[]): Actor => actors.find((a) => a.name.endsWith('Tollen'))!;
  it('runs through that name when punctuation closes it ("X, a close aide to President Y, said")', () => {
    const articles = [
      buildArticle('a', 'Mira Tollen, a close aide to President Lena Korvath, said the count was fair. Lena Korvath thanked her.', 'en'),
      buildArticle('b', 'Mira Tollen denied the report, and Lena Korvath was silent.', 'en'),
    ];
    const actors = findActors(articles);
    exact(articles, actors);
    expect(brief(tollen(actors))).toContain('a:a close aide to President Lena Korvath:close aid presid lena korvath:neutral:discovered:apposition');
  });

  it('takes nothing when the phrase runs on past the name into the sentence ("X, an ally of Y met …")', () => {
    const articles = [
      buildArticle('a', 'Mira Tollen, an ally of Lena Korvath met voters on Monday. Lena Korvath thanked her.', 'en'),
      buildArticle('b', 'Mira Tollen denied the report, and Lena Korvath was silent.', 'en'),
    ];
    const actors = findActors(articles);
    expect(tollen(actors).labels.filter((l) => l.form === 'apposition')).toEqual([]);
  });
});

describe('a description a preposition opens before a name (Arabic)', () => {
  const articles = [
    buildArticle('x', 'ودفعت الأموال للناشطة الحقوقية كريم زهران قبل الانتخابات. وقال زهران إنه سيشهد.', 'ar'),
    buildArticle('y', 'وقال الجنرال كريم زهران إن المحكمة عادلة. وأضاف زهران أن الحكم نهائي.', 'ar'),
    buildArticle('z', 'ورحب الوفد بمقتل القيادي كريم زهران في الغارة. وقال زهران إن الحوار ممكن.', 'ar'),
  ];
  const actors = findActors(articles);

  it('reads «للناشطة الحقوقية X» as what the outlet calls the person, as written', () => {
    exact(articles, actors);
    expect(brief(actorNamed(actors, 'كريم زهران')).filter((l) => l.startsWith('x:'))).toEqual(['x:للناشطة الحقوقية:للناشطه الحقوقيه:neutral:discovered:title']);
  });

  it('takes no event noun governing the name («بمقتل القيادي X»)', () => {
    expect(brief(actorNamed(actors, 'كريم زهران')).filter((l) => l.startsWith('z:'))).toEqual([]);
  });
});
