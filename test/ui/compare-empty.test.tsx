import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CompareTable, type CompareTableProps } from '../../src/components/CompareTable.tsx';
import type { CompareRow } from '../../src/components/model.ts';

const props: CompareTableProps = {
  columns: [
    { articleId: 'a', label: 'Global Wire', language: 'en', dir: 'ltr' },
    { articleId: 'b', label: 'Free Press', language: 'en', dir: 'ltr' },
  ],
  rowIds: [],
  getRow: () => undefined,
  dir: 'ltr',
  onEditClaim: () => {},
  onShowInArticle: () => {},
  onEditRow: () => {},
};

describe('Compare grid without rows', () => {
  it('shows a plain message instead of an empty scrollable grid with nothing to tab to', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <>
        <button type="button">before</button>
        <CompareTable {...props} />
        <button type="button">after</button>
      </>,
    );
    expect(screen.getByText('No row matches these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).toBeNull();
    expect(container.querySelector('.compare-scroller')).toBeNull();
    // Keyboard users go straight past it: nothing in between is a stop.
    await user.click(screen.getByRole('button', { name: 'before' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
  });

  it('says why there is no row when the caller knows', () => {
    render(<CompareTable {...props} emptyMessage="This case has no analysed article yet." />);
    expect(screen.getByText('This case has no analysed article yet.')).toBeInTheDocument();
  });

  it('still renders the grid once there is a row', () => {
    const row: CompareRow = { id: 'r1', number: 1, coverage: 0, edited: false, cells: [] };
    render(<CompareTable {...props} rowIds={['r1']} getRow={() => row} />);
    expect(screen.getByRole('grid', { name: 'Claims compared across outlets' })).toBeInTheDocument();
  });
});
