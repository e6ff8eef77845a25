import { findActors } from '../../../src/core/actors/index.ts';
import type { Actor } from '../../../src/core/types.ts';
import { buildArticle } from '../align/build.ts';
import { actorNamed, labelStrings } from './find.ts';

const texts = (actor: Actor): string[] => labelStrings(actor, 'articleId', 'text');

// Invented names. A group under two names the text equates, an epithet whose referent is named right
// after it, a group named before a lower-case head noun.

describe('names an article equates are one actor', () => {
  it('joins "X umbrella group, also known as the Y Forces"', () => {
    const actors = findActors([
      buildArticle('a', 'Both parties belong to the powerful Korvan Tarin umbrella group, also known as the Popular Guard Forces.', 'en'),
      buildArticle('b', 'The Popular Guard Forces rejected the count on Monday.', 'en'),
      buildArticle('c', 'Korvan Tarin said the count was false.', 'en'),
    ]);
    expect(actorNamed(actors, 'Popular Guard Forces')).toBe(actorNamed(actors, 'Korvan Tarin'));
  });

  it('joins «X المعروفة بـ«Y»» in Arabic', () => {
    const actors = findActors([
      buildArticle('a', 'قال المتحدث باسم حركة النور الساطع المعروفة بـ«جماعة الدرويشي» إن الغارات مستمرة.', 'ar'),
      buildArticle('b', 'قصفت الطائرات مواقع جماعة الدرويشي في الميناء.', 'ar'),
      buildArticle('c', 'أعلنت حركة النور الساطع مسؤوليتها عن الهجوم على الميناء.', 'ar'),
    ]);
    const joined = actors.filter((a) => [a.name, ...(a.aliases ?? [])].some((n) => n.includes('الدرويشي') || n.includes('النور')));
    expect(joined).toHaveLength(1);
  });

  it('does not join two names that only stand side by side', () => {
    const actors = findActors([
      buildArticle('a', 'The Popular Guard Forces and the Korvan Tarin group met in the capital.', 'en'),
      buildArticle('b', 'The Popular Guard Forces rejected the count on Monday.', 'en'),
      buildArticle('c', 'Korvan Tarin said the count was false.', 'en'),
    ]);
    expect(actorNamed(actors, 'Popular Guard Forces')).not.toBe(actorNamed(actors, 'Korvan Tarin'));
  });
});

describe('an epithet whose referent is named right after it', () => {
  const actors = findActors([
    buildArticle('a', 'The Dorvan Support Forces said it took the city "from the grip of mercenaries and militias," referring to the Velmari Armed Forces, which denied it.', 'en'),
    buildArticle('b', 'The Velmari Armed Forces and the Dorvan Support Forces fought for the city. Meanwhile, local pro-army fighters, known as the Popular Shield, accused the Dorvan Support Forces of lying.', 'en'),
    buildArticle('c', 'The Popular Shield and the Velmari Armed Forces said the city held.', 'en'),
  ]);

  it('gives "…militias," referring to the Y to Y, not to the group named before it', () => {
    expect(texts(actorNamed(actors, 'Velmari Armed Forces'))).toEqual(expect.arrayContaining(['a:mercenaries', 'a:militias']));
    expect(texts(actorNamed(actors, 'Dorvan Support Forces')).some((l) => /mercenaries|militias/u.test(l))).toBe(false);
  });

  it('gives "pro-army fighters, known as the Y" to Y', () => {
    expect(texts(actorNamed(actors, 'Popular Shield'))).toContain('b:pro-army fighters');
  });

  it('gives «"المرتزقة" في إشارة إلى Y» to Y in Arabic', () => {
    const arabic = findActors([
      buildArticle('a', 'قالت قوات الدعم الشعبي إنها سيطرت على المدينة من قبضة "المرتزقة" في إشارة إلى الجيش الفالماري.', 'ar'),
      buildArticle('b', 'نفى الجيش الفالماري سقوط المدينة بيد قوات الدعم الشعبي.', 'ar'),
    ]);
    const army = arabic.find((a) => a.name.includes('الفالماري'))!;
    expect(army.labels.map((l) => l.text)).toContain('المرتزقة');
    expect(arabic.find((a) => a.name.includes('الدعم'))!.labels.map((l) => l.text)).not.toContain('المرتزقة');
  });
});

describe('a name before a lower-case force head noun', () => {
  it('is a group ("Kirat Tamar militia"), with that head and the epithet after it as labels', () => {
    const actors = findActors([
      buildArticle('a', 'Kirat Tamar militia, another pro-Velmar group, called the vote a fraud, its spokesman said.', 'en'),
      buildArticle('b', 'The committee includes Kirat Tamar and two smaller parties.', 'en'),
    ]);
    expect(texts(actorNamed(actors, 'Kirat Tamar'))).toEqual(expect.arrayContaining(['a:militia', 'a:pro-Velmar group']));
  });

  it('reads "the Velmari army" as the Velmari Army', () => {
    const actors = findActors(
      [buildArticle('a', 'The Velmari Army said it held the bridge.', 'en'), buildArticle('b', 'Witnesses said the Velmari army had left the bridge on Sunday.', 'en')],
      { withMentions: true },
    );
    expect(actorNamed(actors, 'Velmari Army').mentions!.some((m) => m.articleId === 'b')).toBe(true);
  });
});

describe('an epithet used instead of a person’s name', () => {
  it('goes to the person named before it ("the coup general", "the strongman", «الجنرال الانقلابي»)', () => {
    const actors = findActors([
      buildArticle('a', 'General Omar Tessel ordered the assault. Critics say the coup general wants the capital. The strongman denied it.', 'en'),
      buildArticle('b', 'General Omar Tessel spoke on television on Sunday.', 'en'),
    ]);
    expect(texts(actorNamed(actors, 'Omar Tessel'))).toEqual(expect.arrayContaining(['a:coup general', 'a:strongman']));
    const arabic = findActors([
      buildArticle('a', 'قال المشير عمر تيسل إن الهجوم مستمر. ويقول منتقدون إن الجنرال الانقلابي لن يتوقف عند العاصمة.', 'ar'),
      buildArticle('b', 'تحدث المشير عمر تيسل أمس.', 'ar'),
    ]);
    expect(arabic[0]!.labels.map((l) => l.text)).toContain('الجنرال الانقلابي');
  });

  it('is no epithet when a plain title stands alone ("the general") or a name follows it', () => {
    const actors = findActors([
      buildArticle('a', 'General Omar Tessel ordered the assault. Later the general left, and the coup general Ravi Ostrom arrived.', 'en'),
      buildArticle('b', 'General Omar Tessel spoke on television on Sunday.', 'en'),
    ]);
    expect(texts(actorNamed(actors, 'Omar Tessel')).some((l) => /the general|coup general/u.test(l))).toBe(false);
  });
});

describe('Arabic names and titles without capitals', () => {
  it('reads a kunya name written twice as a person, and the title before it through the organisation', () => {
    const actors = findActors([
      buildArticle('a', 'ويأتي ذلك بعد موقف أعلنه المسؤول الأمني لكتائب الفجر “أبو سامي المداني”، الذي رفض النتائج.', 'ar'),
      buildArticle('b', 'قال أبو سامي المداني، القيادي في ميليشيات “كتائب الفجر” المدعومة من الخارج إن النتائج مزورة.', 'ar'),
    ]);
    const person = actors.find((a) => a.name === 'أبو سامي المداني');
    expect(person).toBeDefined();
    expect(person!.labels.map((l) => `${l.articleId}:${l.text}`)).toContain('a:المسؤول الأمني لكتائب الفجر');
  });

  it('reads a title whose organisation and place run up to the name («رئيسة بعثة الصندوق إلى X»)', () => {
    const actors = findActors([
      buildArticle('a', 'وقالت رئيسة بعثة الصندوق إلى فالمارا لينا كوستيفا، في مؤتمر صحفي، إن الاتفاق قريب.', 'ar'),
      buildArticle('b', 'التقى الوزير مع لينا كوستيفا، مسؤولة صندوق النقد الدولي، في العاصمة.', 'ar'),
    ]);
    const person = actors.find((a) => a.name.includes('كوستيفا'))!;
    expect(person.labels.map((l) => `${l.articleId}:${l.text}`)).toContain('a:رئيسة بعثة الصندوق إلى فالمارا');
  });

  it('does not run a title chain across a verb in the present tense', () => {
    const actors = findActors([
      buildArticle('a', 'وقال إن رئيس البعثة يلتقي لينا كوستيفا في العاصمة غدا.', 'ar'),
      buildArticle('b', 'التقى الوزير مع لينا كوستيفا، مسؤولة صندوق النقد الدولي، في العاصمة.', 'ar'),
    ]);
    const person = actors.find((a) => a.name.includes('كوستيفا'))!;
    expect(person.labels.some((l) => l.text.includes('يلتقي'))).toBe(false);
  });
});

describe('an Arabic apposition that runs on into the sentence', () => {
  it('keeps the definite noun opening it («X، القيادي في …» with no closing comma)', () => {
    const actors = findActors([
      buildArticle('a', 'قال أبو سامي المداني، القيادي في ميليشيات “كتائب الفجر” المدعومة من الخارج إن النتائج مزورة.', 'ar'),
      buildArticle('b', 'ورفض أبو سامي المداني النتائج، بحسب بيان.', 'ar'),
    ]);
    const person = actors.find((a) => a.name === 'أبو سامي المداني')!;
    expect(person.labels.map((l) => l.text)).toContain('القيادي');
  });

  it('takes nothing when the word after the comma is a noun governing the rest («X، زيارة الوفد بأنه …»)', () => {
    const actors = findActors([
      buildArticle('a', 'ووصف أبو سامي المداني، زيارة الوفد بأنها ناجحة.', 'ar'),
      buildArticle('b', 'ورفض أبو سامي المداني النتائج، بحسب بيان.', 'ar'),
    ]);
    const person = actors.find((a) => a.name === 'أبو سامي المداني')!;
    expect(person.labels.some((l) => l.text.includes('زيارة'))).toBe(false);
  });
});

describe('a state’s own forces named by the state, not by the army’s name', () => {
  it('gives "government troops" and «قوات النظام» to the one army the case names, not to the group named before', () => {
    const actors = findActors([
      buildArticle('a', 'The Dorvan Support Forces said they inflicted heavy losses on government troops near the base.', 'en'),
      buildArticle('b', 'The Velmari Armed Forces and the Dorvan Support Forces fought for the base.', 'en'),
      buildArticle('c', 'The Velmari Armed Forces said the base held.', 'en'),
    ]);
    expect(texts(actorNamed(actors, 'Velmari Armed Forces'))).toContain('a:government troops');
    expect(texts(actorNamed(actors, 'Dorvan Support Forces')).some((l) => l.includes('government'))).toBe(false);
    const arabic = findActors([
      buildArticle('a', 'قصفت قوات النظام مواقع قوات الدعم الشعبي قرب المدينة.', 'ar'),
      buildArticle('b', 'قال الجيش الفالماري إنه صد هجوم قوات الدعم الشعبي.', 'ar'),
      buildArticle('c', 'أكد الجيش الفالماري سيطرته على المدينة.', 'ar'),
    ]);
    expect(arabic.find((a) => a.name.includes('الفالماري'))!.labels.map((l) => l.text)).toContain('قوات النظام');
  });

  it('gives them to no one when the case names two armies', () => {
    const actors = findActors([
      buildArticle('a', 'The Korvan Army said government troops had shelled the border post.', 'en'),
      buildArticle('b', 'The Velmari Armed Forces and the Korvan Army fought for the post.', 'en'),
      buildArticle('c', 'The Velmari Armed Forces said the post held, the Korvan Army denied it.', 'en'),
    ]);
    expect(actors.flatMap((a) => texts(a)).some((l) => l.includes('government troops'))).toBe(false);
  });
});

describe('a title in apposition before a name, of an organisation the case names once', () => {
  it('reads "the security official of the X Brigades, "Y"," whole', () => {
    const actors = findActors([
      buildArticle('a', 'Earlier, the security official of the Velmar Shield Brigades, "Abu Sami Al-Madani," also rejected the results.', 'en'),
      buildArticle('b', 'Abu Sami al-Madani said the vote was a fraud.', 'en'),
    ]);
    expect(texts(actorNamed(actors, 'Abu Sami Al-Madani'))).toContain('a:security official of the Velmar Shield Brigades');
  });
});

describe('a person one article names and another refers to by his role alone', () => {
  it('is an actor of the case ("Velmari Prime Minister X" / "the Velmari prime minister")', () => {
    const actors = findActors([
      buildArticle('a', 'On Monday, the deal with the lenders was done, Velmari Prime Minister Piet Roestam said in a speech to the assembly.', 'en'),
      buildArticle('b', 'The Velmari prime minister said on Monday that talks with the lenders would go on.', 'en'),
    ]);
    expect(actors.some((a) => a.name === 'Piet Roestam')).toBe(true);
  });

  it('is no actor when the other article gives that role to a name of its own', () => {
    const actors = findActors([
      buildArticle('a', 'On Monday, the deal with the lenders was done, Velmari Prime Minister Piet Roestam said in a speech to the assembly.', 'en'),
      buildArticle('b', 'Talks would go on, Velmari Prime Minister Aldo Varek said on Tuesday after the vote.', 'en'),
    ]);
    // Named once with his title he is listed, but the other article's prime minister is not him.
    const piet = actors.find((a) => a.name === 'Piet Roestam');
    expect(piet?.labels.some((l) => l.articleId === 'b')).toBe(false);
  });
});

describe('a bare name that is an organisation’s name but for its head', () => {
  it('joins it ("Kestrel" / "Kestrel Alliance"), but a country’s adjective does not join its army', () => {
    const actors = findActors([
      buildArticle('a', 'Hadi Varun, head of the Kestrel Alliance, rejected the count on Tuesday.', 'en'),
      buildArticle('b', 'Kestrel won 14 seats, down from 48, while Kestrel officials cried foul.', 'en'),
      buildArticle('c', 'The Kestrel Alliance and the Egyptian Army spoke; Egyptian officials said little.', 'en'),
      buildArticle('d', 'The Egyptian Army denied it, and Egyptian voters stayed home.', 'en'),
    ]);
    expect(actorNamed(actors, 'Kestrel Alliance').aliases ?? []).toContain('Kestrel');
    expect(actorNamed(actors, 'Egyptian Army').aliases ?? []).not.toContain('Egyptian');
  });
});
