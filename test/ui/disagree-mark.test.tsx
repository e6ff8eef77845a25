/**
 * A row whose outlets give one toll as different figures is marked where a reader looks: the claim
 * that departs from the version most outlets tell carries a "≠ disagrees" note in Compare, whatever
 * the language each outlet writes in (user read, session 6).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/index.ts';
import { openApp } from './builders.tsx';

// An invented flood, told by two Arabic and two English outlets; one English outlet gives another toll.
const analysis = analyzeCase([
  { id: 'ar1', raw: 'أعلنت الحكومة في طهران مقتل 41 شخصا في الفيضانات التي ضربت الشمال.', language: 'ar', outlet: 'Nahar Daily' },
  { id: 'ar2', raw: 'قالت الحكومة في طهران إن الفيضانات في الشمال أدت إلى مقتل 41 شخصا.', language: 'ar', outlet: 'Sahel Today' },
  { id: 'en1', raw: 'The government in Tehran said 57 people were killed in the floods in the north.', language: 'en', outlet: 'Harbour Post' },
  { id: 'en2', raw: 'The government in Tehran announced that floods in the north killed 41 people.', language: 'en', outlet: 'Coast Wire' },
]);

describe('contradicting figures in Compare', () => {
  it('marks the claim whose toll departs from the others, and only that one', async () => {
    await openApp(analysis, 'compare');
    // Rows render after the view's first paint, and the word diff may split a claim's text into marked
    // pieces: find the row and the cell by their whole text.
    const row = await waitFor(
      () => {
        const found = screen.getAllByRole('row').find((r) => /57 people were killed/u.test(r.textContent ?? ''));
        expect(found).toBeDefined();
        return found!;
      },
      { timeout: 5000 },
    );
    const marks = within(row).getAllByRole('note', { name: /contradict the other claims of the row/u });
    expect(marks).toHaveLength(1);
    const cell = marks[0]!.closest('[role="gridcell"]') as HTMLElement;
    expect(cell.textContent).toMatch(/57 people were killed/u);
    expect(marks[0]).toHaveTextContent('≠ disagrees');
    // The claims that give 41, in either language, carry no mark.
    expect(screen.getAllByRole('note', { name: /contradict/u })).toHaveLength(1);
  });
});
