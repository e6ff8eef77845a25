import { buildAnalysis, buildArticle, buildRow } from '../../fixtures/builders.ts';
import type { CaseAnalysis } from '../../src/core/types.ts';
import { analysisCompleted, analysisRequested } from '../../src/model/analysisSlice.ts';
import { articleAdded, articleMetadataEdited, caseCreated, selectAllArticles } from '../../src/model/caseSlice.ts';
import { applyCorrections } from '../../src/model/applyCorrections.ts';
import {
  claimKindCorrected,
  claimMarkedNotAClaim,
  claimMovedToRow,
  emptyCorrections,
  labelAddedToLexicon,
  rowsMerged,
  rowSplit,
  sentenceMarkedAsClaim,
} from '../../src/model/correctionsSlice.ts';
import { selectEffectiveAnalysis } from '../../src/model/effectiveAnalysis.ts';
import type { AnalysisRunner } from '../../src/worker/runner.ts';
import { makeStore } from '../../src/app/store.ts';
import { fixedRunner } from './builders.tsx';

const tick = (ms = 10) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await tick(5);
  expect(check()).toBe(true);
}

describe('makeStore', () => {
  it('analyses the case when an article is added, with progress, through the injected runner', async () => {
    const analysis = buildAnalysis();
    const runner = vi.fn(fixedRunner(analysis));
    const store = makeStore(undefined, { runner, analysisDelayMs: 0 });
    const added = store.dispatch(articleAdded({ raw: 'Talks failed.', outlet: '  Herald ', title: '' }));
    expect(added.payload.id).toMatch(/^a-/);
    expect(selectAllArticles(store.getState())).toEqual([{ id: added.payload.id, raw: 'Talks failed.', outlet: 'Herald' }]);
    await until(() => store.getState().analysis.status === 'done');
    expect(runner).toHaveBeenCalledTimes(1);
    expect(runner.mock.calls[0]![0]).toEqual({ inputs: [{ id: added.payload.id, raw: 'Talks failed.', outlet: 'Herald' }], options: {} });
    expect(store.getState().analysis.result).toBe(analysis);
    expect(store.getState().analysis.progress).toBe(1);
  });

  it('cancels a run when the case changes again, and keeps only the newest result', async () => {
    const seen: number[] = [];
    let aborted = 0;
    const runner: AnalysisRunner = (job, _progress, signal) =>
      new Promise((resolve, reject) => {
        seen.push(job.inputs.length);
        const onAbort = () => {
          aborted++;
          clearTimeout(timer);
          reject(new Error('aborted'));
        };
        const timer = setTimeout(() => {
          signal.removeEventListener('abort', onAbort);
          resolve({ articles: [], rows: [], actors: [], diagnostics: [{ level: 'info', message: String(job.inputs.length) }] });
        }, 30);
        signal.addEventListener('abort', onAbort);
      });
    const store = makeStore(undefined, { runner, analysisDelayMs: 0 });
    store.dispatch(articleAdded({ raw: 'One.' }));
    await tick(10);
    store.dispatch(articleAdded({ raw: 'Two.' }));
    await until(() => store.getState().analysis.status === 'done');
    expect(seen).toEqual([1, 2]);
    expect(aborted).toBe(1);
    expect(store.getState().analysis.result?.diagnostics[0]?.message).toBe('2');
  });

  it('debounces quick successive edits into one run', async () => {
    const runner = vi.fn(fixedRunner(buildAnalysis()));
    const store = makeStore(undefined, { runner, analysisDelayMs: 20 });
    const { payload } = store.dispatch(articleAdded({ raw: 'One.' }));
    store.dispatch(articleMetadataEdited({ id: payload.id, changes: { outlet: 'A' } }));
    store.dispatch(articleMetadataEdited({ id: payload.id, changes: { outlet: 'AB', date: '2020-06-01' } }));
    await until(() => store.getState().analysis.status === 'done');
    expect(runner).toHaveBeenCalledTimes(1);
    expect(runner.mock.calls[0]![0].inputs[0]).toMatchObject({ outlet: 'AB', date: '2020-06-01' });
  });

  it('ignores results of a superseded request', () => {
    const store = makeStore(undefined, { runner: fixedRunner(buildAnalysis()), analysisDelayMs: 1000 });
    const first = store.dispatch(analysisRequested()).payload.requestId;
    store.dispatch(analysisRequested());
    store.dispatch(analysisCompleted({ requestId: first, result: buildAnalysis() }));
    expect(store.getState().analysis).toMatchObject({ status: 'running', result: null });
  });

  it('reports an empty case as an empty analysis and a failing runner as an error', async () => {
    const failing: AnalysisRunner = async () => {
      throw new Error('boom');
    };
    const store = makeStore(undefined, { runner: failing, analysisDelayMs: 0 });
    store.dispatch(caseCreated('Empty'));
    await until(() => store.getState().analysis.status === 'done');
    expect(store.getState().analysis.result).toEqual({ articles: [], rows: [], actors: [], diagnostics: [] });
    store.dispatch(articleAdded({ raw: 'x' }));
    await until(() => store.getState().analysis.status === 'error');
    expect(store.getState().analysis.error).toBe('boom');
  });

  it('re-applies corrections after a re-analysis and passes user labels to the pipeline', async () => {
    const runner = vi.fn(fixedRunner(buildAnalysis()));
    const store = makeStore(undefined, { runner, analysisDelayMs: 0 });
    const { payload } = store.dispatch(articleAdded({ raw: 'x' }));
    await until(() => store.getState().analysis.status === 'done');
    store.dispatch(claimKindCorrected({ claimId: 'wire:c2', kind: 'anonymous' }));
    store.dispatch(labelAddedToLexicon({ forms: ['coup general'], stance: 'negative', language: 'en' }));
    await until(() => runner.mock.calls.length === 2 && store.getState().analysis.status === 'done');
    expect(runner.mock.calls[1]![0].options).toEqual({ extraLabels: [{ forms: ['coup general'], stance: 'negative', language: 'en' }] });
    store.dispatch(articleMetadataEdited({ id: payload.id, changes: { title: 'New title' } }));
    await until(() => runner.mock.calls.length === 3 && store.getState().analysis.status === 'done');
    const claim = selectEffectiveAnalysis(store.getState())!.claimsById['wire:c2']!;
    expect(claim.edited).toBe(true);
    expect(claim.attribution?.source).toEqual({ text: 'Opposition leader Irena Dasko', start: 63, end: 92, kind: 'anonymous' });
  });
});

describe('applyCorrections', () => {
  const base = (): CaseAnalysis => buildAnalysis();

  it('leaves an uncorrected analysis as it is, every claim in a row', () => {
    const analysis = base();
    const result = applyCorrections(analysis, emptyCorrections);
    expect(result.rows.map((r) => [r.id, r.claimIds, r.missingFrom, r.edited])).toEqual([
      ['r-rigged', ['wire:c2', 'exile:c2'], ['state-tv'], false],
      ['r-result', ['wire:c1', 'exile:c1'], ['state-tv'], false],
      ['solo-state-tv:c1', ['state-tv:c1'], ['wire', 'exile'], false],
    ]);
    expect(Object.values(result.claimsById).every((c) => !c.edited)).toBe(true);
  });

  it('moves, merges and splits rows by claim ids, recomputing who omits them', () => {
    const analysis = base();
    const moved = applyCorrections(analysis, { ...emptyCorrections, rowEdits: [claimMovedToRow({ claimId: 'state-tv:c1', into: 'wire:c1' }).payload] });
    expect(moved.rows.map((r) => [r.id, r.claimIds, r.missingFrom, r.edited])).toEqual([
      ['r-rigged', ['wire:c2', 'exile:c2'], ['state-tv'], false],
      ['r-result', ['wire:c1', 'exile:c1', 'state-tv:c1'], [], true],
    ]);
    expect(moved.claimsById['state-tv:c1']!.edited).toBe(true);
    expect(moved.claimsById['wire:c1']!.edited ?? false).toBe(false);

    const merged = applyCorrections(analysis, { ...emptyCorrections, rowEdits: [rowsMerged({ claimIds: ['wire:c1', 'exile:c1'], into: 'wire:c2' }).payload] });
    expect(merged.rows.map((r) => r.claimIds)).toEqual([['wire:c2', 'exile:c2', 'wire:c1', 'exile:c1'], ['state-tv:c1']]);

    const split = rowSplit({ claimIds: ['exile:c2'] }).payload;
    const splitResult = applyCorrections(analysis, { ...emptyCorrections, rowEdits: [split] });
    expect(splitResult.rows.map((r) => [r.id, r.claimIds, r.missingFrom])).toEqual([
      ['r-rigged', ['wire:c2'], ['exile', 'state-tv']],
      [`edit-${split.id}`, ['exile:c2'], ['wire', 'state-tv']],
      ['r-result', ['wire:c1', 'exile:c1'], ['state-tv']],
      ['solo-state-tv:c1', ['state-tv:c1'], ['wire', 'exile']],
    ]);
  });

  it('drops a claim marked "not a claim" from rows but keeps it to undo, and adds a marked sentence', () => {
    const article = buildArticle({ id: 'x', sentences: ['Talks opened.', 'Nothing else.'] });
    const analysis: CaseAnalysis = { articles: [article], rows: [buildRow([article.claims[0]!], [article], { id: 'r1' })], actors: [], diagnostics: [] };
    const added = sentenceMarkedAsClaim({ articleId: 'x', start: 14, end: 27, text: 'Nothing else.' }).payload;
    const result = applyCorrections(analysis, {
      ...emptyCorrections,
      claimEdits: { 'x:c1': claimMarkedNotAClaim({ claimId: 'x:c1' }).payload && { notAClaim: true } },
      addedClaims: [added],
    });
    expect(result.articles[0]!.dismissed.map((c) => c.id)).toEqual(['x:c1']);
    expect(result.articles[0]!.claims.map((c) => [c.id, c.text, c.edited === true, c.userAdded === true])).toEqual([
      ['x:c2', 'Nothing else.', false, false],
      [added.id, 'Nothing else.', true, true],
    ]);
    expect(result.rows.some((r) => r.claimIds.includes('x:c1'))).toBe(false);
  });

  it('gives an own-voice claim a source when a person names one', () => {
    const analysis = base();
    const result = applyCorrections(analysis, { ...emptyCorrections, claimEdits: { 'exile:c1': { sourceText: 'Strongman Tomas Vell', kind: 'person' } } });
    expect(result.claimsById['exile:c1']!.attribution).toEqual({
      source: { text: 'Strongman Tomas Vell', start: 0, end: 20, kind: 'person' },
      cue: { text: '', start: 0, end: 0, stance: 'neutral', lemma: '' },
      quote: 'indirect',
      rule: 'user',
    });
  });
});
