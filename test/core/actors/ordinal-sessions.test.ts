import { findActors } from '../../../src/core/actors/index.ts';
import { resolveCase } from '../../../src/core/entities/resolve.ts';
import { buildArticle } from '../align/build.ts';
import { labelsOf } from './find.ts';

// Invented bodies and people: a conference with a session's ordinal, its president named after a long title.
const names = (...texts: string[]): string[] =>
  resolveCase(texts.map((t, n) => buildArticle(`a${n + 1}`, t, 'ar'))).candidates.map((c) => c.aliases[c.aliases.length - 1]!.join(' '));

describe('Arabic ordinals after a body\'s name: a session, read whole', () => {
  it('ends the body\'s name before the ordinal compound', () => {
    const found = names('انعقد مؤتمر المانحين التاسع والعشرين في المدينة. وقال مسؤولون إن مؤتمر المانحين التاسع والعشرين نجح.');
    expect(found).toContain('موتمر المانحين');
    expect(found.some((n) => n.includes('التاسع'))).toBe(false);
  });

  it('takes a compound right after the head whole, not cut at its «و»', () => {
    const found = names('وفي المؤتمر الحادي والثلاثين للحزب قال المندوبون إن الوحدة قوية. ويعقد المؤتمر الحادي والثلاثين كل عام.');
    expect(found).toContain('الموتمر الحادي والثلاثين');
    expect(found).not.toContain('الموتمر الحادي');
  });
});

describe('a title with a long head before a person\'s name is the person\'s, not a second actor\'s', () => {
  const actors = findActors([
    buildArticle('a1', 'وقال رئيس مؤتمر المانحين التاسع والعشرين تامر زيدوف إن الاتفاق عادل. وأضاف زيدوف أن الدول الغنية ستدفع.', 'ar'),
    buildArticle('a2', 'وأعلن رئيس مؤتمر المانحين تامر زيدوف أن مؤتمر المانحين نجح. وقال زيدوف إن التمويل سيزيد.', 'ar'),
    buildArticle('e1', 'Donors conference president Tamer Zeydov said the deal was fair. Zeydov added that rich nations would pay.', 'en'),
  ]);

  it('gives the whole title, ordinal and all, to the person, once', () => {
    expect(labelsOf(actors, 'تامر زيدوف', 'a1')).toEqual(['رئيس مؤتمر المانحين التاسع والعشرين']);
    expect(labelsOf(actors, 'تامر زيدوف', 'a2')).toEqual(['رئيس مؤتمر المانحين']);
    expect(labelsOf(actors, 'تامر زيدوف', 'e1')).toEqual(['Donors conference president']);
  });

  it('leaves the conference without the office its president holds', () => {
    const conference = actors.find((a) => a.name === 'مؤتمر المانحين');
    // Found first: without it the label check below would pass on an empty list.
    expect(conference).toBeDefined();
    expect(conference!.labels.map((l) => l.text)).not.toContain('رئيس');
  });
});
