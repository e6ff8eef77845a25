import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';

const namesOf = (index: ReturnType<typeof resolveEntities>): string[][] => index.entities.map((e) => [e.name, ...e.aliases]);
const together = (index: ReturnType<typeof resolveEntities>, a: string, b: string): boolean => namesOf(index).some((n) => n.includes(a) && n.includes(b));

describe('resolveEntities: a country the Latin articles name only by its adjective', () => {
  it('joins the adjective to the country the Arabic articles name', () => {
    const index = resolveEntities([
      buildArticle('en1', 'Portuguese officials said on 12 March that 300 prisoners were freed. The Portuguese envoy added that 20 more would follow on 14 March.', 'en'),
      buildArticle('en2', 'Portuguese officials met the envoy again on 14 March.', 'en'),
      buildArticle('ar1', 'وقالت البرتغال يوم 12 مارس إن 300 سجين أطلق سراحهم. وأضافت البرتغال أن 20 آخرين سيتبعون يوم 14 مارس.', 'ar'),
    ]);
    expect(together(index, 'Portuguese', 'البرتغال')).toBe(true);
  });
});

describe('resolveEntities: a body the Arabic articles name by its relational adjective alone', () => {
  const english = (head: string) => [
    buildArticle('en1', `The ${head} said on 12 March that 300 prisoners were freed. The ${head} added that 20 more would follow on 14 March.`, 'en'),
    buildArticle('en2', `The ${head} spoke again on 14 March.`, 'en'),
  ];
  it('joins «الداخلية» standing as a noun to the Interior Ministry', () => {
    const index = resolveEntities([...english('Interior Ministry'), buildArticle('ar1', 'وقالت الداخلية يوم 12 مارس إن 300 سجين أطلق سراحهم. وأضافت الداخلية أن 20 آخرين سيتبعون يوم 14 مارس.', 'ar')]);
    expect(together(index, 'Interior Ministry', 'الداخلية')).toBe(true);
  });
  it('leaves the adjective of a noun or of a title alone', () => {
    const index = resolveEntities([
      ...english('Foreign Ministry'),
      buildArticle('ar1', 'وقال وزير الخارجية يوم 12 مارس إن 300 سجين أطلق سراحهم. وتغيرت السياسة الخارجية يوم 14 مارس بعد إطلاق 20 آخرين.', 'ar'),
    ]);
    const arabic = index.entities.flatMap((e) => e.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text));
    expect(arabic).not.toContain('الخارجية');
  });
});

describe('resolveEntities: an acronym does not expand a run across a stop word', () => {
  it('leaves «… في …» apart from the acronym', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The WFP met the delegation in the capital on 12 March. The talks with the WFP covered 300 trucks.', 'en'),
      buildArticle('en2', 'The WFP said it would return on 20 March.', 'en'),
      buildArticle('ar1', 'التقى برنامج الأغذية العالمي الوفد في العاصمة يوم 12 مارس. وتناولت المحادثات 300 شاحنة.', 'ar'),
    ]);
    const wfp = namesOf(index).find((n) => n.includes('WFP')) ?? [];
    expect(wfp.some((n) => n.includes('في'))).toBe(false);
  });
});

describe('resolveEntities: the conjunction glued to a name the Arabic articles list («وX»)', () => {
  it('shows the name without «و» when its Latin form opens on another letter', () => {
    const index = resolveEntities([
      buildArticle('en1', 'Jets struck Karso on 12 March, killing 30 people. Karso officials said 20 more were hurt on 14 March.', 'en'),
      buildArticle('en2', 'Residents of Karso buried the 30 dead on 14 March.', 'en'),
      buildArticle('ar1', 'قصفت الطائرات المدينة وكارسو يوم 12 مارس، ما أدى إلى مقتل 30 شخصا. وأصيب 20 آخرون في المدينة وكارسو يوم 14 مارس.', 'ar'),
    ]);
    const names = namesOf(index).find((n) => n.includes('Karso')) ?? [];
    expect(names).toContain('كارسو');
    expect(names).not.toContain('وكارسو');
  });

  it('shows a translated name without «و» when its first word is a dictionary word behind it', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The European Union called a meeting on 12 March over the 30 ships held. The European Union said 20 envoys would attend on 14 March.', 'en'),
      buildArticle('en2', 'The European Union met again on 14 March.', 'en'),
      buildArticle('ar1', 'دعت الحكومة والاتحاد الأوروبي يوم 12 مارس إلى اجتماع بشأن 30 سفينة. وقالت الحكومة والاتحاد الأوروبي إن 20 مبعوثا سيحضرون يوم 14 مارس.', 'ar'),
    ]);
    const names = namesOf(index).find((n) => n.includes('European Union')) ?? [];
    expect(names).toContain('الاتحاد الأوروبي');
    expect(names).not.toContain('والاتحاد الأوروبي');
  });

  it('keeps «و» that writes the Latin name’s own w', () => {
    const index = resolveEntities([
      buildArticle('en1', 'Talks led by William Tursen ended on 12 March with 30 prisoners freed. Tursen said 20 more would follow on 14 March.', 'en'),
      buildArticle('en2', 'William Tursen met the envoy again on 14 March.', 'en'),
      buildArticle('ar1', 'انتهت المحادثات التي قادها وليام تورسن يوم 12 مارس بالإفراج عن 30 سجينا. وقال وليام تورسن إن 20 آخرين سيتبعون يوم 14 مارس.', 'ar'),
    ]);
    const names = namesOf(index).find((n) => n.includes('William Tursen')) ?? [];
    expect(names).toContain('وليام تورسن');
  });
});

describe('resolveEntities: a blend is no compound («الأوروبي» → "Eurafrican" is not "African")', () => {
  it('keeps the European Union apart from the African Union', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The African Union called a meeting on 12 March over the 30 ships held. The African Union said 20 envoys would attend on 14 March.', 'en'),
      buildArticle('en2', 'The African Union met again on 14 March.', 'en'),
      buildArticle('ar1', 'دعت الأمم المتحدة والاتحاد الأوروبي يوم 12 مارس إلى اجتماع بشأن 30 سفينة محتجزة. وقال الاتحاد الأوروبي إن 20 مبعوثا سيحضرون يوم 14 مارس.', 'ar'),
    ]);
    expect(together(index, 'African Union', 'الاتحاد الأوروبي')).toBe(false);
    expect(together(index, 'African Union', 'والاتحاد الأوروبي')).toBe(false);
  });
});
