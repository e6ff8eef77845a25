/** Stands in for the rows of a windowed table that are above or below the window (nothing when there are none). */
export function TablePadRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" className="table-pad">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}
