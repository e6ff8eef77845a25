import { analyzeCase } from '../../../src/core/index.ts';
import { claimAnchors } from '../../../src/core/crosslang/anchors.ts';
import { linkAcrossLanguages } from '../../../src/core/crosslang/align.ts';

/** The claims of a small invented case, analysed. */
const analyzed = (inputs: Parameters<typeof analyzeCase>[0]) => analyzeCase(inputs, { claimsOnly: true }).articles;

const keys = (text: string, language: string) => new Set(claimAnchors(text, language).map((a) => a.key));

describe('claimAnchors', () => {
  it('weighs a figure both claims can write twice a word, and a small count or a year less than a word', () => {
    const weights = new Map(claimAnchors('The ministry counted 4,500 displaced families in 2023 and 3 camps.', 'en').map((a) => [a.key, a.weight]));
    const figure = [...weights].find(([k]) => k.startsWith('q:') && k.includes('4500'));
    const word = weights.get('w:ministri') ?? weights.get('w:ministry');
    expect(figure).toBeDefined();
    expect(word).toBeDefined();
    expect(figure![1]).toBe(2 * word!);
    const lesser = [...weights].filter(([k]) => k.startsWith('q:') && !k.includes('4500'));
    expect(lesser.length).toBeGreaterThanOrEqual(2);
    expect(lesser.every(([, w]) => w < word!)).toBe(true);
  });

  it('gives a figure, a name and a bridged word the same anchor in both languages', () => {
    const ar = keys('رفعت الحكومة في طهران الضرائب بنسبة 12 بالمئة', 'ar');
    const en = keys('The government in Tehran raised taxes by 12 percent', 'en');
    for (const key of ['q:pct:12', 's:thrn', 'w:govern']) {
      expect(ar.has(key), key).toBe(true);
      expect(en.has(key), key).toBe(true);
    }
  });

  it('reads a hyphenated English compound as its words, as Arabic writes them apart', () => {
    const en = keys('Lawmakers backed a tax-cut plan for low-income farmers', 'en');
    for (const key of ['w:tax', 'w:cut', 'w:low', 'w:incom']) expect(en.has(key), key).toBe(true);
    expect([...en].some((k) => k.includes('-'))).toBe(false);
  });

  it('reads a possessive as its noun, name skeleton included', () => {
    const en = keys('The council’s decree angered Hamdan\'s allies and the farmers\' union', 'en');
    for (const key of ['w:council', 'w:farmer', 's:hmdn']) expect(en.has(key), key).toBe(true);
    expect([...en].some((k) => k.includes("'") || k === 's:hmdns')).toBe(false);
  });

  it('gives a noun the verb it derives from, at a lower weight, so an Arabic verb meets it', () => {
    const weights = new Map(claimAnchors('Voters stayed home', 'en').map((a) => [a.key, a.weight]));
    expect(weights.get('w:voter')).toBe(1);
    expect(weights.get('w:vote')).toBeGreaterThan(0);
    expect(weights.get('w:vote')).toBeLessThan(1);
  });

  it('weighs an Arabic word’s later English words at 1/√rank, not far below its first', () => {
    const words = claimAnchors('قرر المجلس رفع الضرائب', 'ar').filter((a) => a.key.startsWith('w:')).map((a) => a.weight);
    expect(words.filter((w) => Math.abs(w - Math.SQRT1_2) < 1e-9).length).toBeGreaterThanOrEqual(2);
    expect(words.some((w) => Math.abs(w - 0.5) < 1e-9)).toBe(false);
  });

  it('lets an ordinal written as a figure meet the Arabic ordinal word', () => {
    const en = keys('The 4th Brigade left the town', 'en');
    const ar = keys('انسحب اللواء الرابع من البلدة', 'ar');
    expect([...en].filter((k) => k.startsWith('w:') && ar.has(k))).toContain('w:4th');
  });

  it('leaves stop words out', () => {
    expect(keys('The of and', 'en').size).toBe(0);
  });
});

describe('linkAcrossLanguages', () => {
  const articles = analyzed([
    { id: 'ar1', raw: 'أعلنت الحكومة في طهران رفع الضرائب بنسبة 12 بالمئة.\nوهطلت أمطار غزيرة على الساحل الشمالي.', language: 'ar' },
    { id: 'en1', raw: 'The government in Tehran announced a 12 percent rise in taxes.\nA football match ended in a draw in Lisbon.', language: 'en' },
  ]);

  it('joins the claims of two languages that state one proposition, and only those', () => {
    const rows = linkAcrossLanguages(articles, []);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.claimIds).toEqual(expect.arrayContaining(['ar1:c1', 'en1:c1']));
    expect(rows[0]!.missingFrom).toEqual([]);
  });

  it('returns the rows unchanged when the case has one language', () => {
    const arOnly = articles.filter((a) => a.language === 'ar');
    const rows = [{ id: 'r1', claimIds: ['ar1:c1', 'x:c1'], missingFrom: [] }];
    expect(linkAcrossLanguages(arOnly, rows)).toEqual(rows);
  });
});

describe('correspond', () => {
  it('marks the figures, names and translated words two languages share, and what one side alone has', async () => {
    const { correspond } = await import('../../../src/core/crosslang/correspond.ts');
    const ar = 'قتل 12 شخصا في غارة على حلب';
    const en = '12 people were killed in Aleppo near the border';
    const result = correspond({ text: ar, language: 'ar' }, { text: en, language: 'en' });
    const shared = (spans: typeof result.a) => spans.filter((s) => s.shared).map((s) => s.text);
    expect(shared(result.a)).toContain('12');
    expect(shared(result.b)).toEqual(expect.arrayContaining(['12', 'killed']));
    expect(result.b.find((s) => s.text === 'border')?.shared).toBe(false);
    for (const s of result.a) expect(ar.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('linkAcrossLanguages: rows of one language, summed', () => {
  const articles = analyzed([
    { id: 'ar1', raw: 'ارتفعت الضرائب في طهران.', language: 'ar' },
    { id: 'ar2', raw: 'أعلنت الحكومة زيادة بنسبة 12 بالمئة.', language: 'ar' },
    { id: 'en1', raw: 'The government in Tehran raised taxes by 12 percent.', language: 'en' },
  ]);
  const arabicRow = [{ id: 'r1', claimIds: ['ar1:c1', 'ar2:c1'], missingFrom: ['en1'] }];
  const joined = (rows: ReturnType<typeof linkAcrossLanguages>) => rows.some((r) => r.claimIds.includes('en1:c1') && r.claimIds.includes('ar1:c1'));

  it('joins a claim to a row whose claims together share its anchors, where no claim alone shares enough', () => {
    expect(joined(linkAcrossLanguages(articles, arabicRow, { minShared: 5, rowThreshold: 0, support: 0 }))).toBe(false);
    expect(joined(linkAcrossLanguages(articles, arabicRow, { minShared: 5, rowThreshold: 0.1, support: 0 }))).toBe(true);
  });
});

describe('linkAcrossLanguages: a join is judged on the claim pairs it makes', () => {
  const articles = analyzed([
    { id: 'ar1', raw: 'أعلنت الحكومة في طهران رفع الضرائب بنسبة 12 بالمئة.', language: 'ar' },
    { id: 'en1', raw: 'The government in Tehran announced a 12 percent rise in taxes.', language: 'en' },
    { id: 'en2', raw: 'A football match ended in a draw in Lisbon.', language: 'en' },
    { id: 'en3', raw: 'Heavy snow closed the mountain roads for a week.', language: 'en' },
    { id: 'en4', raw: 'The museum reopened its gallery of old maps.', language: 'en' },
  ]);
  // A (wrong) row of one language: one claim states the Arabic claim's proposition, three do not.
  const looseRow = [{ id: 'r1', claimIds: ['en1:c1', 'en2:c1', 'en3:c1', 'en4:c1'], missingFrom: ['ar1'] }];
  const joined = (rows: ReturnType<typeof linkAcrossLanguages>) => rows.some((r) => r.claimIds.includes('ar1:c1') && r.claimIds.includes('en1:c1'));

  it('does not pull a claim into a row most of whose claims share nothing with it', () => {
    expect(joined(linkAcrossLanguages(articles, looseRow, { support: 0 }))).toBe(true);
    expect(joined(linkAcrossLanguages(articles, looseRow, { support: 0.3 }))).toBe(false);
    // Unchanged where the row is right.
    expect(joined(linkAcrossLanguages(articles, [{ id: 'r1', claimIds: ['en1:c1'], missingFrom: [] }], { support: 0.3 }))).toBe(true);
  });
});

describe('linkAcrossLanguages: the story’s common words count once a rare anchor meets the pair', () => {
  const articles = analyzed([
    { id: 'ar1', raw: 'أعلنت الحكومة في طهران رفع الضرائب بنسبة 12 بالمئة.', language: 'ar' },
    { id: 'ar2', raw: 'أغلقت المتاجر في طهران أبوابها احتجاجا على الضرائب.\nدافعت الحكومة في طهران عن الضرائب أمام البرلمان.', language: 'ar' },
    { id: 'en1', raw: 'Taxes in Tehran will be 12 percent, the government said.', language: 'en' },
    { id: 'en2', raw: 'Shops in Tehran closed their doors in protest at the taxes.\nThe government in Tehran kept the taxes for a year.', language: 'en' },
  ]);
  const joined = (rows: ReturnType<typeof linkAcrossLanguages>) => rows.some((r) => r.claimIds.includes('ar1:c1') && r.claimIds.includes('en1:c1'));
  // A cap of 3 claims makes "Tehran", "taxes" and "government" too common for the postings here.
  const base = { maxDf: 3, minShared: 2, support: 0 };

  it('joins a pair that shares one rare figure and the common words, only when common anchors count', () => {
    expect(joined(linkAcrossLanguages(articles, [], { ...base, commonAnchors: false }))).toBe(false);
    expect(joined(linkAcrossLanguages(articles, [], { ...base, commonAnchors: true }))).toBe(true);
  });

  it('does not make a candidate of a pair that shares common words alone', () => {
    const rows = linkAcrossLanguages(articles, [], { ...base, commonAnchors: true });
    expect(rows.some((r) => r.claimIds.includes('ar2:c2') && r.claimIds.includes('en2:c2'))).toBe(false);
  });
});

describe('linkAcrossLanguages: one outlet’s second sentence leaves a row a join would give two voices', () => {
  const articles = analyzed([
    { id: 'ar1', raw: 'أعلنت وزارة المالية في عمّان خفض ضريبة الوقود بنسبة 8 بالمئة اعتبارا من أول يونيو.', language: 'ar' },
    { id: 'ar2', raw: 'خفضت الحكومة في عمّان ضريبة الوقود 8 بالمئة.', language: 'ar' },
    { id: 'en1', raw: 'The government in Amman cut the fuel tax, a step drivers and farmers in the north had long demanded after weeks of protests over prices.', language: 'en' },
    { id: 'en2', raw: 'The finance ministry in Amman announced an 8 percent cut in the fuel tax from June 1.\nBakers in Amman welcomed the news.', language: 'en' },
  ]);
  // Rows of one language as given: the English row holds en2's second sentence, not the cut.
  const rows = [
    { id: 'r1', claimIds: ['ar1:c1', 'ar2:c1'], missingFrom: ['en1', 'en2'] },
    { id: 'r2', claimIds: ['en1:c1', 'en2:c2'], missingFrom: ['ar1', 'ar2'] },
  ];
  const rowOf = (out: ReturnType<typeof linkAcrossLanguages>, id: string) => out.find((r) => r.claimIds.includes(id));

  it('joins the rest of the row and leaves the stray sentence out, where the old rule kept the rows apart', () => {
    expect(articles.find((a) => a.id === 'en2')!.claims.map((c) => c.id)).toEqual(['en2:c1', 'en2:c2']);
    const on = linkAcrossLanguages(articles, rows);
    const cut = rowOf(on, 'ar1:c1')!;
    expect(cut.claimIds).toEqual(expect.arrayContaining(['ar1:c1', 'ar2:c1', 'en1:c1', 'en2:c1']));
    expect(cut.claimIds).not.toContain('en2:c2');
    const off = linkAcrossLanguages(articles, rows, { oneOutletStray: false });
    expect(rowOf(off, 'ar1:c1')!.claimIds).not.toContain('en1:c1');
  });
});
