import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

export interface WindowedColumns {
  /** Whether only some columns are rendered (many columns); if not, start is 0 and end the count. */
  windowed: boolean;
  /** First and one-past-last column index to render. */
  start: number;
  end: number;
  /** Width in px standing in for the columns before and after the window. */
  padBefore: number;
  padAfter: number;
  /** Columns wholly or mostly out of view on the start side and the end side (for "n more outlets"). */
  hiddenBefore: number;
  hiddenAfter: number;
  /** Scrolls the container sideways so column `index` is in view. */
  scrollToColumn: (index: number) => void;
}

interface Options {
  count: number;
  container: RefObject<HTMLElement | null>;
  /** Width of one column in px (the columns of a windowed table all have it). */
  width: number;
  /** Width in px of what stands before the first column (a sticky row header). */
  leading: number;
  /** Tables with no more columns than this render them all (windowing pays off on wide tables only). */
  threshold?: number;
  overscan?: number;
}

/**
 * Renders only the columns near the horizontal viewport of a scrolling container, for tables whose
 * columns share one width: a case of 1,000 outlets lays out a screenful of columns, not 1,000. Works
 * in both directions (a right-to-left container's scrollLeft runs from 0 to negative).
 * Example: const cols = useWindowedColumns({ count: columns.length, container: ref, width: 240, leading: 120 })
 */
export function useWindowedColumns({ count, container, width, leading, threshold = 12, overscan = 2 }: Options): WindowedColumns {
  const windowed = count > threshold;
  const [scroll, setScroll] = useState(0);
  const [viewport, setViewport] = useState(0);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element || !windowed) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setScroll(Math.abs(element.scrollLeft)));
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    // The size as the observer reports it once laid out: reading it here would force a layout now.
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => setViewport(element.clientWidth));
    ro?.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', onScroll);
      ro?.disconnect();
    };
  }, [container, windowed]);

  const scrollToColumn = useCallback(
    (index: number) => {
      const element = container.current;
      if (!element || !windowed) return;
      const from = leading + index * width;
      const visible = element.clientWidth;
      const at = Math.abs(element.scrollLeft);
      // Past the sticky row header on the start side, wholly in view on the end side.
      let next = at;
      if (from - leading < at) next = from - leading;
      else if (from + width > at + visible) next = from + width - visible;
      if (next === at) return;
      const rtl = getComputedStyle(element).direction === 'rtl';
      element.scrollLeft = rtl ? -next : next;
      setScroll(next);
    },
    [container, windowed, leading, width],
  );

  if (!windowed) return { windowed, start: 0, end: count, padBefore: 0, padAfter: 0, hiddenBefore: 0, hiddenAfter: 0, scrollToColumn };
  // Not laid out yet (or jsdom): a wide screen's worth.
  const visible = viewport > 0 ? viewport : 1600;
  const firstVisible = Math.max(0, Math.floor(scroll / width));
  const lastVisible = Math.min(count, Math.ceil((scroll + visible - leading) / width));
  const start = Math.max(0, firstVisible - overscan);
  const end = Math.min(count, lastVisible + overscan);
  // A column is out of view when less than half of it shows (as the unwindowed count reads it).
  const hiddenBefore = Math.min(count, Math.round(scroll / width));
  const hiddenAfter = Math.max(0, count - Math.round((scroll + visible - leading) / width));
  return { windowed, start, end, padBefore: start * width, padAfter: (count - end) * width, hiddenBefore, hiddenAfter, scrollToColumn };
}

let remCache = 0;

/** The root font size in px (column widths are set in rem): read once, a style look-up, not a layout. */
export function remPx(): number {
  if (remCache) return remCache;
  const size = typeof getComputedStyle === 'undefined' ? NaN : parseFloat(getComputedStyle(document.documentElement).fontSize);
  remCache = Number.isFinite(size) && size > 0 ? size : 16;
  return remCache;
}
