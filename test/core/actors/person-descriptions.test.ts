import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/core/actors/index.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';


describe('offices of courts and prosecutors are titles, not words of the name', () => {
  it('reads "Supreme Court Justice", "District Attorney", "Relief Coordinator" before a name as titles', () => {
    const actors = findActors([
      buildArticle('a', 'Velmar High Court Justice Ivo Marsk read the ruling. Harbour District Attorney Lena Grau spoke, and Emergency Relief Coordinator Otto Brem said aid was blocked.', 'en'),
      buildArticle('b', 'Judge Ivo Marsk ruled on Friday. Prosecutor Lena Grau welcomed it. Official Otto Brem asked for access.', 'en'),
    ]);
    expect(actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Ivo Marsk', 'Lena Grau', 'Otto Brem']));
    expect(labelsOf(actors, 'Ivo Marsk', 'a').join(' ')).toContain('Court Justice');
    expect(labelsOf(actors, 'Lena Grau', 'a').join(' ')).toContain('District Attorney');
    expect(labelsOf(actors, 'Otto Brem', 'a').join(' ')).toContain('Relief Coordinator');
  });
});

describe('a person called by the office the case gives him, with no name', () => {
  it('gives "the former president" to the person titled president, not to the nearer prosecutor', () => {
    const actors = findActors([
      buildArticle('a', 'Former President Karl Vesk was found guilty on Thursday. Prosecutor Mila Strand charged the former president with fraud, and Strand said the case was simple.', 'en'),
      buildArticle('b', 'Karl Vesk called the trial a sham. Mila Strand said the jury had spoken.', 'en'),
    ]);
    expect(labelsOf(actors, 'Karl Vesk', 'a')).toContain('former president');
    expect(labelsOf(actors, 'Mila Strand', 'a')).not.toContain('former president');
  });

  it('gives "the speaker of parliament" to the only speaker of the case where the article names none', () => {
    const actors = findActors([
      buildArticle('a', 'Parliament Speaker Ando Rell opened the session, and Ando Rell said the vote was valid.', 'en'),
      buildArticle('b', 'Lawmakers met at night. The speaker of parliament declared the decree invalid.', 'en'),
    ]);
    expect(labelsOf(actors, 'Ando Rell', 'b').join(' ')).toContain('speaker of parliament');
  });

  it('reads no bare office, no ranking, no office two outlets give nobody', () => {
    const actors = findActors([
      buildArticle('a', 'Former President Karl Vesk was convicted. The president left the court. Vesk became the first former president to be convicted.', 'en'),
      buildArticle('b', 'Karl Vesk denied the charges. The former minister spoke to reporters.', 'en'),
    ]);
    const vesk = labelsOf(actors, 'Karl Vesk');
    expect(vesk).not.toContain('president');
    expect(vesk.join(' ')).not.toContain('first former president');
    expect(vesk).not.toContain('former minister');
  });

  it('reads the Arabic office with its adjectives after it, and not an adjective made from the office word', () => {
    const actors = findActors([
      buildArticle('x', 'أدانت المحكمة الرئيس الفالماري السابق سامي الوردي. وقال الوردي إن الحكم ظالم.', 'ar'),
      buildArticle('y', 'رفض سامي الوردي الحكم. وخرج الرئيس السابق من القاعة غاضبا. ودخل المبنى الرئيسي للمحكمة.', 'ar'),
    ]);
    const labels = labelsOf(actors, 'سامي الوردي', 'y');
    expect(labels).toContain('الرئيس السابق');
    expect(labels.join(' ')).not.toContain('الرئيسي');
  });
});

describe('an Arabic name of three words after a title, and the country the office is of', () => {
  it('keeps a third name word the case writes with the other two in two articles, and reads "head of <country>" as his title', () => {
    const actors = findActors([
      buildArticle('x', 'أعلن رئيس فالمارا الشمالية بيك سون هيو حالة الطوارئ. وقال بيك إن القرار ضروري في فالمارا.', 'ar'),
      buildArticle('y', 'تراجع الرئيس الفالماري الشمالي بيك سون هيو عن القرار. وقال بيك سون هيو إنه سيرفع الحالة في فالمارا.', 'ar'),
    ]);
    const person = actors.find((a) => a.name === 'بيك سون هيو');
    expect(person).toBeDefined();
    expect(actors.map((a) => a.name)).not.toContain('هيو');
    expect(person!.labels.map((l) => l.text)).toContain('رئيس فالمارا الشمالية');
    expect(actors.find((a) => a.name === 'فالمارا')?.labels.map((l) => l.text) ?? []).not.toContain('رئيس');
  });

  it('does not take the verb after a two-word name as its third word', () => {
    const actors = findActors([
      buildArticle('x', 'قال الوزير سامي الوردي أمس إن الحكم نهائي. وأضاف الوزير سامي الوردي أمس أن الجلسة انتهت.', 'ar'),
      buildArticle('y', 'رفض الوزير سامي الوردي أمس الحكم.', 'ar'),
    ]);
    expect(actors.map((a) => a.name)).toContain('سامي الوردي');
  });
});

describe('a title in apposition before the name, with the modifiers a determiner opens', () => {
  it('reads "this highly conflicted, biased Judge, X" as the title of X, and not a verb phrase before a title', () => {
    const actors = findActors([
      buildArticle('a', '"Not only did this highly conflicted, biased Judge, Ivo Marsk, block my lawyers," he wrote. Ivo Marsk did not reply.', 'en'),
      buildArticle('b', 'Ivo Marsk read the verdict on Thursday. Reporters asked Marsk about the case.', 'en'),
    ]);
    expect(labelsOf(actors, 'Ivo Marsk', 'a')).toContain('highly conflicted, biased Judge');
    expect(labelsOf(actors, 'Ivo Marsk', 'b')).toEqual([]);
  });
});

describe('a group listed with others of a kind', () => {
  it('takes the kind after "as well as other" / «وغيرها من» as what the outlet calls the group', () => {
    const en = findActors([
      buildArticle('a', 'The list includes the Kestrel Party as well as other Velmari factions. The Kestrel Party rejected the results.', 'en'),
      buildArticle('b', 'The Kestrel Party said the vote was rigged.', 'en'),
    ]);
    expect(labelsOf(en, 'Kestrel Party', 'a')).toContain('Velmari factions');
    const ar = findActors([
      buildArticle('x', 'وتضم اللجنة كتائب النصر وغيرها من الفصائل المسلحة الموالية. ورفضت كتائب النصر النتائج.', 'ar'),
      buildArticle('y', 'قالت كتائب النصر إن الانتخابات مزورة.', 'ar'),
    ]);
    expect(labelsOf(ar, 'كتائب النصر', 'x')).toContain('الفصائل المسلحة الموالية');
  });

  it('reads no kind where no linker stands ("and the other parties said")', () => {
    const en = findActors([
      buildArticle('a', 'The Kestrel Party won, and the other parties said the count was wrong. The Kestrel Party celebrated.', 'en'),
      buildArticle('b', 'The Kestrel Party said the vote was fair.', 'en'),
    ]);
    expect(labelsOf(en, 'Kestrel Party', 'a').join(' ')).not.toContain('parties');
  });
});

describe('a description before the name it stands for', () => {
  it('gives "the former prime minister" in a lede to the holder the article names right after it', () => {
    const actors = findActors([
      buildArticle('a', 'The ruling is a heavy blow for the former prime minister and may end his career. Anton Sorel has vowed to appeal.', 'en'),
      buildArticle('b', 'Former Prime Minister Anton Sorel lost his appeal. Prosecutor Ines Varga said Varga would seek a retrial.', 'en'),
    ]);
    expect(labelsOf(actors, 'Anton Sorel', 'a')).toContain('former prime minister');
  });

  it('reads «الرئيس السابق، X» as a title in apposition before the name, dated office and all', () => {
    const actors = findActors([
      buildArticle('a', 'وأدانت المحكمة الرئيس السابق، كريم زهران، بتهم الاحتيال. وقال زهران إنه سيستأنف.', 'ar'),
      buildArticle('b', 'ونفى الجنرال كريم زهران التهم أمام الصحفيين. وقال زهران إن المحاكمة سياسية.', 'ar'),
    ]);
    expect(labelsOf(actors, 'كريم زهران', 'a')).toContain('الرئيس السابق');
  });
});

describe('a description with a word of one holder\'s title goes to that holder', () => {
  it('gives "the former president" to the former president, not the sitting one named nearer', () => {
    const actors = findActors([
      buildArticle('a', 'Former President Tom Harlan was convicted on Thursday. President Jed Moss said nobody is above the law. The former president said he would appeal.', 'en'),
      buildArticle('b', 'Former President Tom Harlan said the trial was rigged. President Jed Moss declined to comment.', 'en'),
    ]);
    const texts = (name: string) => actors.find((x) => x.name === name)!.labels.filter((l) => l.articleId === 'a').map((l) => l.text);
    expect(texts('Tom Harlan')).toContain('former president');
    expect(texts('Jed Moss')).not.toContain('former president');
  });

  it('Arabic: «الرئيس السابق» goes to the holder titled «الرئيس السابق»', () => {
    const actors = findActors([
      buildArticle('a', 'أدين الرئيس السابق جاك هارلان يوم الخميس. وقال الرئيس سالم موسى إن لا أحد فوق القانون. وقال الرئيس السابق إنه سيستأنف.', 'ar'),
      buildArticle('b', 'وقال الرئيس السابق جاك هارلان إن المحاكمة مزورة. ورفض الرئيس سالم موسى التعليق.', 'ar'),
    ]);
    const forms = (name: string) => actors.find((x) => x.name === name)!.labels.filter((l) => l.form === 'apposition').map((l) => l.text);
    expect(forms('جاك هارلان')).toContain('الرئيس السابق');
    expect(forms('سالم موسى')).not.toContain('الرئيس السابق');
  });

  it('reads a bare "ex-governor" (a headline drops "the") as the former governor, not the sitting one named nearer', () => {
    const actors = findActors([
      buildArticle('a', 'Former Governor Nils Obrant loses appeal. Governor Rhea Talvik backed the court; ex-governor says the ruling is unfair.', 'en'),
      buildArticle('b', 'Former Governor Nils Obrant lost his appeal on Tuesday. Governor Rhea Talvik praised the judges.', 'en'),
    ]);
    const texts = (name: string) => actors.find((x) => x.name === name)!.labels.filter((l) => l.articleId === 'a').map((l) => l.text);
    expect(texts('Nils Obrant')).toContain('ex-governor');
    expect(texts('Rhea Talvik')).not.toContain('ex-governor');
  });

  it('reads no "ex-" office after "an" (someone introduced) nor before a name (a title)', () => {
    const actors = findActors([
      buildArticle('a', 'Former Governor Nils Obrant lost his appeal. An ex-governor of another state spoke for him.', 'en'),
      buildArticle('b', 'Former Governor Nils Obrant lost his appeal on Tuesday.', 'en'),
    ]);
    expect(actors.flatMap((x) => x.labels).map((l) => l.text)).not.toContain('ex-governor');
  });
});

describe('an office written with its adjective, before a word no actor holds', () => {
  it('«المرشح الرئاسي» (an office of two words that is «المرشح» and an adjective) goes to the candidate named before it', () => {
    const actors = findActors([
      buildArticle('a', 'قال الرئيس السابق والمرشح لرئاسة البلاد سامر الخوري إن الحكم ظالم. وخرج الخوري من القاعة غاضبا. لكن المرشح الرئاسي تحدث بهدوء أمام الصحفيين.', 'ar'),
      buildArticle('b', 'قال سامر الخوري إن الحكم ظالم وسيستأنفه.', 'ar'),
    ]);
    expect(labelsOf(actors, 'سامر الخوري', 'a')).toContain('المرشح الرئاسي');
  });

  it('before the name of a person the case keeps, it is that person\'s title, no description of another', () => {
    const actors = findActors([
      buildArticle('a', 'قال المرشح سامر الخوري إن الحكم ظالم. ورد المرشح الرئاسي رامي تيمور بأن المحكمة مستقلة.', 'ar'),
      buildArticle('b', 'قال سامر الخوري إن الحكم ظالم. وقال رامي تيمور إن المحكمة مستقلة.', 'ar'),
    ]);
    expect(labelsOf(actors, 'سامر الخوري', 'a')).not.toContain('المرشح الرئاسي');
    expect(labelsOf(actors, 'رامي تيمور', 'a')).toEqual(['المرشح الرئاسي']);
  });
});

describe('where an office description can open', () => {
  it('after "the" and glued "ex-" alike, in one case; not after "a"', () => {
    const actors = findActors([
      buildArticle('a', 'Former Mayor Tova Lind lost the vote. Later the former mayor thanked her staff.', 'en'),
      buildArticle('b', 'Tova Lind conceded. The ex-mayor said she would rest. A former mayor of another town also spoke.', 'en'),
    ]);
    expect(labelsOf(actors, 'Tova Lind', 'a')).toContain('former mayor');
    expect(labelsOf(actors, 'Tova Lind', 'b')).toContain('ex-mayor');
    expect(labelsOf(actors, 'Tova Lind', 'b').join(' ')).not.toContain('former mayor of');
  });
});
