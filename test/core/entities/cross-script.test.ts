import { resolveEntities } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';

// Invented names: the Arabic spellings are found because the case's Latin articles use the name.
describe('resolveEntities: names across scripts, checked against the case', () => {
  const index = resolveEntities([
    buildArticle('en1', 'Tarek Bellami, the opposition leader, rejected the vote. Bellami called for a recount in Norvania.', 'en'),
    buildArticle('en2', 'Supporters of Tarek Bellami gathered in the capital of Norvania on Sunday.', 'en'),
    buildArticle('ar1', 'رفض طارق بلامي نتائج الانتخابات، ودعا بلامي إلى إعادة الفرز.', 'ar'),
  ]);
  const bellami = index.entities.find((e) => e.aliases.includes('Tarek Bellami') || e.name === 'Tarek Bellami');

  it('gives the Latin name the Arabic spellings the Arabic article uses', () => {
    expect(bellami).toBeDefined();
    const arabic = bellami!.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text);
    expect(arabic).toEqual(expect.arrayContaining(['طارق بلامي', 'بلامي']));
  });

  it('keeps every mention a span of its article', () => {
    const texts = new Map([['ar1', 'رفض طارق بلامي نتائج الانتخابات، ودعا بلامي إلى إعادة الفرز.']]);
    for (const m of bellami!.mentions.filter((x) => x.articleId === 'ar1')) expect(texts.get('ar1')!.slice(m.start, m.end)).toBe(m.text);
  });

  it('takes no common Arabic word for a name', () => {
    const words = index.entities.flatMap((e) => e.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text));
    expect(words).not.toContain('الانتخابات');
    expect(words).not.toContain('الفرز');
  });
});

describe('resolveEntities: a country meets its Arabic name through CLDR, not through its skeleton', () => {
  // "Portugal" and an invented Arabic word of the same consonants (p→b, r, t, g→j, l: "brtjl").
  const index = resolveEntities([
    buildArticle('en1', 'Talks in Portugal ended on Monday. Portugal said the deal would hold.', 'en'),
    buildArticle('en2', 'Delegates left Portugal after the talks collapsed.', 'en'),
    buildArticle('ar1', 'انتهت المحادثات في البرتغال يوم الاثنين. وقال بورتاجيل إن الاتفاق صامد.', 'ar'),
  ]);
  const portugal = index.entities.find((e) => e.name === 'Portugal' || e.aliases.includes('Portugal'));

  it('takes the CLDR name and leaves a word that only shares its consonants', () => {
    expect(portugal).toBeDefined();
    const arabic = portugal!.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text);
    expect(arabic).toContain('البرتغال');
    expect(arabic).not.toContain('بورتاجيل');
  });
});

describe('resolveEntities: a short name matches across scripts only near shared figures or names', () => {
  // "Tuma" / "طوما": a two-consonant skeleton ("tm"), too short to trust alone.
  const english = [
    buildArticle('en1', 'Shelling killed 12 people in Tuma on 3 March, officials said. Tuma has been besieged since January.', 'en'),
    buildArticle('en2', 'Aid convoys could not reach Tuma after the shelling.', 'en'),
  ];
  const arabicName = (index: ReturnType<typeof resolveEntities>) =>
    index.entities.find((e) => e.name === 'Tuma' || e.aliases.includes('Tuma'))?.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text) ?? [];

  it('takes the Arabic spelling when both stand by the same figures and dates', () => {
    const index = resolveEntities([...english, buildArticle('ar1', 'قتل القصف 12 شخصا في طوما في 3 مارس، بحسب مسؤولين. وتحاصر القوات طوما منذ يناير.', 'ar')]);
    expect(arabicName(index)).toContain('طوما');
  });

  it('leaves it apart when nothing around it is shared', () => {
    const index = resolveEntities([...english, buildArticle('ar1', 'وصل وفد ثقافي إلى طوما لافتتاح معرض الكتاب. وزار الوفد طوما العام الماضي أيضا.', 'ar')]);
    expect(arabicName(index)).not.toContain('طوما');
  });
});

describe('resolveEntities: a name translated but for one word the bridge lacks, checked against the case', () => {
  // "صندوق" is no "fund" in the bridge: two words of three match by meaning.
  const english = [
    buildArticle('en1', 'The Regional Development Fund approved a loan of $3 billion on 4 May, the Regional Development Fund said.', 'en'),
    buildArticle('en2', 'A loan of $3 billion from the Regional Development Fund was approved.', 'en'),
  ];
  const arabicOf = (index: ReturnType<typeof resolveEntities>) =>
    index.entities.find((e) => e.name === 'Regional Development Fund')?.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text) ?? [];

  it('joins the Arabic name when both stand by the same figures and dates', () => {
    const arabic = 'وافقت هيئة صندوق التنمية الإقليمي على قرض بقيمة 3 مليارات دولار في 4 مايو. وقالت هيئة صندوق التنمية الإقليمي إن القرض سيصرف قريبا.';
    expect(arabicOf(resolveEntities([...english, buildArticle('ar1', arabic, 'ar')]))).toContain('صندوق التنمية الإقليمي');
  });

  it('keeps it apart when nothing around it is shared', () => {
    const arabic = 'افتتحت هيئة صندوق التنمية الإقليمي مقرا جديدا للموظفين. وقالت هيئة صندوق التنمية الإقليمي إن المقر سيفتح أبوابه للزوار.';
    expect(arabicOf(resolveEntities([...english, buildArticle('ar1', arabic, 'ar')]))).toEqual([]);
  });
});

describe('resolveEntities: institutions Latin articles name by a common noun', () => {
  const index = resolveEntities([
    buildArticle('en1', 'The central bank raised its key rate on Thursday. Analysts said the central bank had little choice.', 'en'),
    buildArticle('en2', 'Soldiers of the Valorian army entered the town. The army said it met no resistance.', 'en'),
    buildArticle('ar1', 'رفع البنك المركزي سعر الفائدة يوم الخميس. وقال البنك المركزي إن التضخم مرتفع.', 'ar'),
    buildArticle('ar2', 'دخل الجيش الفالوري البلدة. وقال الجيش الفالوري إنه لم يواجه مقاومة.', 'ar'),
  ]);
  const englishOf = (arabicName: string) =>
    index.entities.find((e) => e.name === arabicName)?.mentions.filter((m) => m.articleId.startsWith('en')).map((m) => m.text.toLowerCase()) ?? [];

  it('joins "the central bank" to the bank the Arabic articles name, word by word', () => {
    expect(englishOf('البنك المركزي')).toContain('central bank');
  });

  it('joins "the army" to the one army the Arabic articles name', () => {
    expect(englishOf('الجيش الفالوري')).toContain('army');
  });

  it('leaves a determiner and a capitalised name out of the common noun', () => {
    expect(englishOf('البنك المركزي').every((t) => !t.startsWith('the '))).toBe(true);
    expect(englishOf('الجيش الفالوري')).not.toContain('valorian');
  });
});

describe('resolveEntities: a Latin name that is an Arabic common word', () => {
  // "النهضة" is a word (a revival) the bridge knows; "Nahda" is the party's Latin name.
  const english = [
    buildArticle('en1', 'Nahda won 52 seats on 23 October, officials said. Nahda leaders welcomed the result.', 'en'),
    buildArticle('en2', 'With 52 seats, Nahda leads the new assembly.', 'en'),
  ];
  const arabicOf = (index: ReturnType<typeof resolveEntities>) =>
    index.entities.find((e) => e.name === 'Nahda' || e.aliases.includes('Nahda'))?.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text) ?? [];

  it('takes the word as the name where both stand by the same figures and dates', () => {
    expect(arabicOf(resolveEntities([...english, buildArticle('ar1', 'فازت النهضة بـ52 مقعدا في 23 أكتوبر، بحسب مسؤولين.', 'ar')]))).toContain('النهضة');
  });

  it('leaves the word alone elsewhere', () => {
    expect(arabicOf(resolveEntities([...english, buildArticle('ar1', 'تحدث الكاتب عن النهضة الثقافية في القرن الماضي.', 'ar')]))).toEqual([]);
  });
});

describe('resolveEntities: names a plain matcher misses across scripts', () => {
  it('takes a name whose last word is also a common word (a given name the stopword list holds)', () => {
    // "امين" is "amen" as well as a given name.
    const index = resolveEntities([
      buildArticle('en1', 'The envoys met Tarek Amin on 12 March, officials said. Later Tarek Amin spoke for an hour.', 'en'),
      buildArticle('ar1', 'التقى طارق أمين المبعوثين يوم 12 مارس، بحسب مسؤولين. وتحدث طارق أمين ساعة.', 'ar'),
    ]);
    const tarek = index.entities.find((e) => e.name === 'Tarek Amin' || e.aliases.includes('Tarek Amin'));
    expect(tarek?.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text)).toContain('طارق أمين');
  });

  it('takes a short name whose g is a ك in Arabic when both stand near the same figures, and not otherwise', () => {
    // Invented town "Sagara": Latin skeleton "sjr", Arabic "ساكارا" → "skr".
    const english = buildArticle('en1', 'Floods hit Sagara on 4 May and left 300 people homeless, officials said. Sagara is cut off.', 'en');
    const near = resolveEntities([english, buildArticle('ar1', 'ضربت الفيضانات ساكارا في 4 مايو وشردت 300 شخص، بحسب مسؤولين.', 'ar')]);
    const far = resolveEntities([english, buildArticle('ar1', 'افتتحت ساكارا معرضا للكتاب الأسبوع الماضي.', 'ar')]);
    const arabicOf = (index: ReturnType<typeof resolveEntities>) =>
      index.entities.find((e) => e.name === 'Sagara' || e.aliases.includes('Sagara'))?.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text) ?? [];
    expect(arabicOf(near)).toContain('ساكارا');
    expect(arabicOf(far)).not.toContain('ساكارا');
  });

  it('meets a region named in several words through its CLDR name', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The United States sent 40 trucks of aid on Friday. The United States said more would follow.', 'en'),
      buildArticle('ar1', 'أرسلت الولايات المتحدة 40 شاحنة مساعدات يوم الجمعة.', 'ar'),
    ]);
    const us = index.entities.find((e) => e.name === 'United States' || e.aliases.includes('United States'));
    expect(us?.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text)).toContain('الولايات المتحدة');
  });

  it('meets a region named in several words through the acronym of its CLDR name, dotted or not', () => {
    const index = resolveEntities([
      buildArticle('en1', 'On Friday the U.S. sent 40 trucks of aid, and officials said the U.S. would send more.', 'en'),
      buildArticle('ar1', 'أرسلت الولايات المتحدة 40 شاحنة مساعدات يوم الجمعة.', 'ar'),
    ]);
    const us = index.entities.find((e) => e.mentions.some((m) => m.text.startsWith('U.S')));
    expect(us?.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text)).toContain('الولايات المتحدة');
  });

  it('translates a name through a sense its ranked words leave out', () => {
    // "مجلس" is first "audience" in the bridge; "council" is one of its senses.
    const index = resolveEntities([
      buildArticle('en1', 'The Harbour Council met on 2 June and approved 15 projects. The Harbour Council will meet again.', 'en'),
      buildArticle('ar1', 'اجتمع مجلس الميناء في 2 يونيو ووافق على 15 مشروعا.', 'ar'),
    ]);
    const council = index.entities.find((e) => e.name === 'Harbour Council' || e.aliases.includes('Harbour Council'));
    expect(council?.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text)).toContain('مجلس الميناء');
  });
});

describe('resolveEntities: an acronym meets an Arabic run that spells it out', () => {
  // Invented body "NEA": agency, national, energy.
  const english = buildArticle('en1', 'The NEA said on 9 April that 120 plants would close. The NEA gave no date for reopening them.', 'en');
  const arabicOf = (index: ReturnType<typeof resolveEntities>) =>
    index.entities.find((e) => e.name === 'NEA' || e.aliases.includes('NEA'))?.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text) ?? [];

  it('takes the run when both stand near the same figures and dates', () => {
    const index = resolveEntities([english, buildArticle('ar1', 'قالت الوكالة الوطنية للطاقة في 9 أبريل إن 120 محطة ستغلق.', 'ar')]);
    expect(arabicOf(index)).toContain('الوكالة الوطنية للطاقة');
  });

  it('leaves a run the Arabic articles do not use as a name alone elsewhere', () => {
    const index = resolveEntities([english, buildArticle('ar1', 'ناقش خبراء مستقبل الوكالة الوطنية للطاقة في ندوة مفتوحة.', 'ar')]);
    expect(arabicOf(index)).not.toContain('الوكالة الوطنية للطاقة');
  });
});

describe('resolveEntities: a name ending on a word the stopword list holds', () => {
  it('translates it word for word when the bridge knows that word ("الثاني", second)', () => {
    const index = resolveEntities([
      buildArticle('en1', 'Fighters of the Second Brigade entered the town on 8 July with 30 vehicles. The Second Brigade held it.', 'en'),
      buildArticle('ar1', 'دخل مقاتلو اللواء الثاني البلدة في 8 يوليو بثلاثين آلية.', 'ar'),
    ]);
    const brigade = index.entities.find((e) => e.name === 'Second Brigade' || e.aliases.includes('Second Brigade'));
    expect(brigade?.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text)).toContain('اللواء الثاني');
  });
});

describe('resolveEntities: a currency English writes in lower case', () => {
  it('gives the Arabic name of a CLDR currency its English mentions after a determiner', () => {
    const index = resolveEntities([
      buildArticle('en1', 'On 3 May the Jordanian dinar fell 5 percent against the euro. Traders said the Jordanian dinar would recover.', 'en'),
      buildArticle('ar1', 'تراجع الدينار الأردني 5 بالمئة يوم 3 مايو. وقال متعاملون إن الدينار الأردني سيتعافى.', 'ar'),
    ]);
    const dinar = index.entities.find((e) => e.mentions.some((m) => m.text === 'الدينار الأردني'));
    expect(dinar?.mentions.filter((m) => m.articleId === 'en1').map((m) => m.text)).toContain('Jordanian dinar');
  });
});
