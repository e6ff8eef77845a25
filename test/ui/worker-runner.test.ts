// The worker runner: a cancelled run terminates its worker, and the next run starts a fresh one.
import type { AnalyzeMessage, AnalyzeRequest } from '../../src/worker/protocol.ts';
import { startWorkerEarly } from '../../src/worker/spawn.ts';
import { createWorkerRunner } from '../../src/worker/workerRunner.ts';

class FakeWorker extends EventTarget {
  static instances: FakeWorker[] = [];
  posted: AnalyzeRequest[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.instances.push(this);
  }
  postMessage(request: AnalyzeRequest): void {
    this.posted.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(message: AnalyzeMessage): void {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
}

const job = { inputs: [{ id: 'a', raw: 'Talks failed.' }], options: {} };
const empty = { articles: [], rows: [], actors: [], diagnostics: [] };

beforeEach(() => {
  FakeWorker.instances = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('createWorkerRunner', () => {
  it('terminates the worker when a run is cancelled, and answers the next run from a fresh worker', async () => {
    const run = createWorkerRunner();
    const controller = new AbortController();
    const progress = vi.fn();
    const cancelled = run(job, progress, controller.signal);
    expect(FakeWorker.instances).toHaveLength(1);
    const first = FakeWorker.instances[0]!;
    first.reply({ id: first.posted[0]!.id, type: 'progress', fraction: 0.4, stage: 'claims' });
    expect(progress).toHaveBeenCalledWith(0.4, 'claims');
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(first.terminated).toBe(true);

    const next = run(job, () => {}, new AbortController().signal);
    expect(FakeWorker.instances).toHaveLength(2);
    const second = FakeWorker.instances[1]!;
    expect(second.posted[0]!.job).toEqual(job);
    // A late message of the stopped run cannot resolve the new one.
    second.reply({ id: first.posted[0]!.id, type: 'done', result: { ...empty, diagnostics: [{ level: 'info', message: 'stale' }] } });
    second.reply({ id: second.posted[0]!.id, type: 'done', result: empty });
    await expect(next).resolves.toEqual(empty);
    expect(second.terminated).toBe(false);
  });

  it('runs a case again in a fresh worker when the worker loaded other languages for an earlier case', async () => {
    const run = createWorkerRunner();
    const result = run(job, () => {}, new AbortController().signal);
    const first = FakeWorker.instances[0]!;
    first.reply({ id: first.posted[0]!.id, type: 'restart' });
    expect(first.terminated).toBe(true);
    expect(FakeWorker.instances).toHaveLength(2);
    const second = FakeWorker.instances[1]!;
    expect(second.posted[0]!.job).toEqual(job);
    second.reply({ id: second.posted[0]!.id, type: 'done', result: empty });
    await expect(result).resolves.toEqual(empty);
  });

  it('gives up with a clear error when a fresh worker cannot load the languages either', async () => {
    const run = createWorkerRunner();
    const result = run(job, () => {}, new AbortController().signal);
    for (const n of [0, 1]) FakeWorker.instances[n]!.reply({ id: FakeWorker.instances[n]!.posted[0]!.id, type: 'restart' });
    await expect(result).rejects.toThrow(/could not load the languages/);
    expect(FakeWorker.instances).toHaveLength(2);
  });

  it('does not start a run whose signal is already aborted', async () => {
    const run = createWorkerRunner();
    const controller = new AbortController();
    controller.abort();
    await expect(run(job, () => {}, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.instances).toEqual([]);
  });

  it('starts no worker before its first run, and takes the one the page started ahead', async () => {
    const run = createWorkerRunner();
    expect(FakeWorker.instances).toEqual([]);
    startWorkerEarly();
    const result = run(job, () => {}, new AbortController().signal);
    expect(FakeWorker.instances).toHaveLength(1);
    const early = FakeWorker.instances[0]!;
    early.reply({ id: early.posted[0]!.id, type: 'done', result: empty });
    await expect(result).resolves.toEqual(empty);
  });
});
