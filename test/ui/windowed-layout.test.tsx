// A windowed list must not force a layout of the page it was just rendered into: it learns its
// container's height from the ResizeObserver (after layout), not by reading it in a layout effect.
import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { useWindowedList } from '../../src/components/useWindowedList.ts';

function List({ n }: { n: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const keys = Array.from({ length: n }, (_, i) => `k${i}`);
  const list = useWindowedList({ keys, container: ref, estimate: 20 });
  return (
    <div ref={ref} data-testid="list">
      {keys.slice(list.start, list.end).map((k) => (
        <p key={k}>{k}</p>
      ))}
    </div>
  );
}

describe('useWindowedList', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the container height only when the ResizeObserver reports it', () => {
    const observers: { callback: (entries: unknown[]) => void }[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        callback: (entries: unknown[]) => void;
        constructor(callback: (entries: unknown[]) => void) {
          this.callback = callback;
          observers.push(this);
        }
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    const height = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(100);
    const { container } = render(<List n={500} />);
    expect(height).not.toHaveBeenCalled();
    // A screenful is rendered meanwhile.
    const before = container.querySelectorAll('p').length;
    expect(before).toBeGreaterThan(0);
    act(() => { for (const o of observers) o.callback([]); });
    expect(height).toHaveBeenCalled();
    // 100 px of viewport: fewer rows than the default screenful.
    expect(container.querySelectorAll('p').length).toBeLessThan(before);
    height.mockRestore();
  });
});
