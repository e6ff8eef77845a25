// Case files: versioned and validated on import; export → import → export gives the same bytes.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadMeta, loadCase } from '../../fixtures/load.ts';
import { App } from '../../src/app/App.tsx';
import { caseLoaded, type CaseSnapshot } from '../../src/model/caseSlice.ts';
import { claimKindCorrected, claimMovedToRow, claimStanceCorrected, emptyCorrections, labelAddedToLexicon } from '../../src/model/correctionsSlice.ts';
import { exampleCase } from '../../src/features/library/exampleCase.ts';
import { CASE_FORMAT_VERSION, parseCaseFile, serializeCase } from '../../src/features/library/exchange.ts';
import { analysed, renderWithStore, settle } from './builders.tsx';

function englishCase(): CaseSnapshot {
  return { id: 'english-fixture', name: loadMeta('english').case, articles: loadCase('english') };
}

const fixtureCases: [string, () => CaseSnapshot][] = [
  ['seed case (Arabic)', exampleCase],
  ['English case', englishCase],
];

function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return blobs;
}

afterEach(() => vi.restoreAllMocks());

describe('export → import → export', () => {
  it.each(fixtureCases)('gives byte-identical files for the %s, with corrections, through the interface', async (_name, make) => {
    const snapshot = make();
    expect(snapshot.articles.length).toBeGreaterThan(3);
    const user = userEvent.setup();
    const blobs = captureDownloads();
    const { store } = renderWithStore(<App />);
    const [first, second] = snapshot.articles;
    act(() => {
      store.dispatch(caseLoaded({ snapshot }));
      store.dispatch(claimStanceCorrected({ claimId: `${second!.id}:c1`, stance: 'distancing' }));
      store.dispatch(claimKindCorrected({ claimId: `${first!.id}:c2`, kind: 'anonymous' }));
      store.dispatch(claimMovedToRow({ claimId: `${first!.id}:c1`, into: `${second!.id}:c3` }));
      store.dispatch(labelAddedToLexicon({ forms: ['strongman'], stance: 'negative', language: 'en' }));
    });
    await analysed(store);
    await user.click(screen.getByRole('button', { name: 'Case' }));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    const exported = await blobs[0]!.text();

    await user.click(screen.getByRole('button', { name: 'New case' }));
    expect(store.getState().case.articles.ids).toEqual([]);
    await user.upload(screen.getByLabelText('Import JSON'), new File([exported], 'case.parallax.json', { type: 'application/json' }));
    await waitFor(() => expect(store.getState().case.id).toBe(snapshot.id));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    const reexported = await blobs[1]!.text();

    expect(reexported).toBe(exported);
    expect(store.getState().case.articles.ids).toEqual(snapshot.articles.map((a) => a.id));
    expect(Object.keys(store.getState().corrections.claimEdits)).toHaveLength(2);
  });

  it.each(fixtureCases)('is canonical whatever the key order in memory, for the %s', (_name, make) => {
    const snapshot = make();
    const shuffled: CaseSnapshot = {
      name: snapshot.name,
      id: snapshot.id,
      articles: snapshot.articles.map((a) => Object.fromEntries(Object.entries(a).reverse()) as typeof a),
    };
    const corrections = { ...emptyCorrections, claimEdits: { 'z:c1': { notAClaim: true, kind: 'media' as const }, 'a:c1': { stance: 'neutral' as const } } };
    const once = serializeCase(snapshot, corrections);
    expect(serializeCase(shuffled, corrections)).toBe(once);
    const parsed = parseCaseFile(once);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(serializeCase(parsed.data.snapshot, parsed.data.corrections)).toBe(once);
    expect(Object.keys(JSON.parse(once).corrections.claimEdits)).toEqual(['a:c1', 'z:c1']);
  });
});

describe('refused case files', () => {
  const good = serializeCase(exampleCase(), emptyCorrections);

  it('refuses a file from a future version, naming both versions', () => {
    const future = JSON.stringify({ ...JSON.parse(good), version: CASE_FORMAT_VERSION + 1, somethingNew: [1, 2] });
    expect(parseCaseFile(future)).toEqual({
      ok: false,
      code: 'future-version',
      version: CASE_FORMAT_VERSION + 1,
      reason: `made by a newer Parallax (format version ${CASE_FORMAT_VERSION + 1}; this one reads up to ${CASE_FORMAT_VERSION})`,
    });
  });

  it('refuses every truncation of a valid file as truncated (never as a case)', () => {
    const cuts = Array.from({ length: 60 }, (_, i) => Math.floor(((i + 1) * good.length) / 61));
    const codes = new Set(cuts.map((n) => { const r = parseCaseFile(good.slice(0, n)); return r.ok ? 'accepted' : r.code; }));
    expect(codes).toEqual(new Set(['truncated']));
    expect(parseCaseFile('')).toMatchObject({ ok: false, code: 'empty' });
    expect(parseCaseFile('hello')).toMatchObject({ ok: false, code: 'not-json', reason: 'not JSON' });
    expect(parseCaseFile('{"format":"something-else","version":1}')).toMatchObject({ ok: false, code: 'not-a-case' });
    expect(parseCaseFile('[1,2]')).toMatchObject({ ok: false, code: 'not-a-case' });
    expect(parseCaseFile(JSON.stringify({ ...JSON.parse(good), version: 0 }))).toMatchObject({ ok: false, code: 'not-a-case' });
    expect(parseCaseFile(JSON.stringify({ ...JSON.parse(good), version: 1.5 }))).toMatchObject({ ok: false, code: 'not-a-case' });
  });

  it('shows the reason and leaves the current case untouched (future version, truncated), in English and Arabic', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<App />);
    act(() => { store.dispatch(caseLoaded({ snapshot: exampleCase() })); });
    await analysed(store);
    const before = { case: store.getState().case, corrections: store.getState().corrections, analysis: store.getState().analysis.result };
    await user.click(screen.getByRole('button', { name: 'Case' }));

    const future = JSON.stringify({ ...JSON.parse(good), version: 7 });
    await user.upload(screen.getByLabelText('Import JSON'), new File([future], 'new.parallax.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `new.parallax.json was not imported: it was made by a newer version of Parallax (file format version 7; this version reads up to version ${CASE_FORMAT_VERSION}). Update Parallax to open it. The current case is unchanged.`,
    );
    await user.upload(screen.getByLabelText('Import JSON'), new File([good.slice(0, good.length / 2)], 'half.json', { type: 'application/json' }));
    expect(await screen.findByText(/half\.json was not imported: the file is cut short \(truncated\)/)).toBeInTheDocument();
    await settle();
    expect(store.getState().case).toBe(before.case);
    expect(store.getState().corrections).toBe(before.corrections);
    expect(store.getState().analysis.result).toBe(before.analysis);

    await user.click(screen.getByRole('button', { name: 'العربية' }));
    await user.upload(screen.getByLabelText('استورد JSON'), new File([future], 'new.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('أنشأه إصدار أحدث من Parallax');
    expect(store.getState().case).toBe(before.case);
  });
});
