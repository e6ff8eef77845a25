import { describe, expect, it } from 'vitest';
import type { AttributedSource, Claim, RelayLink } from '../../src/core/types.ts';
import { citedOutlets, cleanSourceText, groupSources, personName, type CitingArticle } from '../../src/model/sourceIdentity.ts';

let n = 0;
function claim(source: Omit<AttributedSource, 'start' | 'end'>, chain?: RelayLink[]): Pick<Claim, 'id' | 'attribution'> {
  n++;
  return {
    id: `c${n}`,
    attribution: { source: { ...source, start: 0, end: source.text.length }, cue: { text: 'قال', start: 0, end: 3, stance: 'neutral', lemma: 'قال' }, quote: 'indirect', rule: 't', ...(chain ? { chain } : {}) },
  };
}

describe('one source, one row', () => {
  it('a speaker named with and without title, quotation marks or apposition is one row', () => {
    const articles: CitingArticle[] = [
      { id: 'a', label: 'Outlet A', language: 'ar', claims: [claim({ text: 'اللواء سامي الورفلي', kind: 'person', role: 'اللواء' }), claim({ text: '«الورفلي»', kind: 'person' })] },
      {
        id: 'b',
        label: 'Outlet B',
        language: 'ar',
        claims: [claim({ text: 'سامي الورفلي، المتحدث باسم الشرطة', kind: 'person', role: 'المتحدث باسم الشرطة' }), claim({ text: 'الورفلي', kind: 'person' })],
      },
    ];
    const groups = groupSources(articles);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ text: 'سامي الورفلي', kind: 'person', outlets: ['Outlet A', 'Outlet B'] });
    expect(groups[0]!.claimIds).toHaveLength(4);
    expect(groups[0]!.affiliations).toEqual(['اللواء', 'المتحدث باسم الشرطة']);
  });

  it('English: "Mr. Okafor" joins "Daniel Okafor"; a surname two people share stays apart', () => {
    const groups = groupSources([
      {
        id: 'a',
        label: 'A',
        language: 'en',
        claims: [
          claim({ text: 'Daniel Okafor', kind: 'person' }),
          claim({ text: 'Mr. Okafor', kind: 'person', role: 'Mr.' }),
          claim({ text: 'Ruth Lindqvist, a senior adviser on energy', kind: 'person', role: 'a senior adviser on energy' }),
          claim({ text: 'Anna Lindqvist', kind: 'person' }),
          claim({ text: 'Lindqvist', kind: 'person' }),
        ],
      },
    ]);
    expect(groups.map((g) => [g.text, g.claimIds.length]).sort()).toEqual([
      ['Anna Lindqvist', 1],
      ['Daniel Okafor', 2],
      ['Lindqvist', 1],
      ['Ruth Lindqvist', 1],
    ]);
  });

  it('a shorter name spelt another way joins the fuller one; short look-alike names stay apart', () => {
    const groups = groupSources([
      {
        id: 'a',
        label: 'A',
        language: 'ar',
        claims: [
          claim({ text: 'وزير الداخلية كمال تشاكير أوزتورك', kind: 'person', role: 'وزير الداخلية' }),
          // The affricate written «ج» here, «تش» above: one surname.
          claim({ text: 'جاكير أوزتورك', kind: 'person' }),
          claim({ text: 'علي حسن', kind: 'person' }),
          // «حسين» shares «حسن»'s consonants but is another name.
          claim({ text: 'محمد علي حسين', kind: 'person' }),
        ],
      },
    ]);
    const rows = new Map(groups.map((g) => [g.text, g.claimIds.length]));
    expect(rows.get('كمال تشاكير أوزتورك')).toBe(2);
    expect(rows.has('جاكير أوزتورك')).toBe(false);
    expect(rows.get('علي حسن')).toBe(1);
    expect(rows.get('محمد علي حسين')).toBe(1);
  });

  it('a joint statement is listed under each speaker, with the title each is given', () => {
    const groups = groupSources([
      {
        id: 'a',
        label: 'A',
        language: 'ar',
        claims: [claim({ text: 'وزير المالية الأردني سليم حداد، ونظيره العماني خالد الريامي', kind: 'person', role: 'وزير المالية الأردني' })],
      },
      { id: 'b', label: 'B', language: 'en', claims: [claim({ text: 'Trade Minister Ana Ruiz and her Chilean counterpart Luis Mena', kind: 'person', role: 'Trade Minister' })] },
    ]);
    expect(groups.map((g) => [g.text, g.affiliations.join(' ; ')]).sort()).toEqual([
      ['Ana Ruiz', 'Trade Minister'],
      ['Luis Mena', 'her Chilean counterpart'],
      ['خالد الريامي', 'نظيره العماني'],
      ['سليم حداد', 'وزير المالية الأردني'],
    ]);
    expect(new Set(groups.flatMap((g) => g.claimIds)).size).toBe(2);
  });

  it('two titles of one person, or two names with no title, are one source', () => {
    const groups = groupSources([
      {
        id: 'a',
        label: 'A',
        language: 'ar',
        claims: [claim({ text: 'قائد القوات البحرية ورئيس الأركان سالم يوسف', kind: 'person', role: 'قائد القوات البحرية ورئيس الأركان' })],
      },
      {
        id: 'b',
        label: 'B',
        language: 'en',
        claims: [
          claim({ text: 'Omar Diallo, an economist and head of the Sahel Policy Centre', kind: 'person', role: 'an economist and head of the Sahel Policy Centre' }),
          claim({ text: 'Grace Oyelaran and Tomas Brandt', kind: 'person' }),
        ],
      },
    ]);
    expect(groups.map((g) => g.text).sort()).toEqual(['Grace Oyelaran and Tomas Brandt', 'Omar Diallo', 'سالم يوسف']);
  });

  it('names shown keep no quotation marks and no glued preposition', () => {
    expect(cleanSourceText('للمتحدث باسم الوزارة', 'ar')).toBe('المتحدث باسم الوزارة');
    expect(cleanSourceText('“Nadia Farouk”', 'en')).toBe('Nadia Farouk');
    // An apostrophe is part of the wording; quotation marks around it are not.
    expect(cleanSourceText('the harbour’s pilots', 'en')).toBe('the harbour’s pilots');
    expect(cleanSourceText('‘the harbour’s pilots’', 'en')).toBe('the harbour’s pilots');
    expect(personName({ text: 'الوزير', role: 'الوزير' }, 'ar')).toBe('');
  });
});

describe('cited outlets', () => {
  it('counts each outlet’s relayed outlets, naming a case article by its outlet', () => {
    const rows = citedOutlets([
      {
        id: 'a',
        label: 'Morning Star',
        language: 'ar',
        claims: [
          claim({ text: 'مصادر', kind: 'anonymous' }, [{ text: 'صحيفة «المساء»', kind: 'media', articleId: 'b' }, { text: 'مصادر', kind: 'anonymous' }]),
          claim({ text: 'مسؤول', kind: 'anonymous' }, [{ text: 'المساء', kind: 'media', articleId: 'b' }, { text: 'مسؤول', kind: 'anonymous' }]),
          claim({ text: 'وكالة رويترز', kind: 'media' }, [{ text: 'وكالة رويترز', kind: 'media' }]),
          claim({ text: 'الوزير', kind: 'person' }),
        ],
      },
      { id: 'b', label: 'Evening Post', language: 'ar', claims: [] },
    ]);
    expect(rows.map((r) => [r.citing, r.cited, r.claimIds.length, r.citedArticleId ?? null])).toEqual([
      ['Morning Star', 'Evening Post', 2, 'b'],
      ['Morning Star', 'وكالة رويترز', 1, null],
    ]);
  });
});

describe('cited outlets: one relayed outlet, one row', () => {
  it('folds wordings of one outlet and drops a stray small-letter word', () => {
    const rows = citedOutlets([
      {
        id: 'a',
        label: 'Morning Star',
        language: 'ar',
        claims: [
          claim({ text: 'مصادر', kind: 'anonymous' }, [{ text: 'صحيفة blorp الإيطالية', kind: 'media' }, { text: 'مصادر', kind: 'anonymous' }]),
          claim({ text: 'مسؤول', kind: 'anonymous' }, [{ text: 'صحيفة blorp الإيطالية', kind: 'media' }, { text: 'مسؤول', kind: 'anonymous' }]),
          claim({ text: 'صحيفة إيطالية', kind: 'media' }, [{ text: 'صحيفة إيطالية', kind: 'media' }]),
          claim({ text: 'وكالة «الفجر»', kind: 'media' }, [{ text: 'وكالة «الفجر»', kind: 'media' }]),
          claim({ text: 'الفجر', kind: 'media' }, [{ text: 'الفجر', kind: 'media' }]),
        ],
      },
    ]);
    expect(rows.map((r) => [r.cited, r.claimIds.length])).toEqual([
      ['صحيفة إيطالية', 3],
      ['الفجر', 2],
    ]);
    expect(rows.some((r) => r.cited.includes('blorp'))).toBe(false);
  });
});

describe('one source, one row: titles before names and titles alone', () => {
  it('"title، rank name" is the name; a title alone joins the one person holding it; a surname shared by two joins the one with the same title', () => {
    const groups = groupSources([
      {
        id: 'a',
        label: 'A',
        language: 'ar',
        claims: [
          claim({ text: 'مدير الإعلام في الوزارة، العميد سامي الورفلي', kind: 'person', role: 'مدير الإعلام في الوزارة' }),
          claim({ text: 'الورفلي', kind: 'person', role: 'مدير الإعلام في الوزارة' }),
          claim({ text: 'وزير النقل', kind: 'person', role: 'وزير النقل' }),
          claim({ text: 'هاني كامل أوزتورك', kind: 'person', role: 'وزير النقل' }),
          claim({ text: 'أوزتورك', kind: 'person', role: 'وزير النقل' }),
          claim({ text: 'سليم أوزتورك', kind: 'person' }),
        ],
      },
    ]);
    expect(groups.map((g) => [g.text, g.claimIds.length]).sort()).toEqual([
      ['سامي الورفلي', 2],
      ['سليم أوزتورك', 1],
      ['هاني كامل أوزتورك', 3],
    ]);
  });
});

describe('speakers named by the worker', () => {
  it('groups by the speaker the worker carried, and names a corrected source anew', async () => {
    const { applyCorrections } = await import('../../src/model/applyCorrections.ts');
    const { emptyCorrections } = await import('../../src/model/correctionsSlice.ts');
    const { buildArticle } = await import('../../fixtures/builders.ts');
    const article = buildArticle({ id: 'h', sentences: [{ text: 'Gen. Hale said the road was open.', source: 'Gen. Hale', cue: 'said' }, { text: 'The minister said so too.', source: 'The minister', cue: 'said' }] });
    // The worker's name for the first source (a stand-in: nothing on the main thread would find it).
    article.claims[0]!.attribution!.source.speaker = { name: 'Ruth Hale', text: 'Ruth Hale', key: 'person|ruth hale' };
    const view = (claims: typeof article.claims) => [{ id: 'h', label: 'Herald', language: 'en', claims }];
    expect(groupSources(view(article.claims)).map((g) => g.text)).toContain('Ruth Hale');
    const corrected = applyCorrections({ articles: [article], rows: [], actors: [], diagnostics: [] }, { ...emptyCorrections, claimEdits: { 'h:c1': { sourceText: 'Hale', kind: 'person' } } });
    expect(corrected.claimsById['h:c1']!.attribution!.source.speaker).toBeUndefined();
    expect(groupSources(view(corrected.articles[0]!.claims)).map((g) => g.text)).not.toContain('Ruth Hale');
  });
});

describe('one source, one row across scripts', () => {
  it('joins the wordings of one actor of the case in either script, and leaves a name two actors share apart', () => {
    const articles: CitingArticle[] = [
      { id: 'a', label: 'A', language: 'en', claims: [claim({ text: 'Doran Velik', kind: 'person' }), claim({ text: 'Mira Sand', kind: 'person' })] },
      { id: 'b', label: 'B', language: 'ar', claims: [claim({ text: 'الرئيس دوران فيليك', kind: 'person', role: 'الرئيس' }), claim({ text: 'ساند', kind: 'person' })] },
    ];
    const actors = [
      { id: 'x1', name: 'Doran Velik', aliases: ['دوران فيليك', 'فيليك'] },
      { id: 'x2', name: 'Mira Sand', aliases: ['ساند'] },
      { id: 'x3', name: 'Ivo Sand', aliases: ['ساند'] },
    ];
    const groups = groupSources(articles, actors);
    const velik = groups.filter((g) => g.text === 'Doran Velik' || g.text === 'دوران فيليك');
    expect(velik).toHaveLength(1);
    expect(velik[0]!.outlets).toEqual(['A', 'B']);
    expect(velik[0]!.affiliations).toEqual(['الرئيس']);
    // «ساند» is an alias of two actors: it names neither.
    expect(groups.map((g) => g.text)).toEqual(expect.arrayContaining(['Mira Sand', 'ساند']));
    expect(groupSources(articles)).toHaveLength(4);
  });
});
