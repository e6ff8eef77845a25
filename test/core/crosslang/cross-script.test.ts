import { resolveEntities } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';

// Invented stories: the Arabic article names, in its own words, what the English ones name.
const arabicMentionsOf = (index: ReturnType<typeof resolveEntities>, latinName: string, articleId: string): string[] => {
  const entity = index.entities.find((e) => e.name === latinName || e.aliases.includes(latinName));
  return entity ? entity.mentions.filter((m) => m.articleId === articleId).map((m) => m.text) : [];
};

describe('addCrossScriptAliases (through resolveEntities)', () => {
  it('joins an organisation whose Arabic name translates its English name word by word', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The Free National Front rejected the budget on Monday. The Free National Front called for a vote.', 'en'),
      buildArticle('en2', 'Leaders of the Free National Front met in the capital.', 'en'),
      buildArticle('ar1', 'قالت الجبهة الوطنية الحرة إنها ترفض الميزانية، ودعت إلى تصويت.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'Free National Front', 'ar1')).toContain('الجبهة الوطنية الحرة');
  });

  it('joins a name whose word-by-word translation gives a synonym of an English word', () => {
    // The bridge reads «السريعة» as "fast"; the English name says "Rapid".
    const index = resolveEntities([
      buildArticle('en1', 'The Rapid Protection Forces entered the town on Monday. The Rapid Protection Forces said the road was open.', 'en'),
      buildArticle('en2', 'Residents fled as the Rapid Protection Forces advanced.', 'en'),
      buildArticle('ar1', 'قالت قوات الحماية السريعة إن الطريق مفتوح، بعد دخولها البلدة يوم الاثنين.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'Rapid Protection Forces', 'ar1')).toContain('قوات الحماية السريعة');
  });

  it('joins through a noun synonym: a league is an alliance', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The Relief Alliance opened two clinics. The Relief Alliance asked for more funds.', 'en'),
      buildArticle('en2', 'Doctors of the Relief Alliance treated the wounded.', 'en'),
      buildArticle('ar1', 'افتتح تحالف الإغاثة عيادتين، وطلب تحالف الإغاثة مزيدا من الأموال.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'Relief Alliance', 'ar1')).toContain('تحالف الإغاثة');
  });

  it('does not join through a synonym when another word of the name does not translate', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The Rapid Protection Forces entered the town on Monday. The Rapid Protection Forces said the road was open.', 'en'),
      buildArticle('en2', 'Residents fled as the Rapid Protection Forces advanced.', 'en'),
      buildArticle('ar1', 'قالت قوات الإغاثة السريعة إن الطريق مفتوح، بعد دخولها البلدة يوم الاثنين.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'Rapid Protection Forces', 'ar1')).toEqual([]);
  });

  it('joins a one-word name the bridge translates, though its skeleton is too short to compare', () => {
    const index = resolveEntities([
      buildArticle('en1', 'OSLO (Wire) - Negotiators met in Oslo on Monday. Oslo offered to host the next round.', 'en'),
      buildArticle('en2', 'The talks in Oslo ended without a deal.', 'en'),
      buildArticle('ar1', 'اجتمع المفاوضون في أوسلو يوم الاثنين، وعرضت أوسلو استضافة الجولة المقبلة.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'Oslo', 'ar1')).toContain('أوسلو');
  });

  it('does not join a common noun to a name of several words that holds it', () => {
    const index = resolveEntities([
      buildArticle('en1', 'Ships crossed the Baltic Sea on Monday. The Baltic Sea was calm.', 'en'),
      buildArticle('en2', 'Patrols in the Baltic Sea were stepped up.', 'en'),
      buildArticle('ar1', 'عبرت السفن البحر يوم الاثنين، وكان البحر هادئا.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'Baltic Sea', 'ar1')).toEqual([]);
  });

  it('does not join an Arabic name that translates only part of the English one', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The Free National Front rejected the budget on Monday. The Free National Front called for a vote.', 'en'),
      buildArticle('en2', 'Leaders of the Free National Front met in the capital.', 'en'),
      buildArticle('ar1', 'رفضت جبهة الإنقاذ الميزانية يوم الاثنين، ودعت الجبهة الوطنية إلى تصويت.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'National Salvation Front', 'ar1')).toEqual([]);
  });

  it('makes a country both scripts name one place, its Arabic adjective included', () => {
    const index = resolveEntities([
      buildArticle('en1', 'Envoys met in Portugal on Monday. Portugal offered to host the next round.', 'en'),
      buildArticle('en2', 'The talks in Portugal ended without a deal.', 'en'),
      buildArticle('ar1', 'اجتمع المبعوثون في البرتغال يوم الاثنين، وعرضت الحكومة البرتغالية استضافة الجولة المقبلة.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'Portugal', 'ar1')).toEqual(expect.arrayContaining(['البرتغال']));
  });

  it('joins a long one-word name spelled a letter apart in the other script', () => {
    const index = resolveEntities([
      buildArticle('en1', 'Korvatz said the strike would go on. Korvatz spoke after the meeting.', 'en'),
      buildArticle('en2', 'The union leader Korvatz refused to comment.', 'en'),
      buildArticle('ar1', 'قال كورفاتس إن الإضراب سيستمر.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'Korvatz', 'ar1')).toContain('كورفاتس');
  });
});

describe('bodies named differently in the two languages (Arabic WordNet phrases)', () => {
  it('joins an acronym with the Arabic name whose words are not its letters', () => {
    const index = resolveEntities([
      buildArticle('en1', 'NATO held an emergency meeting on Tuesday. NATO said its ships stayed in port.', 'en'),
      buildArticle('en2', 'Officials of NATO met in the capital.', 'en'),
      buildArticle('ar1', 'عقد حلف شمال الأطلسي اجتماعا طارئا يوم الثلاثاء، وقال إن سفنه بقيت في الميناء.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'NATO', 'ar1')).toContain('حلف شمال الأطلسي');
  });

  it('still joins a generic ministry word by word when WordNet names one country\'s body otherwise', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The Ministry of Defence denied the report on Monday. The Ministry of Defence gave no figures.', 'en'),
      buildArticle('en2', 'A spokesman for the Ministry of Defence spoke to reporters.', 'en'),
      buildArticle('ar1', 'نفت وزارة الدفاع التقرير يوم الاثنين ولم تقدم أرقاما.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'Ministry of Defence', 'ar1')).toContain('وزارة الدفاع');
  });

  it('makes one body of a ministry the English articles name in two word orders, with and without its country', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The Tunisian Ministry of Interior said on 12 March that 40 people were held. The Ministry of Interior gave no names.', 'en'),
      buildArticle('en2', 'Police held 40 people, the Tunisian Interior Ministry said. The Interior Ministry said the arrests followed clashes.', 'en'),
      buildArticle('ar1', 'قالت وزارة الداخلية التونسية يوم 12 مارس إنها اعتقلت 40 شخصا. وأضافت وزارة الداخلية أن المعتقلين سيحاكمون.', 'ar'),
    ]);
    const ministry = index.entities.filter((e) => [e.name, ...e.aliases].some((n) => /Ministry/u.test(n)));
    expect(ministry).toHaveLength(1);
    expect(ministry[0]!.aliases.concat(ministry[0]!.name)).toEqual(expect.arrayContaining(['Interior Ministry', 'Ministry of Interior', 'وزارة الداخلية التونسية']));
  });

  it('reads the head of a compound the bridge gives as the word of a name («الحرس»: bodyguard → Guard)', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The Revolutionary Guard seized a tanker on 12 March. The Revolutionary Guard said 20 crew were held.', 'en'),
      buildArticle('en2', 'Officers of the Revolutionary Guard boarded the ship.', 'en'),
      buildArticle('ar1', 'احتجز الحرس الثوري ناقلة يوم 12 مارس، وقال الحرس الثوري إن 20 بحارا محتجزون.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'Revolutionary Guard', 'ar1')).toContain('الحرس الثوري');
  });

  it('reads a word a CLDR name taught the bridge («المتحد»: united, from «الولايات المتحدة»)', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The United Workers Party won 40 seats on 3 June. The United Workers Party will lead talks.', 'en'),
      buildArticle('en2', 'Leaders of the United Workers Party met in the capital.', 'en'),
      buildArticle('ar1', 'فاز حزب العمال المتحد بـ40 مقعدا يوم 3 يونيو، وسيقود حزب العمال المتحد المحادثات.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'United Workers Party', 'ar1')).toContain('حزب العمال المتحد');
  });

  it('keeps apart two ministries whose English names share a word only', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The Interior Ministry said on 12 March that 40 people were held. The Justice Ministry said they would be tried.', 'en'),
      buildArticle('en2', 'The Interior Ministry gave no names. The Justice Ministry set no date.', 'en'),
      buildArticle('ar1', 'قالت وزارة الداخلية يوم 12 مارس إنها اعتقلت 40 شخصا. وقالت وزارة العدل إنهم سيحاكمون.', 'ar'),
    ]);
    const interior = index.entities.find((e) => e.name === 'Interior Ministry' || e.aliases.includes('Interior Ministry'));
    expect(interior?.aliases).toContain('وزارة الداخلية');
    expect([interior!.name, ...interior!.aliases]).not.toContain('Justice Ministry');
  });
});

describe('ordinals in names', () => {
  it('joins a unit named by an ordinal built on another stem («السادس» / Sixth)', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The Sixth Army crossed the river on Monday. The Sixth Army said the bridge held.', 'en'),
      buildArticle('en2', 'Officers of the Sixth Army met the governor.', 'en'),
      buildArticle('ar1', 'عبر الجيش السادس النهر يوم الاثنين، وقال إن الجسر صمد.', 'ar'),
    ]);
    expect(arabicMentionsOf(index, 'Sixth Army', 'ar1')).toContain('الجيش السادس');
  });
});
