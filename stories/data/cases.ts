/**
 * The cases stories are fed from: the seed case and a mixed Arabic/English case analysed by the real
 * core, and cases built with fixtures/builders.ts (empty, long Arabic, many rows). Each becomes app
 * state through the app's own makeStore, so the stories' props come from the app's own selectors.
 */
import { analyzeCase } from '../../src/core/index.ts';
import type { ArticleInput, CaseAnalysis, SourceKind } from '../../src/core/types.ts';
import { analysisCompleted, analysisRequested } from '../../src/model/analysisSlice.ts';
import { caseLoaded, type CaseSnapshot } from '../../src/model/caseSlice.ts';
import { exampleCase } from '../../src/features/library/exampleCase.ts';
import { articleSelected } from '../../src/model/uiSlice.ts';
import { makeStore, type RootState } from '../../src/app/store.ts';
import { buildArticle, buildRow } from '../../fixtures/builders.ts';
import type { SentenceSpec } from '../../fixtures/builders.ts';
import englishMeta from '../../fixtures/english/meta.json';

const englishTexts = import.meta.glob('../../fixtures/english/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export type CaseName = 'seed' | 'mixed' | 'longArabic' | 'manyRows' | 'empty';

function memo<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** The five Arabic seed articles, as the dashboard opens them. */
export const seedCase = memo((): CaseSnapshot => exampleCase());

/** Two seed articles and two English fixture articles in one case. */
export const mixedCase = memo((): CaseSnapshot => {
  const english: ArticleInput[] = englishMeta.articles.slice(0, 2).map((a) => ({
    id: a.id,
    raw: Object.entries(englishTexts).find(([path]) => path.endsWith(a.file))?.[1] ?? '',
    format: 'text',
    outlet: a.outlet,
  }));
  const seeds = seedCase().articles.slice(0, 2);
  return { id: 'story-mixed', name: 'Libya and Marovia (Arabic and English)', articles: [seeds[0]!, english[0]!, seeds[1]!, english[1]!] };
});

const analyses: Record<CaseName, () => CaseAnalysis> = {
  seed: memo(() => analyzeCase(seedCase().articles)),
  mixed: memo(() => analyzeCase(mixedCase().articles)),
  longArabic: memo(() => longArabicAnalysis()),
  manyRows: memo(() => manyRowsAnalysis(1000)),
  empty: () => ({ articles: [], rows: [], actors: [], diagnostics: [] }),
};

/** The analysis of a story case (the real core for seed and mixed; builders for the rest). */
export const analysisOf = (name: CaseName): CaseAnalysis => analyses[name]();

const snapshots: Record<CaseName, () => CaseSnapshot> = {
  seed: seedCase,
  mixed: mixedCase,
  longArabic: () => snapshotOf('story-long-ar', 'قضية بمقالات طويلة', analysisOf('longArabic')),
  manyRows: () => snapshotOf('story-many', 'A case of 1,000 rows', analysisOf('manyRows')),
  empty: () => ({ id: 'story-empty', name: '', articles: [] }),
};

function snapshotOf(id: string, name: string, analysis: CaseAnalysis): CaseSnapshot {
  return {
    id,
    name,
    articles: analysis.articles.map((a) => ({ id: a.id, raw: a.text, format: 'text', language: a.language, ...(a.outlet ? { outlet: a.outlet } : {}) })),
  };
}

const states = new Map<string, RootState>();

/**
 * App state with a case loaded and analysed, built by the app's makeStore (no worker: the result is
 * handed over). Example: selectColumns(stateOf('seed')).length === 5
 */
export function stateOf(name: CaseName, selectedArticle?: string): RootState {
  const key = `${name}|${selectedArticle ?? ''}`;
  const cached = states.get(key);
  if (cached) return cached;
  const result = analysisOf(name);
  const store = makeStore(undefined, { runner: async () => result, repository: null, analysisDelayMs: 0, saveDelayMs: 0 });
  store.dispatch(caseLoaded({ snapshot: snapshots[name]() }));
  const { payload } = store.dispatch(analysisRequested());
  store.dispatch(analysisCompleted({ requestId: payload.requestId, result }));
  if (selectedArticle) store.dispatch(articleSelected(selectedArticle));
  const state = store.getState();
  states.set(key, state);
  return state;
}

// ---------------------------------------------------------------- built cases

/** Long Arabic paragraphs of the seeds (whole paragraphs, so claims are long and wrap many lines). */
function longArabicParagraphs(): string[] {
  const paragraphs = seedCase()
    .articles.flatMap((a) => a.raw.split(/\n\s*\n/))
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 280);
  return paragraphs.sort((a, b) => b.length - a.length).slice(0, 9);
}

/** Three Arabic outlets with long names, each claim a long paragraph; rows pair them up. */
function longArabicAnalysis(): CaseAnalysis {
  const paragraphs = longArabicParagraphs();
  const outlets = ['صحيفة الشرق الأوسط الدولية الصادرة من لندن', 'بوابة أهل مصر الإخبارية', 'موقع الرصيفة الإخبارية المستقل'];
  const articles = outlets.map((outlet, i) =>
    buildArticle({
      id: `long-${i + 1}`,
      outlet,
      language: 'ar',
      sentences: paragraphs.slice(i * 3, i * 3 + 3).map((text): SentenceSpec => {
        const cue = ['قال', 'أكد', 'كشفت', 'وأكدت', 'حسب', 'وقالت'].find((c) => text.includes(` ${c} `));
        const words = text.split(' ');
        return cue ? { text, source: words[words.indexOf(cue) + 1] ?? words[0]!, cue, kind: 'anonymous' } : text;
      }),
    }),
  );
  const rows = [0, 1, 2].map((n) => buildRow(articles.map((a) => a.claims[n]).filter((c) => c !== undefined).slice(0, n === 2 ? 2 : 3), articles));
  return { articles, rows, actors: [], diagnostics: [] };
}

const KINDS: SourceKind[] = ['person', 'organization', 'media', 'anonymous', 'document'];
const SUBJECTS = ['The ministry', 'A senior official', 'The commission', 'Witnesses', 'State television', 'The army'];
const VERBS = ['said', 'claimed', 'confirmed', 'told reporters'];
const TOPICS = ['the border crossing', 'the vote count', 'the ceasefire', 'the oil terminal', 'the airport road', 'the prisoner exchange'];

/**
 * A synthetic English case of `n` rows across four outlets (deterministic: row i is reported by the
 * outlets whose number divides into i a certain way), with wording that differs per outlet.
 */
function manyRowsAnalysis(n: number): CaseAnalysis {
  const outlets = ['Global Wire', 'The Estrel Herald', 'Marovia Free Press', 'MST News'];
  const sentences: SentenceSpec[][] = outlets.map(() => []);
  const reporters: number[][] = [];
  for (let i = 0; i < n; i++) {
    const who = outlets.map((_, o) => o).filter((o) => (i + o) % 4 !== 3 || o === i % 4);
    reporters.push(who);
    for (const o of who) {
      const source = SUBJECTS[(i + o) % SUBJECTS.length]!;
      const cue = VERBS[(i * 3 + o) % VERBS.length]!;
      const text = `${source} ${cue} that ${TOPICS[i % TOPICS.length]} ${o % 2 ? 'would' : 'will'} reopen on day ${i + 1}${o === 2 ? ', despite objections' : ''}.`;
      sentences[o]!.push({ text, source, cue, kind: KINDS[(i + o) % KINDS.length]!, stance: cue === 'claimed' ? 'distancing' : cue === 'confirmed' ? 'endorsing' : 'neutral' });
    }
  }
  const articles = outlets.map((outlet, o) => buildArticle({ id: `many-${o + 1}`, outlet, language: 'en', sentences: sentences[o]! }));
  const next = articles.map(() => 0);
  const rows = reporters.map((who, i) =>
    buildRow(
      who.map((o) => articles[o]!.claims[next[o]!++]!),
      articles,
      { id: `many-r${i + 1}`, score: 0.5 + ((i * 7) % 50) / 100 },
    ),
  );
  return { articles, rows, actors: [], diagnostics: [] };
}
