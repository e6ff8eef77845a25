import '@testing-library/jest-dom/vitest';
import 'vitest-canvas-mock';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

afterEach(() => cleanup());

// A user's clicks and keys through the whole app take a second or two; on a shared two-core machine
// (other test files, builds) several times that. The default 5 s failed tests that were right.
vi.setConfig({ testTimeout: 20_000 });

// jsdom lacks layout observers; the windowed list and Chart.js only need them to exist.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// Downloads (export JSON/CSV) create object URLs, which jsdom does not implement.
URL.createObjectURL ??= () => 'blob:test';
URL.revokeObjectURL ??= () => {};
