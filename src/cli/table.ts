import type { ChalkInstance } from 'chalk';

/** Width of text as a terminal shows it (colour codes take no room). */
export function visibleWidth(text: string): number {
  // A dashboard has tens of thousands of cells: most are plain text and need no work.
  if (!/[\u001b\ud800-\udfff]/.test(text)) return text.length;
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/\u001b\[[0-9;]*m/g, '')].length;
}

/** Lines of a plain table: a dim header, then rows with columns padded to fit. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  style: ChalkInstance,
): string[] {
  const widths = header.map((title, column) =>
    Math.max(visibleWidth(title), ...rows.map((row) => visibleWidth(row[column] ?? ''))),
  );
  const render = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1
          ? cell
          : cell + ' '.repeat(widths[column]! - visibleWidth(cell)),
      )
      .join('  ')
      .trimEnd();

  return [style.dim(render(header)), ...rows.map(render)];
}
