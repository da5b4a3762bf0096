import type { ComponentChildren } from 'preact';

export interface Column<T> {
  label: string;
  cell(row: T): ComponentChildren;
  /** The cell that names the row (a row header). */
  rowHeader?: boolean;
  /** On narrow screens, give this cell the card's full width. */
  wide?: boolean;
}

/**
 * A table that becomes one card per row on narrow screens, every cell keeping its column name
 * (current browsers keep table semantics when CSS changes a table's display).
 */
export function Table<T>({
  caption,
  columns,
  rows,
  rowKey,
  testId,
  rowAttrs,
}: {
  caption: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey(row: T): string | number;
  testId?: string;
  rowAttrs?(row: T): Record<string, string>;
}) {
  return (
    <table class="responsive" data-testid={testId}>
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowAttrs?.(row)}>
            {columns.map((c) =>
              c.rowHeader ? (
                <th key={c.label} scope="row" class="wide">
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.label} data-label={c.label} class={c.wide ? 'wide' : undefined}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
