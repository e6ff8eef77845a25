import { brokenPluralSingulars } from '../../../src/core/lang/ar/lemmas.ts';
import { englishFor, englishForNoun, englishInName, isBridgedEnglishWord, phraseNameFor } from '../../../src/core/crosslang/bridge.ts';
import { placeNameFor } from '../../../src/core/entities/place-names.ts';
import { adjectivesOf, nounsOf } from '../../../src/core/crosslang/synonyms.ts';
import { foldForMatch } from '../../../src/core/normalize/index.ts';
import { claimAnchors } from '../../../src/core/crosslang/anchors.ts';

const en = (word: string) => englishFor(foldForMatch(word));

describe('englishFor', () => {
  it('finds the English words of an Arabic noun under its article and clitics', () => {
    expect(en('الحكومة')).toContain('government');
    expect(en('وللحكومة')).toContain('government');
    expect(en('حكومتها')).toContain('government');
  });

  it('finds a verb under its person ending', () => {
    expect(en('أعلنت')).toContain('announce');
    expect(en('فرّوا')).toContain('flee');
  });

  it('finds a verb under its imperfect prefixes and a plural under a pronoun', () => {
    expect(en('سندافع')).toContain('defend');
    expect(en('مرشحينا')).toContain('candidate');
  });


  it('gives nothing for a word the bridge does not know', () => {
    expect(en('بلابلا')).toEqual([]);
  });
});

describe('englishForNoun', () => {
  it('takes off only what a noun carries (article, endings)', () => {
    expect(englishForNoun(foldForMatch('الحكومات'))).toContain('government');
  });

});

describe('placeNameFor', () => {
  it("gives a country's English name for its Arabic name and its adjective", () => {
    expect(placeNameFor(foldForMatch('البرتغال'))).toBe('portugal');
    expect(placeNameFor(foldForMatch('وللبرتغال'))).toBe('portugal');
    expect(placeNameFor(foldForMatch('البرتغالية'))).toBe('portugal');
  });

  it('leaves out names cut short in the source, which stand for several places', () => {
    expect(placeNameFor(foldForMatch('الولايات'))).toBeUndefined();
    expect(placeNameFor(foldForMatch('الحكومة'))).toBeUndefined();
  });
});

describe('nisba adjectives through WordNet pertainyms', () => {
  it('reads an adjective the bridge lacks as the adjectives of the noun it is built on', () => {
    expect(englishFor('المركزيه')).toContain('central');
    expect(englishFor('والنقديه')).toContain('monetary');
  });

  it('leaves a word the bridge has as it is, and a name without a known base alone', () => {
    expect(englishFor('الانتخابي')).toEqual(['electoral']);
    expect(englishFor('البلامي')).toEqual([]);
  });

  it('gives English adjectives their nouns and back', () => {
    expect(nounsOf('electoral')).toContain('election');
    expect(adjectivesOf('money')).toContain('monetary');
    expect(isBridgedEnglishWord('red')).toBe(true);
    expect(isBridgedEnglishWord('tuma')).toBe(false);
  });
});

describe('names CLDR cut to a common word', () => {
  it("puts a common word's own senses ahead of the name it was cut from", () => {
    // «منطقة» is the first word of CLDR's "Unknown Region"; «الجبل» of Montenegro's «الجبل الأسود».
    expect(en('المنطقة').slice(0, 3)).toEqual(['area', 'region', 'district']);
    expect(en('الجبل')[0]).toBe('mountain');
  });

  it("keeps a country's own name first", () => {
    expect(en('السودان')[0]).toBe('sudan');
    expect(en('اليونان')[0]).toBe('greece');
  });
});

describe('country adjectives Arabic WordNet lacks, through CLDR', () => {
  it("reads the adjective as the country's name, then its English adjectives", () => {
    // Arabic WordNet has no «بوليفي» nor «موريتاني»; CLDR names the countries.
    expect(en('البوليفية')).toEqual(['bolivia', 'bolivian']);
    expect(en('والبوليفيين')[0]).toBe('bolivia');
    expect(en('الموريتاني')[0]).toBe('mauritania');
  });

  it('leaves words the bridge has, and words that name no country, as they were', () => {
    expect(en('الحكومة')).not.toContain('bolivia');
    expect(en('بلابلا')).toEqual([]);
  });

  it('lets an Arabic claim naming the adjective meet an English one naming the country', () => {
    const keys = (text: string, language: 'ar' | 'en') => new Set(claimAnchors(text, language).map((a) => a.key));
    const arabic = keys('قال وزير المالية البوليفي إن العجز انخفض', 'ar');
    const english = keys("Bolivia's finance minister said the deficit fell", 'en');
    expect(arabic.has('w:bolivia') && english.has('w:bolivia')).toBe(true);
  });

  it("lets an Arabic claim naming the adjective meet an English one writing the adjective", () => {
    const keys = (text: string, language: 'ar' | 'en') => new Set(claimAnchors(text, language).map((a) => a.key));
    const arabic = keys('قالت وزارة الداخلية الموريتانية إن المعبر أغلق', 'ar');
    const english = keys('The Mauritanian interior ministry said the crossing was closed', 'en');
    expect([...arabic].filter((k) => english.has(k) && k.includes('mauritan')).length).toBeGreaterThan(0);
  });

  it("reads adjectives only: a country's name the bridge misses is not read through CLDR here", () => {
    // «للنمسا» is «ل» + «النمسا», its alef gone: a name, the bridge's own business (CLDR names are in it).
    expect(en('للنمسا')).toEqual([]);
    expect(en('للبرتغال')).toEqual([]);
    expect(en('الموريتانية')[0]).toBe('mauritania');
  });
});

describe('nisba adjectives through their other gender', () => {
  it('reads a masculine nisba the bridge lacks through the feminine noun it has', () => {
    expect(englishFor('الدولي')[0]).toBe('internationalism');
  });
});

describe('englishInName: every sense a name may use', () => {
  it('adds the senses the ranked words leave out, which englishFor keeps out', () => {
    // "مجلس": audience first; council is a sense of its own.
    expect(englishInName(foldForMatch('مجلس'))).toContain('council');
    expect(englishFor(foldForMatch('مجلس'))).not.toContain('council');
  });

  it('reads a word with the article both as written and as its bare noun', () => {
    expect(englishInName(foldForMatch('الأمن'))).toEqual(expect.arrayContaining(['police', 'security']));
  });
});

describe('phraseNameFor: CLDR names of several words', () => {
  it('names a region or body written in several words, a glued conjunction allowed', () => {
    expect(phraseNameFor(['والولايات', 'المتحده'])).toBe('united states');
    expect(phraseNameFor([foldForMatch('الأمم'), foldForMatch('المتحدة')])).toBe('united nations');
  });

  it('reads a currency CLDR writes indefinite in its definite form, the article on each word', () => {
    expect(phraseNameFor(['بالدينار', foldForMatch('الأردني')])).toBe('jordanian dinar');
  });

  it('gives nothing for one word or a run that is no name', () => {
    expect(phraseNameFor(['المتحده'])).toBeUndefined();
    expect(phraseNameFor(['الحكومه', 'المتحده'])).toBeUndefined();
  });
});

describe('country adjectives of every gender and number', () => {
  it('finds the country of a feminine or plural adjective, and of a name ending in alef', () => {
    expect(placeNameFor(foldForMatch('السورية'))).toBe('syria');
    expect(placeNameFor(foldForMatch('الفرنسيين'))).toBe('france');
    expect(placeNameFor(foldForMatch('الأوروبي'))).toBe('europe');
  });
});

describe('ordinals', () => {
  it('gives the English ordinal of an Arabic one built on a number word, both genders', () => {
    expect(en('الثالثة')[0]).toBe('third');
    expect(en('السابع')[0]).toBe('seventh');
  });
});

describe('phraseNameFor: bodies Arabic WordNet names by a phrase', () => {
  it('gives the English name WordNet has for the body, and for its name without the generic head', () => {
    expect(phraseNameFor(['منظمه', 'حلف', 'شمال', 'الاطلسي'])).toBe('north atlantic treaty organization');
    expect(phraseNameFor(['حلف', 'شمال', 'الاطلسي'])).toBe('north atlantic treaty organization');
    expect(phraseNameFor(['جامعه', 'الدول', 'العربيه'])).toBe('arab league');
  });

  it('gives nothing for a phrase of common words that names no body', () => {
    expect(phraseNameFor(['شمال', 'المدينه'])).toBeUndefined();
  });
});

describe('ordinals built on another stem than their count word', () => {
  it('reads «السادسة» and «الأولى» as the English ordinal, in words and in figures', () => {
    expect(englishFor('السادسه')).toEqual(expect.arrayContaining(['sixth', '6th']));
    expect(englishFor('الثالث')).toEqual(expect.arrayContaining(['third', '3rd']));
    expect(englishInName('الاولي')).toContain('1st');
  });
});

describe('broken plurals the bridge lacks', () => {
  it('reads a plural of a common pattern as its singular', () => {
    expect([...brokenPluralSingulars('والاحكام')]).toContain('حكم');
    expect([...brokenPluralSingulars('الوزراء')]).toContain('وزير');
    expect(englishFor('الوزراء')).toContain('minister');
    expect(englishFor('والاحزاب')).toContain('party');
  });
  it('gives nothing for a word of no such pattern', () => {
    expect([...brokenPluralSingulars('الحكومه')]).toEqual([]);
  });
});
