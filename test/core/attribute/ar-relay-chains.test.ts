/**
 * Arabic relays: «ذكرت وكالة X نقلا عن Y أن …» (main's relayingAsides), «نقلت القناة عن وكالة X عن Y …», «نسبت الوكالة إلى Y قوله …»,
 * «ونُقل عن Y قوله …»: the relayed speaker is the source, the outlet the via, and the chain holds every outlet
 * in the order the text states. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWordings } from './helpers.ts';

const ar = (text: string) => claimWordings(text, 'ar')[0]!;
const chainOf = (text: string) => claimsOf(text, 'ar')[0]?.attribution?.chain?.map((l) => l.text) ?? null;

describe('an outlet, then «نقلا عن» + the source', () => {
  it('right after the outlet', () => {
    const text = 'وذكرت وكالة رويترز نقلا عن ثلاثة مصادر أن الشركة ستنسحب من السوق.';
    expect(ar(text)).toMatchObject({ source: 'ثلاثة مصادر', kind: 'anonymous', via: 'وكالة رويترز', content: 'الشركة ستنسحب من السوق' });
    expect(chainOf(text)).toEqual(['وكالة رويترز', 'ثلاثة مصادر']);
  });

  it('set off by commas, with «بأن»', () => {
    expect(ar('وأفادت وكالة الأنباء الرسمية، نقلا عن مصادر أمنية، بأن المهاجمين فروا.')).toMatchObject({ source: 'مصادر أمنية', via: 'وكالة الأنباء الرسمية', content: 'المهاجمين فروا' });
  });

});

describe('«نقلت A عن B عن C»: an outlet relaying an outlet', () => {
  it('the chain holds both outlets, the source is the last', () => {
    const text = 'ونقلت قناة العربية عن وكالة رويترز عن مسؤول أمريكي أن الضربة كانت محدودة.';
    expect(ar(text)).toMatchObject({ source: 'مسؤول أمريكي', via: 'وكالة رويترز', content: 'الضربة كانت محدودة' });
    expect(chainOf(text)).toEqual(['قناة العربية', 'وكالة رويترز', 'مسؤول أمريكي']);
  });

  it('a quoted outlet name stays whole («صحيفة "لوموند" الفرنسية»)', () => {
    const text = 'ونقلت وكالة الأنباء الألمانية عن صحيفة "لوموند" الفرنسية أن الرئيس سيزور المنطقة.';
    expect(ar(text).source).toBe('صحيفة "لوموند" الفرنسية');
    expect(ar('وذكرت صحيفة "لوموند" الفرنسية أن الرئيس سيزور المنطقة.')).toMatchObject({ source: 'صحيفة "لوموند" الفرنسية', via: null });
  });

  it('a bare «الوكالة» with no outlet named before is not its own source\'s outlet', () => {
    expect(chainOf('ونقلت الوكالة عن صحيفة "لوموند" أن الرئيس سيزور المنطقة.')).toEqual(['الوكالة', 'صحيفة "لوموند"']);
  });
});

describe('other relaying verbs', () => {
  it('«نسبت الوكالة إلى X قوله»', () => {
    const text = 'ونسبت الوكالة إلى مسؤول عسكري قوله إن العملية انتهت.';
    expect(ar(text)).toMatchObject({ source: 'مسؤول عسكري', via: 'الوكالة', content: 'العملية انتهت' });
    expect(ar('ونسبت الشرطة الحادث إلى خلل فني.').source).toBeNull();
  });

  it('a passive «ونُقل عن X قوله» names the source, and «قولهما» is a noun of saying', () => {
    expect(ar('ونُقل عن مسؤول أمني قوله إن الهجوم فشل.')).toMatchObject({ source: 'مسؤول أمني', content: 'الهجوم فشل' });
    expect(ar('ونقلت رويترز عن مصدرين مطلعين قولهما إن المحادثات تعثرت.').source).toBe('مصدرين مطلعين');
  });

  it('an outlet whose name opens with «ب» after its head noun («وكالة بلومبرغ»)', () => {
    expect(ar('وتراجع الجنيه إلى مستوى قياسي، وفق ما ذكرت وكالة بلومبرغ.')).toMatchObject({ source: 'وكالة بلومبرغ', content: 'وتراجع الجنيه إلى مستوى قياسي' });
  });

  it('a toll a body announced («وفقا لآخر حصيلة أعلنتها الوزارة») is the body\'s', () => {
    expect(ar('وارتفع عدد الجرحى إلى 40، وفقا لآخر حصيلة أعلنتها وزارة الصحة.').source).toBe('وزارة الصحة');
  });
});
