import { describe, expect, it } from 'vitest';
import { buildArticle, buildRow } from '../../../fixtures/builders.ts';
import { analyzeCase } from '../../../src/core/analyze.ts';
import { toMarkdown } from '../../../src/core/export/markdown.ts';
import type { CaseAnalysis } from '../../../src/core/types.ts';

describe('toMarkdown rows', () => {
  it('counts the outlets of a row, not its claims (issue 10, item 2)', () => {
    const herald = buildArticle({ id: 'herald', outlet: 'Herald', sentences: ['The dam broke at dawn.', 'The dam broke before sunrise, residents said.'] });
    const courier = buildArticle({ id: 'courier', outlet: 'Courier', sentences: ['The dam broke at dawn on Tuesday.'] });
    const post = buildArticle({ id: 'post', outlet: 'Post', sentences: ['Rain is expected.'] });
    const articles = [herald, courier, post];
    // Two claims of one outlet and one of another: a row of 2 outlets out of 3.
    const row = buildRow([herald.claims[0]!, herald.claims[1]!, courier.claims[0]!], articles);
    const analysis: CaseAnalysis = { articles, rows: [row], actors: [], diagnostics: [] };
    const heading = toMarkdown(analysis).split('\n').find((line) => line.startsWith('### Row'));
    expect(heading).toContain('2 of 3 outlets');
  });

  it('names a headline in a row as the headline, not as a claim in the outlet’s own voice', () => {
    const herald = buildArticle({ id: 'herald', outlet: 'Herald', sentences: ['Dam breaks at dawn', 'Water reached the village by noon.'] });
    const courier = buildArticle({ id: 'courier', outlet: 'Courier', sentences: ['The dam broke at dawn on Tuesday.'] });
    herald.claims[0] = { ...herald.claims[0]!, kind: 'title' };
    const row = buildRow([herald.claims[0]!, courier.claims[0]!], [herald, courier]);
    const members = toMarkdown({ articles: [herald, courier], rows: [row], actors: [], diagnostics: [] })
      .split('\n')
      .filter((line) => line.startsWith('- **'));
    expect(members.find((line) => line.startsWith('- **Herald**'))).toMatch(/— \*headline\*$/);
    expect(members.find((line) => line.startsWith('- **Courier**'))).toMatch(/— \*own voice\*$/);
  });
});

describe('toMarkdown rows across languages', () => {
  it('diffs the other outlets against the main outlet’s lead, not its headline, and shows the outlet’s own claims as written', () => {
    const herald = buildArticle({ id: 'herald', outlet: 'Herald', sentences: ['Dam breaks at dawn', 'The dam broke at dawn on Tuesday, flooding the valley.'] });
    const courier = buildArticle({ id: 'courier', outlet: 'Courier', sentences: ['The dam broke at dawn on Tuesday.'] });
    herald.claims[0] = { ...herald.claims[0]!, kind: 'title' };
    const row = buildRow([herald.claims[0]!, herald.claims[1]!, courier.claims[0]!], [herald, courier]);
    const members = toMarkdown({ articles: [herald, courier], rows: [row], actors: [], diagnostics: [] })
      .split('\n')
      .filter((line) => line.startsWith('- **'));
    // Against the lead only "flooding the valley" is missing; against the headline most words would differ.
    expect(members.find((line) => line.startsWith('- **Courier**'))).toMatch(/^- \*\*Courier\*\*: The dam broke at dawn on Tuesday\S* ?\[-,? ?flooding the valley/);
    expect(members.filter((line) => line.startsWith('- **Herald**')).every((line) => !/\[-|\{\+/.test(line))).toBe(true);
  });

  it('shows a claim in another language as written with what corresponds, never a word diff between two languages', () => {
    const herald = buildArticle({ id: 'herald', outlet: 'Herald', language: 'en', sentences: ['The storm killed 14 people in the port city.'] });
    const sahil = buildArticle({ id: 'sahil', outlet: 'الساحل', language: 'ar', sentences: ['قتلت العاصفة 14 شخصا في المدينة الساحلية.'] });
    const courier = buildArticle({ id: 'courier', outlet: 'Courier', language: 'en', sentences: ['The storm killed 15 people in the port.'] });
    const articles = [herald, sahil, courier];
    const row = buildRow([herald.claims[0]!, sahil.claims[0]!, courier.claims[0]!], articles);
    const lines = toMarkdown({ articles, rows: [row], actors: [], diagnostics: [] }).split('\n');
    const arabic = lines.find((line) => line.startsWith('- **الساحل**'))!;
    expect(arabic).toContain('قتلت العاصفة 14 شخصا في المدينة الساحلية.');
    expect(arabic).not.toMatch(/\[-|\{\+/);
    expect(arabic).toMatch(/other language than the main version \(en\): \d+ of \d+ words and figures correspond: .*14/);
    // Same language: still a word diff.
    expect(lines.find((line) => line.startsWith('- **Courier**'))).toMatch(/\[-14 ?-\]\{\+15 ?\+\}/);
  });
});

describe('toMarkdown claims and sources', () => {
  it('does not count a heading or a credit line as a claim in the outlet’s own voice, and names it', () => {
    const article = buildArticle({ id: 'herald', outlet: 'Herald', sentences: ['Flood warning', 'The river rose two metres overnight.', 'Reporting by a staff writer'] });
    article.claims[0] = { ...article.claims[0]!, kind: 'heading' };
    article.claims[2] = { ...article.claims[2]!, kind: 'credit' };
    const markdown = toMarkdown({ articles: [article], rows: [], actors: [], diagnostics: [] });
    const outletRow = markdown.split('\n').find((line) => line.startsWith('| Herald |'))!;
    // Claims, then own voice: one claim, in the outlet's voice.
    expect(outletRow.split(' | ').slice(1, 3)).toEqual(['1', '1']);
    expect(markdown).toContain('1 claims (0 attributed');
    expect(markdown).toContain('|  | Flood warning | *heading, not a claim* |');
    expect(markdown).toContain('|  | Reporting by a staff writer | *credit, not a claim* |');
    // The claims are numbered 1… as the count above them says; the heading and the credit take no number.
    expect(markdown).toContain('| 1 | The river rose two metres overnight. |');
  });
});

describe('toMarkdown sources', () => {
  it('prints a source as the Sources view names it: without a glued preposition or quotation marks', () => {
    const analysis = analyzeCase([
      { id: 'wahat', outlet: 'الواحة', language: 'ar', raw: 'ارتفعت أسعار الخبز في المدينة بنسبة عشرين بالمئة، وفقا للمتحدث باسم نقابة الخبازين.\n\nوأغلقت ثلاثة مخابز أبوابها.' },
      { id: 'courier', outlet: 'Courier', language: 'en', raw: 'Bread prices in the city rose by twenty percent, according to the “Bakers Union” spokesman.\n\nThree bakeries closed.' },
    ]);
    // The spans the text gives (what a report printed before).
    expect(analysis.articles.map((a) => a.claims[0]?.attribution?.source.text)).toEqual(['للمتحدث باسم نقابة الخبازين', 'the “Bakers Union” spokesman']);
    const markdown = toMarkdown(analysis);
    // (The claims themselves keep their wording.)
    for (const cut of ['| للمتحدث', '*للمتحدث', '| the “Bakers', '*the “Bakers']) expect(markdown).not.toContain(cut);
    // In each article's claim table …
    expect(markdown).toContain('| المتحدث باسم نقابة الخبازين | person |');
    expect(markdown).toContain('| the Bakers Union spokesman | person |');
    // … and beside each claim of a row.
    const rowLines = markdown.split('\n').filter((line) => line.startsWith('- **'));
    expect(rowLines.some((line) => line.includes('— *المتحدث باسم نقابة الخبازين* (وفقا)'))).toBe(true);
    expect(rowLines.some((line) => line.includes('— *the Bakers Union spokesman* (according to)'))).toBe(true);
  });
});

describe('toMarkdown actors', () => {
  it('lists an actor no outlet labels once below the table, not as a row of dashes', () => {
    const herald = buildArticle({ id: 'herald', outlet: 'Herald', sentences: ['The harbour board met.'] });
    const courier = buildArticle({ id: 'courier', outlet: 'Courier', sentences: ['The board met again.'] });
    const labelled = { id: 'x1', name: 'Harbour Board', labels: [{ articleId: 'herald', text: 'embattled', stance: 'negative' as const, origin: 'discovered' as const, start: 4, end: 13 }] };
    const bare = { id: 'x2', name: 'Port City', labels: [] };
    const lines = toMarkdown({ articles: [herald, courier], rows: [], actors: [labelled, bare], diagnostics: [] }).split('\n');
    expect(lines.filter((line) => line.startsWith('| Harbour Board |'))).toHaveLength(1);
    expect(lines.some((line) => line.startsWith('| Port City |'))).toBe(false);
    expect(lines).toContain('Also named, with no label in any outlet: Port City.');
  });
});
