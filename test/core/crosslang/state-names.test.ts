import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../src/core/entities/index.ts';
import { buildArticle } from '../align/build.ts';
import { joinStateNames } from '../../../src/core/entities/state-names.ts';
import type { ActorCandidate, CaseText } from '../../../src/core/actors/discover.ts';

const entitiesOf = (english: string, arabic: string): string[][] =>
  resolveEntities([buildArticle('en1', english, 'en'), buildArticle('ar1', arabic, 'ar')]).entities.map((e) => [e.name, ...e.aliases]);

describe('joinStateNames: "State of X" / «دولة X» is the country X', () => {
  it('joins the state head and the country name in both scripts to the country', () => {
    const names = entitiesOf(
      'Peru condemned the raid on 3 May. The State of Peru will respond, the ministry said on 4 May.',
      'دانت بيرو الهجوم يوم 3 مايو. وقالت دولة بيرو إنها سترد يوم 4 مايو.',
    );
    const peru = names.find((n) => n.includes('Peru'));
    expect(peru).toContain('State of Peru');
    expect(peru).toContain('دولة بيرو');
  });

  it("leaves a body of the country apart (its government is no name of it)", () => {
    const names = entitiesOf(
      'Peru condemned the raid on 3 May. The Government of Peru will respond, the ministry said on 4 May.',
      'دانت بيرو الهجوم يوم 3 مايو. وقالت حكومة بيرو إنها سترد يوم 4 مايو.',
    );
    const peru = names.find((n) => n.includes('Peru'));
    expect(peru).toBeDefined();
    expect(peru?.filter((n) => /government|حكومة|حكومه/iu.test(n))).toEqual([]);
  });
});

describe("addCrossScriptAliases: «وزارة … X-ية» / \"X's … Ministry\"", () => {
  const merged = (english: string): boolean =>
    entitiesOf(english, 'ووصفت وزارة الخارجية البرتغالية الهجوم بأنه انتهاك يوم 3 مايو.').some((n) => n.includes('Foreign Ministry') && n.includes('وزارة الخارجية البرتغالية'));
  it('joins the body named with the country adjective to the English name beside that country', () => {
    expect(merged("Portugal's Foreign Ministry called the raid a violation on 3 May.")).toBe(true);
  });
  it('leaves it apart when the English name stands beside another country', () => {
    expect(merged("Chile's Foreign Ministry called the raid a violation on 3 May.")).toBe(false);
  });
  it('reads an adjective that changes the end of the name (بيرو → البيروفية)', () => {
    const peru = entitiesOf("Peru's Foreign Ministry called the raid a violation on 3 May.", 'ووصفت وزارة الخارجية البيروفية الهجوم بأنه انتهاك يوم 3 مايو.');
    expect(peru.some((n) => n.includes('Foreign Ministry') && n.includes('وزارة الخارجية البيروفية'))).toBe(true);
  });
});

describe('joinStateNames: a country adjective names no country', () => {
  // Candidates as the finders leave them (folded keys), so the join is seen alone.
  const candidate = (kind: ActorCandidate['kind'], ...aliases: string[][]): ActorCandidate => ({ kind, aliases, spellings: new Map(), articles: new Set() });
  const texts = [{ lang: 'ar' }] as unknown as CaseText[];

  it('a candidate named by the people («المصريين») does not make the country two candidates', () => {
    const [country, people, state] = [candidate('place', ['مصر']), candidate('other', ['المصريين']), candidate('org', ['دوله', 'مصر'])];
    joinStateNames(texts, [country, people, state]);
    expect(country.aliases).toContainEqual(['دوله', 'مصر']);
    expect(people.aliases).toEqual([['المصريين']]);
  });

  it('«دولة» + an adjective («دولة ليبية», a Libyan state) does not join the country', () => {
    const [country, state] = [candidate('place', ['ليبيا']), candidate('org', ['دوله', 'ليبيه'])];
    joinStateNames(texts, [country, state]);
    expect(country.aliases).toEqual([['ليبيا']]);
    expect(state.aliases).toEqual([['دوله', 'ليبيه']]);
  });
});

describe('addCountryBodies: «head X-ي» / "the Xn head"', () => {
  it('makes "the Malian army" a name of «الجيش المالي», not of the country', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The Malian army said on 3 May that 40 rebels were killed near Gao. The Malian army said the town was calm on 4 May.', 'en'),
      buildArticle('ar1', 'وقال الجيش المالي يوم 3 مايو إن 40 متمردا قتلوا قرب غاو. وأكد الجيش المالي يوم 4 مايو أن المدينة هادئة.', 'ar'),
    ]);
    const army = index.entities.find((e) => e.mentions.some((m) => m.text === 'الجيش المالي'));
    expect(army?.mentions.map((m) => m.text)).toContain('Malian army');
  });

  it('makes "Mali\'s army" (the country\'s name in the possessive, opening a sentence too) a name of «الجيش المالي»', () => {
    const index = resolveEntities([
      buildArticle('en1', "Mali's army said on 3 May that 40 rebels were killed near Gao. On 4 May, Mali's army said the town was calm.", 'en'),
      buildArticle('ar1', 'وقال الجيش المالي يوم 3 مايو إن 40 متمردا قتلوا قرب غاو. وأكد الجيش المالي يوم 4 مايو أن المدينة هادئة.', 'ar'),
    ]);
    const army = index.entities.find((e) => e.mentions.some((m) => m.text === 'الجيش المالي'));
    expect(army?.mentions.filter((m) => m.text.startsWith('Mali'))).toHaveLength(2);
    expect(army?.name === "Mali's army" || army?.name === 'الجيش المالي').toBe(true);
  });

  it('adds nothing where the English head is another word', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The Malian government said on 3 May that 40 rebels were killed near Gao.', 'en'),
      buildArticle('ar1', 'وقال الجيش المالي يوم 3 مايو إن 40 متمردا قتلوا قرب غاو.', 'ar'),
    ]);
    const army = index.entities.find((e) => e.mentions.some((m) => m.text === 'الجيش المالي'));
    expect(army?.mentions.map((m) => m.text)).toEqual(['الجيش المالي']);
  });
});
