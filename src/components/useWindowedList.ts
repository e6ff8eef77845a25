import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

export interface WindowedList {
  /** First and one-past-last index to render. */
  start: number;
  end: number;
  /** Space standing in for the rows above and below the window. */
  padBefore: number;
  padAfter: number;
  /** Attach to each rendered row so its real height replaces the estimate. */
  measure: (key: string) => (element: HTMLElement | null) => void;
  /** Scrolls the container so the row at `index` is in view. */
  scrollToIndex: (index: number) => void;
}

interface Options {
  keys: readonly string[];
  container: RefObject<HTMLElement | null>;
  estimate: number;
  /** Lists no longer than this render whole (windowing only pays off on long lists). */
  threshold?: number;
  overscanPx?: number;
  /** Height of sticky content above the rows inside the container. */
  headerOffset?: number;
}

/**
 * Renders only the rows near the viewport of a scrolling container, with variable, measured heights.
 * Example: const w = useWindowedList({ keys: rowIds, container: ref, estimate: 120 })
 */
export function useWindowedList({ keys, container, estimate, threshold = 80, overscanPx = 800, headerOffset = 0 }: Options): WindowedList {
  const heights = useRef(new Map<string, number>());
  const [version, setVersion] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const elementKeys = useRef(new WeakMap<Element, string>());
  const windowed = keys.length > threshold;

  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const key = elementKeys.current.get(entry.target);
        if (key === undefined) continue;
        const height = (entry.target as HTMLElement).offsetHeight;
        if (height > 0 && heights.current.get(key) !== height) {
          heights.current.set(key, height);
          changed = true;
        }
      }
      if (changed) setVersion((v) => v + 1);
    });
    observer.current = ro;
    return () => ro.disconnect();
  }, []);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setScrollTop(element.scrollTop));
    };
    const onResize = () => setViewport(element.clientHeight);
    element.addEventListener('scroll', onScroll, { passive: true });
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onResize);
    // The observer reports the size once laid out; reading it here would force a layout of the whole
    // page just rendered, inside the task that rendered it (a screenful is rendered meanwhile).
    if (ro) ro.observe(element);
    else onResize();
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', onScroll);
      ro?.disconnect();
    };
  }, [container]);

  const offsets = useMemo(() => {
    void version;
    const result = new Float64Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++) result[i + 1] = result[i]! + (heights.current.get(keys[i]!) ?? estimate);
    return result;
  }, [keys, estimate, version]);

  // One stable ref callback per key, so memoised rows are not re-rendered for a new function each time.
  const callbacks = useRef(new Map<string, (element: HTMLElement | null) => void>());
  const observed = useRef(new Map<string, HTMLElement>());
  const measure = useCallback(
    (key: string) => {
      let callback = callbacks.current.get(key);
      if (!callback) {
        callback = (element: HTMLElement | null) => {
          const previous = observed.current.get(key);
          if (previous && previous !== element) {
            observer.current?.unobserve(previous);
            observed.current.delete(key);
          }
          if (!element || !windowed) return;
          elementKeys.current.set(element, key);
          observed.current.set(key, element);
          observer.current?.observe(element);
        };
        callbacks.current.set(key, callback);
      }
      return callback;
    },
    [windowed],
  );
  useEffect(() => {
    callbacks.current.clear();
  }, [windowed]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const element = container.current;
      if (!element || !windowed) return;
      const top = offsets[index] ?? 0;
      const bottom = offsets[index + 1] ?? top;
      const visibleTop = element.scrollTop;
      const visibleBottom = visibleTop + element.clientHeight - headerOffset;
      if (top < visibleTop) element.scrollTop = top;
      else if (bottom > visibleBottom) element.scrollTop = bottom - element.clientHeight + headerOffset;
      setScrollTop(element.scrollTop);
    },
    [container, offsets, windowed, headerOffset],
  );

  if (!windowed) return { start: 0, end: keys.length, padBefore: 0, padAfter: 0, measure, scrollToIndex };
  // jsdom (and a container not laid out yet) reports 0: render a screenful's worth.
  const height = viewport > 0 ? viewport : 1000;
  const from = Math.max(0, scrollTop - headerOffset - overscanPx);
  const to = scrollTop + height + overscanPx;
  let start = 0;
  while (start < keys.length && offsets[start + 1]! <= from) start++;
  let end = start;
  while (end < keys.length && offsets[end]! < to) end++;
  return {
    start,
    end,
    padBefore: offsets[start]!,
    padAfter: offsets[keys.length]! - offsets[end]!,
    measure,
    scrollToIndex,
  };
}
