import { attachLoneClaims } from '../../../src/core/align/attach.ts';
import { prepareCase } from '../../../src/core/align/prepare.ts';
import type { Row } from '../../../src/core/types.ts';
import { buildArticle } from './build.ts';

/** Units 0..n-1, unit u is claim `${article}:c1` of article `a${u}`. */
const lone = (units: number, fits: (u: number, v: number) => boolean, need = 2) => ({
  idsOf: (u: number) => [`a${u}:c1`],
  articleOf: (u: number) => `a${u}`,
  units,
  fits,
  need,
});
const row = (id: string, units: number[], of: number): Row => ({
  id,
  claimIds: units.map((u) => `a${u}:c1`),
  missingFrom: Array.from({ length: of }, (_, u) => `a${u}`).filter((a) => !units.some((u) => `a${u}` === a)),
});

describe('lone claims beside the rows (align/attach.ts)', () => {
  it('joins a lone claim to the row whose members vouch for it, and moves no claim', () => {
    const rows = [row('r1', [0, 1], 5), row('r2', [2, 3], 5)];
    // Unit 4 meets both members of r2, one of r1; unit 0 (in r1) meets r2 too but stays where it is.
    const fits = (u: number, v: number) => (u === 4 && v !== 0) || (u === 0 && v >= 2);
    // Unit 4's blocking partners: a member of each row.
    const out = attachLoneClaims(rows, lone(5, fits), [4, 1, 4, 2, 0, 2]);
    expect(out.map((r) => r.claimIds)).toEqual([['a0:c1', 'a1:c1'], ['a2:c1', 'a3:c1', 'a4:c1']]);
    expect(out[1]!.missingFrom).toEqual(['a0', 'a1']);
    // The rows given are left as they were.
    expect(rows[1]!.claimIds).toHaveLength(2);
  });

  it('needs several members: one pair is not enough in a row of two', () => {
    const out = attachLoneClaims([row('r1', [0, 1], 3)], lone(3, (u, v) => u === 2 && v === 0), [2, 0]);
    expect(out[0]!.claimIds).toEqual(['a0:c1', 'a1:c1']);
  });

  it('tries only the rows its blocking partners stand in (no all pairs)', () => {
    const rows = [row('r1', [0, 1], 3)];
    const fitsAll = lone(3, (u) => u === 2);
    expect(attachLoneClaims(rows, fitsAll, [])[0]!.claimIds).toHaveLength(2);
    expect(attachLoneClaims(rows, fitsAll, [0, 2])[0]!.claimIds).toHaveLength(3);
  });

  it('never puts a second claim of an article in a row', () => {
    const rows = [row('r1', [0, 1], 3)];
    const sameArticle = { ...lone(3, (u) => u === 2), articleOf: (u: number) => (u === 2 ? 'a0' : `a${u}`) };
    expect(attachLoneClaims(rows, sameArticle, [2, 0])[0]!.claimIds).toHaveLength(2);
  });
});

// Own sentences: two outlets state the rate rise in a short sentence; a third states it at the head of a long
// sentence whose other clauses dilute its score; a fourth tells of a meeting about it (another event).
const cases = {
  en: [
    'The central bank raised interest rates by two points on Thursday. Bread prices climbed in the markets.',
    'On Thursday the central bank raised its interest rates by two points. Farmers protested in the north.',
    'The central bank raised interest rates in a painful but necessary step after weeks of pressure from foreign lenders, angry unions, nervous importers, idle factories, empty shelves and a sliding currency that hurt savers, pensioners, students and exporters alike.',
    'At an emergency meeting on Friday the cabinet discussed why the central bank raised interest rates, with ministers from every party attending the long session in the capital.',
  ],
  ar: [
    'رفع البنك المركزي أسعار الفائدة بنقطتين يوم الخميس. وارتفعت أسعار الخبز في الأسواق.',
    'رفع البنك المركزي يوم الخميس أسعار الفائدة نقطتين. واحتج المزارعون في الشمال.',
    'رفع البنك المركزي أسعار الفائدة في خطوة مؤلمة وضرورية بعد أسابيع من ضغوط المقرضين الأجانب والنقابات الغاضبة والمستوردين القلقين والمصانع المعطلة والرفوف الفارغة وتراجع العملة الذي أضر بالمدخرين والمتقاعدين والطلاب والمصدرين على السواء.',
    'وفي اجتماع طارئ يوم الجمعة ناقش مجلس الوزراء رفع البنك المركزي أسعار الفائدة بحضور وزراء من جميع الأحزاب في جلسة طويلة في العاصمة.',
  ],
} as const;

describe.each(Object.entries(cases))('the weaker evidence a lone claim needs (%s)', (lang, texts) => {
  const articles = texts.map((t, k) => buildArticle(`x${k}`, t, lang as 'en' | 'ar'));
  const unitOf = (article: number) => prepared.group.indexOf(article);
  const prepared = prepareCase(articles, { attachFocus: 0.3 });

  it('the long sentence meets the short ones by the part they share; the meeting about it does not', () => {
    const long = unitOf(2);
    expect(prepared.attachFits).not.toBeNull();
    expect(prepared.attachFits!(long, unitOf(0))).toBe(true);
    expect(prepared.attachFits!(long, unitOf(1))).toBe(true);
    expect(prepared.attachFits!(unitOf(3), unitOf(0))).toBe(false);
  });

  it('is on by default at 0.3, off at 0', () => {
    expect(prepareCase(articles).attachFits).not.toBeNull();
    expect(prepareCase(articles, { attachFocus: 0 }).attachFits).toBeNull();
  });
});

// Own sentences: two outlets state a death; a third states it at the head of a long sentence; a fourth
// offers condolences on it (a reaction naming the death as its object, which the frames read as its event).
const deaths = {
  en: [
    'The former president died in a hospital in the capital on Sunday at the age of 80.',
    'On Sunday the former president died in a hospital in the capital, aged 80.',
    'The former president died in a hospital in the capital on Sunday after a long illness that kept him away from public life, from his party, from his old friends and from the farm he loved for years.',
    'The former president died in a hospital in the capital on Sunday at the age of 80, the neighbouring government said in a message of condolence to his family, recalling his long years of service to the party.',
  ],
  ar: [
    'توفي الرئيس السابق في مستشفى في العاصمة يوم الأحد عن عمر ناهز 80 عاما.',
    'وتوفي الرئيس السابق يوم الأحد في مستشفى بالعاصمة عن 80 عاما.',
    'توفي الرئيس السابق في مستشفى في العاصمة يوم الأحد بعد مرض طويل أبعده عن الحياة العامة وعن حزبه وعن أصدقائه القدامى وعن المزرعة التي أحبها سنوات طويلة.',
    'وقدمت الحكومة المجاورة تعازيها في وفاة الرئيس السابق في مستشفى في العاصمة يوم الأحد عن عمر ناهز 80 عاما مستذكرة سنوات خدمته الطويلة للحزب والبلاد.',
  ],
} as const;

describe.each(Object.entries(deaths))('a reaction to the row’s event does not join its row (%s)', (lang, texts) => {
  const articles = texts.map((t, k) => buildArticle(`x${k}`, t, lang as 'en' | 'ar'));
  const fitsBoth = (options: { attachReactions: boolean }, lone: number): boolean => {
    const prepared = prepareCase(articles, { attachFocus: 0.3, ...options });
    const unitOf = (article: number) => prepared.group.indexOf(article);
    return [0, 1].every((member) => prepared.attachFits!(unitOf(lone), unitOf(member)));
  };

  it('the condolences meet the death by their words, but are refused as a reaction; the long statement of the death is not', () => {
    expect(fitsBoth({ attachReactions: false }, 3)).toBe(true);
    expect(fitsBoth({ attachReactions: true }, 3)).toBe(false);
    expect(fitsBoth({ attachReactions: true }, 2)).toBe(true);
  });
});
