// A case of 1,000 outlets: Compare and the actor matrix render the columns (and rows) near the viewport,
// not 1,000 of them; the grid still says how many there are.
import { render, screen, within } from '@testing-library/react';
import { ActorMatrix, type ActorMatrixRow } from '../../src/components/ActorMatrix.tsx';
import { CompareTable } from '../../src/components/CompareTable.tsx';
import type { CompareRow, OutletColumn } from '../../src/components/model.ts';
import { I18nProvider } from '../../src/i18n/index.tsx';

const columns: OutletColumn[] = Array.from({ length: 1000 }, (_, i) => ({ articleId: `a${i}`, label: `Outlet ${i}`, language: 'en', dir: 'ltr' }));

describe('wide grids', () => {
  it('Compare renders a window of 1,000 outlet columns, each cell telling its column', () => {
    const row = (id: string, n: number): CompareRow => ({
      id,
      number: n,
      coverage: 1,
      edited: false,
      cells: columns.map((c) => ({ articleId: c.articleId, isReference: c.articleId === 'a0', claims: [] })),
    });
    const rows = new Map(Array.from({ length: 5 }, (_, i) => [`r${i}`, row(`r${i}`, i + 1)]));
    const noop = () => {};
    render(
      <I18nProvider locale="en">
        <CompareTable columns={columns} rowIds={[...rows.keys()]} getRow={(id) => rows.get(id)} dir="ltr" onEditClaim={noop} onShowInArticle={noop} onEditRow={noop} />
      </I18nProvider>,
    );
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('aria-colcount', '1001');
    const heads = within(grid).getAllByRole('columnheader');
    expect(heads.length).toBeGreaterThan(3);
    expect(heads.length).toBeLessThan(30);
    expect(heads[1]).toHaveAttribute('aria-colindex', '2');
    const cells = within(within(grid).getAllByRole('row')[1]!).getAllByRole('gridcell');
    expect(cells.length).toBe(heads.length - 1);
    // Out of view, and said so.
    expect(screen.getByText(/more outlets out of view/)).toBeInTheDocument();
  });

  it('the actor matrix renders a window of 300 actors × 1,000 outlets on screen, and every cell for print', () => {
    const actors: ActorMatrixRow[] = Array.from({ length: 300 }, (_, i) => ({
      id: `x${i}`,
      name: `Actor ${i}`,
      aliases: [],
      total: 0,
      cells: columns.map((c) => ({ articleId: c.articleId, chips: [], total: 0 })),
    }));
    const { unmount } = render(
      <I18nProvider locale="en">
        <ActorMatrix columns={columns} actors={actors} onSelect={() => {}} />
      </I18nProvider>,
    );
    const table = document.querySelector('table')!;
    expect(table).toHaveAttribute('aria-colcount', '1001');
    // Counted by selector: role queries over a big jsdom tree are slow.
    expect(table.querySelectorAll('th[scope="col"]').length).toBeLessThan(30);
    expect(table.querySelectorAll('th[scope="row"]').length).toBeLessThan(100);
    unmount();
    // The printed report (no onSelect): the whole table.
    render(
      <I18nProvider locale="en">
        <ActorMatrix columns={columns.slice(0, 20)} actors={actors.slice(0, 100).map((a) => ({ ...a, cells: a.cells.slice(0, 20) }))} />
      </I18nProvider>,
    );
    const printed = document.querySelector('table')!;
    expect(printed.querySelectorAll('th[scope="row"]')).toHaveLength(100);
    expect(printed.querySelectorAll('th[scope="col"]')).toHaveLength(21);
  });
});
