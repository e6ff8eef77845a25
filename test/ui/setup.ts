import '@testing-library/jest-dom/vitest';
import 'vitest-canvas-mock';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

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
