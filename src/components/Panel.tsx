import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';

/**
 * A non-modal side panel (editors): takes focus when it opens, closes on Escape, and gives focus back to
 * where it came from.
 */
export function Panel({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    ref.current?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);
  // Escape closes the panel even when focus fell back to the page (e.g. its button disappeared).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <section
      ref={ref}
      className="panel"
      role="dialog"
      aria-labelledby={id}
      tabIndex={-1}
    >
      <header className="panel-head">
        <h2 id={id}>{title}</h2>
        <button type="button" onClick={onClose} aria-label={t('panel.close')}>
          ×
        </button>
      </header>
      {children}
    </section>
  );
}
