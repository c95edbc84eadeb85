// Judging each measurement against its budget, and the table the bench prints.

const FLOOR_NAMES = { startup: 'start-up', parse: 'parse', commit: 'commit' };

/** The ratio to the budget's floor, the budget in words, and whether time and memory hold. */
export function judge(result, budget, floors, memoryBudgetMb) {
  const memoryHolds = result.peakMb === undefined || result.peakMb < memoryBudgetMb;
  const memoryText = `< ${memoryBudgetMb} MB`;
  const floor = result.floorSeconds ?? floors[budget.floor].seconds;
  if (budget.seconds !== undefined) {
    const ratio = result.seconds / floor;
    return {
      ratio: `${ratio.toFixed(2)} × start-up`,
      budget: `< ${budget.seconds} s, ${memoryText}`,
      holds: result.seconds < budget.seconds && memoryHolds,
    };
  }
  const ratio = result.seconds / floor;
  if (budget.informational) {
    return { ratio: `${ratio.toFixed(2)} × ${FLOOR_NAMES[budget.floor]}`, budget: '(none)' };
  }
  return {
    ratio: `${ratio.toFixed(2)} × ${FLOOR_NAMES[budget.floor]}`,
    budget: `≤ ${budget.ratio} × ${FLOOR_NAMES[budget.floor]}, ${memoryText}`,
    holds: ratio <= budget.ratio && memoryHolds,
  };
}

function seconds(value) {
  return value < 10 ? `${value.toFixed(3)} s` : `${value.toFixed(1)} s`;
}

/** Markdown table rows: command, wall time, peak memory, ratio to floor, budget, holds. */
export function formatTable(rows) {
  const lines = [
    '| command | wall (median) | peak memory | ratio to floor | budget | holds |',
    '|---|---:|---:|---:|---|---|',
  ];
  for (const row of rows) {
    if (row.skipped) {
      lines.push(`| ${row.label} | – | – | – | – | skipped: ${row.skipped} |`);
      continue;
    }
    const { seconds: wall, peakMb } = row.result;
    const memory = peakMb === undefined ? '–' : `${peakMb.toFixed(0)} MB`;
    const holds = row.holds === undefined ? '' : row.holds ? 'yes' : '**no**';
    lines.push(
      `| ${row.label} | ${seconds(wall)} | ${memory} | ${row.ratio ?? 'floor'} | ` +
        `${row.budget ?? ''} | ${holds} |`,
    );
  }
  return lines;
}
