/** Source spans on a story none of the fixtures tell: quoted names, dropped subjects, titles with names. */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const attributions = (text: string, lang: 'ar' | 'en') =>
  claimsOf(text, lang)
    .filter((c) => c.attribution)
    .map((c) => ({ source: c.attribution!.source.text, kind: c.attribution!.source.kind, cue: c.attribution!.cue.text }));

describe('an organisation name with a quoted or adjectival part stays whole (Arabic)', () => {
  it('قوات "X Y" without إن/أن keeps the quoted name; a day after the name is not part of it', () => {
    expect(attributions('أعلنت قوات "الدرع الصامد" سيطرتها على المطار.', 'ar')[0]).toMatchObject({ source: 'قوات "الدرع الصامد"', kind: 'organization' });
    expect(attributions('أعلنت قوات «النجم الساطع» الأحد سيطرتها على الجسر.', 'ar')[0]).toMatchObject({ source: 'قوات «النجم الساطع»' });
    expect(attributions('أعلنت مليشيا الدرع الصامد المتمردة الأحد سيطرتها على مقر الفرقة.', 'ar')[0]!.source).toBe('مليشيا الدرع الصامد المتمردة');
  });

  it('a bare two-word definite name after "إلى أن" is whole and an organisation', () => {
    expect(attributions('وأشارت الدرع الصامد إلى أن مقاتليها عبروا النهر.', 'ar')[0]).toMatchObject({ source: 'الدرع الصامد', kind: 'organization' });
    expect(attributions('وأشارت الجبهة الشعبية إلى أن مقاتليها عبروا النهر.', 'ar')[0]).toMatchObject({ source: 'الجبهة الشعبية', kind: 'organization' });
    // One definite name is still a person.
    expect(attributions('وأشار الخطيب إلى أن الجسر مغلق.', 'ar')[0]).toMatchObject({ source: 'الخطيب', kind: 'person' });
  });
});

describe('a dropped-subject verb takes no word of the previous clause as its source (Arabic)', () => {
  it('"وصفتها بالوحشية. وأشارت إلى أن" continues the organisation', () => {
    expect(attributions('ونددت المنظمة بالهجمات التي وصفتها بالوحشية. وأشارت إلى أن المدنيين فروا من البلدة.', 'ar')).toEqual([
      { source: 'المنظمة', kind: 'organization', cue: 'ونددت' },
      { source: 'المنظمة', kind: 'organization', cue: 'وأشارت' },
    ]);
  });

  it('"المعارك التي وصفتها بالضارية، وأشارت إلى أن": the relative is the object; the clause subject speaks', () => {
    const found = attributions('وتحدثت اللجنة عن المعارك التي وصفتها بالضارية، وأشارت إلى أن المدنيين فروا من البلدة.', 'ar');
    expect(found.map((a) => a.source)).not.toContain('بالضارية');
    expect(found.at(-1)).toMatchObject({ source: 'اللجنة', cue: 'وأشارت' });
  });
});

describe('a title, then a name between commas (Arabic)', () => {
  it('"كبير مستشاري …، Name، السبت، أن" gives the person with the name', () => {
    const [a] = attributions('وأعلن كبير مستشاري الرئيس الفرنسي للشؤون الأفريقية، كريم الصفدي، السبت، أن المفاوضات ستستأنف.', 'ar');
    expect(a).toMatchObject({ kind: 'person', cue: 'وأعلن' });
    expect(a!.source).toContain('كريم الصفدي');
  });

  it('a family name with the article still joins the title', () => {
    expect(attributions('وقال مستشار الرئيس للشؤون الأمنية، نادر الخطيب، إن الاتفاق قريب.', 'ar')[0]!.source).toBe('مستشار الرئيس للشؤون الأمنية، نادر الخطيب');
  });
});

describe('English subjects on a fresh story', () => {
  it('"A militia fighting the army in … claimed": the subject head, not the object of the participle', () => {
    expect(attributions('A powerful militia fighting the army in the northern province claimed on Sunday that it had seized the airport.', 'en')[0]).toMatchObject({ source: 'A powerful militia', cue: 'claimed' });
    expect(attributions('Farmers blocking the highway near the capital said they would stay until Friday.', 'en')[0]!.source).toBe('Farmers');
    // An -ing word that is no participle before a determiner stays in the phrase.
    expect(attributions('The ruling party said the vote was fair.', 'en')[0]!.source).toBe('The ruling party');
    // After a preposition the -ing word is a gerund: the phrase after its object is the subject.
    expect(attributions('Upon reading the final count the senator said he had won.', 'en')[0]!.source).toBe('the senator');
  });

  it('"a … force" is an organisation, like "forces"', () => {
    expect(attributions('A small volunteer force guarding the dam said on Monday that the water level was falling.', 'en')[0]).toMatchObject({ source: 'A small volunteer force', kind: 'organization' });
  });

  it('"Council Secretary-General First Last told" is a person', () => {
    expect(attributions('Arctic Council Secretary-General Marta Olsen told reporters that the talks would resume.', 'en')[0]).toMatchObject({ source: 'Arctic Council Secretary-General Marta Olsen', kind: 'person' });
  });

  it('"Spokesperson First Last shared footage …, in what he described as …" keeps that person', () => {
    const found = attributions('The army said it had retaken the bridge. Militia spokesperson Omar Dell shared footage showing fighters at the base, in what he described as a decisive victory.', 'en');
    expect(found.at(-1)).toMatchObject({ source: 'Militia spokesperson Omar Dell', kind: 'person', cue: 'described' });
    // With no person opening the sentence, "he" still goes back to the latest man named.
    const back = attributions('Governor Alan Ruiz said the roads were open. Crews worked through the night, in what he called a record effort.', 'en');
    expect(back.at(-1)).toMatchObject({ source: 'Governor Alan Ruiz', cue: 'called' });
  });
});

describe('a statement that something was not (yet) said is no report', () => {
  it('"has yet to confirm or deny the claim" and "has not yet confirmed" stay in the outlet’s voice', () => {
    const claims = claimsOf('The rebels said they had taken the base. The army has yet to confirm or deny the claim. The ministry has not yet confirmed the report.', 'en');
    expect(claims.map((c) => c.attribution?.source.text ?? null)).toEqual(['The rebels', null, null]);
  });
});
