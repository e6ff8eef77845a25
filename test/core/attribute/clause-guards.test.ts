/** Who can be a cue's subject: scene phrases, conditions, agreement, prepositional objects, participles, passives. */
import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

describe('a fronted time or place phrase never speaks', () => {
  it('Arabic: «وفي وقت سابق، أعلن …» takes the name after the verb (written elsewhere in the article), not the phrase', () => {
    const claims = claimsOf('قالت وكالة الأنباء إن الرئيس دان فو لي ألقى كلمة مساء الأحد. وفي وقت سابق، أعلن دان فو لي أن الوضع خطير.', 'ar');
    expect(attributionAt(claims, 'الوضع خطير')?.source.text).toBe('دان فو لي');
  });
  it('Arabic: «وعقب هذا الاجتماع، …» and «قبل قليل، …» are no source', () => {
    for (const text of ['وعقب هذا الاجتماع، أعلن أن الحدود مغلقة.', 'قبل قليل، أعلن أن الحدود مغلقة.']) {
      expect(claimsOf(text, 'ar')[0]!.attribution?.source.text ?? '').not.toMatch(/الاجتماع|قليل/u);
    }
  });
  it('English: "Earlier, said …" keeps no "Earlier" as its speaker', () => {
    const claims = claimsOf('The council met at noon. Earlier, the harbour master said the port would close.', 'en');
    expect(attributionAt(claims, 'port would close')?.source.text).toBe('the harbour master');
  });
});

describe('a coordinated verb shares the subject of the verb that opens its clause', () => {
  it('«وبعد ذلك، أمر وزير الزراعة سامي قادر بعقد اجتماع … ودعا إلى …» is the minister, not the whole verb phrase', () => {
    const claims = claimsOf('وبعد ذلك، أمر وزير الزراعة سامي قادر بعقد اجتماع عاجل لكبار المزارعين ودعا إلى ترشيد استهلاك المياه.', 'ar');
    expect(claims[0]!.attribution?.source.text).toBe('وزير الزراعة سامي قادر');
  });
});

describe('a prepositional object is never a source', () => {
  it('«… يطالب برفع الحظر» takes no «برفع الحظر» as the source', () => {
    const claims = claimsOf('وأصدر المجلس البلدي قرارا يطالب برفع الحظر عن السوق القديمة.', 'ar');
    expect(claims[0]!.attribution?.source.text ?? '').not.toContain('برفع');
  });
  it('«وطلبت من السكان …»: the word the cue requires, right after it, opens its complement; the speaker goes on', () => {
    const claims = claimsOf('وأعلنت اللجنة إغلاق الطريق. وطلبت من السكان البقاء في منازلهم.', 'ar');
    expect(attributionAt(claims, 'البقاء في منازلهم')?.source.text).toBe('اللجنة');
    expect(claimsOf('وطلبت الوزارة من المواطنين البقاء في منازلهم.', 'ar')[0]!.attribution?.source.text).toBe('الوزارة');
  });
});

describe('verb–subject agreement', () => {
  it('«ودعت المواطنين إلى …»: a feminine verb takes no masculine plural subject; the carried speaker goes on', () => {
    const claims = claimsOf('النقابة وصفت القانون بأنه جائر، ودعت المواطنين إلى التظاهر أمام الوزارة.', 'ar');
    expect(attributionAt(claims, 'ودعت')?.source.text).toBe('النقابة');
  });
  it('a feminine verb still takes a feminine subject, and a masculine one a masculine plural', () => {
    expect(claimsOf('ودعت النقابة المواطنين إلى التظاهر.', 'ar')[0]!.attribution?.source.text).toBe('النقابة');
    expect(claimsOf('وقال المسؤولون إن الطريق مغلق.', 'ar')[0]!.attribution?.source.text).toBe('المسؤولون');
  });
});

describe('a conditional clause reports nothing', () => {
  it('English: "… must resign if the council demands it" gives the council no claim', () => {
    const claims = claimsOf('Under the charter, the mayor must resign if the council demands it by a two-thirds vote.', 'en');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.attribution).toBeNull();
    // Outside a condition the same verb reports.
    expect(claimsOf('The council demands that the mayor resign.', 'en')[0]!.attribution?.source.text).toBe('The council');
  });
  it('Arabic: «إذا طالب البرلمان بذلك» gives the parliament no claim', () => {
    const claims = claimsOf('ويتعين على الحاكم التنحي إذا طالب البرلمان بذلك بأغلبية الثلثين.', 'ar');
    expect(claims.every((c) => c.attribution === null)).toBe(true);
  });
});

describe('a participle with no comma hangs on the clause before it', () => {
  it('"… while hundreds of farmers gathered outside chanting: «…»" is the farmers, not the earlier speaker', () => {
    const claims = claimsOf('The minister said the talks had failed. Police sealed the square, while hundreds of farmers gathered outside chanting: "no farms, no food" and faced off with riot police.', 'en');
    const chant = attributionAt(claims, 'no farms');
    expect(chant?.source.text).toBe('hundreds of farmers');
    expect(chant?.cue?.text).toBe('chanting');
    // "and faced off with …" after the quotation is no report of its own.
    expect(claims.some((c) => c.attribution?.cue?.text === 'faced')).toBe(false);
  });
});

describe('passives: the agent speaks; a reduced relative on an object reports nothing', () => {
  it('"was vocally opposed even by the head of X, Name, who …" is the agent with its apposition', () => {
    const claims = claimsOf("The governor's plan, which he cast as a reform, was vocally opposed even by the head of his own party, Tara Lind, who voted against it.", 'en');
    expect(claims[0]!.attribution?.source.text).toBe('the head of his own party, Tara Lind');
  });
  it('"voted to lift a contested curfew declared Monday by Governor X" is no report', () => {
    const claims = claimsOf('Councillors voted to lift a contested curfew declared Monday by Governor Ilse Marr, ending a tense week.', 'en');
    expect(claims[0]!.attribution).toBeNull();
  });
});
