// Actor mentions with offsets, carried for a screen (AnalyzeOptions.forScreen): Compare's actor filter reads them.
import { analyzeCase } from '../../src/core/index.ts';
import type { ArticleInput } from '../../src/core/types.ts';

// Invented outlets and names.
const INPUTS: ArticleInput[] = [
  { id: 'north', outlet: 'North Wire', language: 'en', raw: 'General Velmar Stone met envoys in the northern city on Monday. Protesters threw a stone at the convoy.' },
  { id: 'south', outlet: 'South Post', language: 'en', raw: 'General Velmar Stone met envoys in the northern city on Monday. Stone later left the capital by road.' },
];

describe('analyzeCase: actor mentions', () => {
  it('gives each mention of an actor as offsets into its article, the surname alone included, and no plain noun', () => {
    const result = analyzeCase(INPUTS, { forScreen: true });
    const actor = result.actors.find((a) => a.name === 'Velmar Stone');
    expect(actor).toBeDefined();
    const said = actor!.mentions!.map((m) => `${m.articleId}:${result.articles.find((a) => a.id === m.articleId)!.text.slice(m.start, m.end)}`);
    expect(said).toEqual(['north:Velmar Stone', 'south:Velmar Stone', 'south:Stone']);
  });

  it('leaves them out unless asked (the CLI’s JSON stays as it was)', () => {
    expect(analyzeCase(INPUTS).actors.every((a) => a.mentions === undefined)).toBe(true);
  });
});
