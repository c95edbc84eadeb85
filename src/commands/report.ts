import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';

import type { CommandContext } from '../cli/context.js';
import { progressOnStderr } from '../cli/progress.js';
import { TimcError } from '../errors.js';
import { mayRunReport } from '../model/permissions.js';
import { LEVELS } from '../model/report/levels.js';
import { renderCsv, renderJson } from '../model/report/render.js';
import { memberNames, type ReportRow } from '../model/report/row.js';
import { isInReport, type ReportFilter } from '../model/report/selection.js';
import type { Member, Settings } from '../model/types.js';
import { writeFilesAtomically } from '../store/atomic-write.js';
import { type LeftOutCycle, readReportCycles } from '../store/report-cycles.js';
import { planReport, type ReportCommandOptions, type ReportPlan } from './report-options.js';

/** Refuses a member without `report`, naming who may; an unknown person only when it matters. */
async function checkMayRunReport(context: CommandContext, settings: Settings, members: Member[]) {
  const actor = await context.currentMemberIfKnown();
  const decision = mayRunReport(actor, settings, members);
  if (decision.allowed) return;

  if (!actor) await context.currentMember();
  throw new TimcError(decision.reason);
}

/** A filter that matches nobody known is most likely a typo: say so, but still report. */
function warnAboutUnknownFilters(
  context: CommandContext,
  filter: ReportFilter,
  settings: Settings,
  members: readonly Member[],
): void {
  for (const option of ['coach', 'client'] as const) {
    const id = filter[option];
    if (id && !members.some((member) => member.id === id)) {
      context.output.warn(`--${option} ${id}: no such member in members.yaml`);
    }
  }
  const schools = (settings.schools ?? []).map((school) => school.id);
  if (filter.school && schools.length > 0 && !schools.includes(filter.school)) {
    context.output.warn(`--school ${filter.school}: not in timc.yaml (${schools.join(', ')})`);
  }
}

function render(plan: ReportPlan, rows: ReportRow[], leftOut: LeftOutCycle[]): string {
  const { columns } = LEVELS[plan.level];
  if (plan.format === 'csv') return renderCsv(columns, rows, { bom: plan.bom });
  return renderJson({
    level: plan.level,
    columns,
    rows,
    left_out: leftOut.map(({ id, file, problem }) => ({ cycle_id: id, file, problem })),
  });
}

/** Replaces FILE in one step (temporary file + rename): a reader never sees half a report. */
async function writeReportFile(context: CommandContext, file: string, text: string) {
  const path = resolve(context.cwd, file);
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new TimcError(`-o ${file} is a folder; give a file name`);

  try {
    await writeFilesAtomically([{ path, text }]);
  } catch (error) {
    throw new TimcError(`cannot write ${file}: ${(error as Error).message}`);
  }
}

const STAGE_WORDS = { scan: 'looking at', read: 'reading' };

/** Every row of the report, in order, and the cycles left out; progress on a terminal. */
async function collectRows(context: CommandContext, plan: ReportPlan, members: Member[]) {
  const level = LEVELS[plan.level];
  const names = memberNames(members);
  const rows: ReportRow[] = [];
  const progress = progressOnStderr(context.options.quiet);

  const leftOut = await readReportCycles(
    context.root,
    {
      select: (info) => isInReport(info, plan.filter),
      onProgress: (stage, done, total) =>
        progress.update(`timc: ${STAGE_WORDS[stage]} cycles ${done}/${total}`),
    },
    (cycle) => rows.push(...level.rowsOf(cycle, names)),
  );
  progress.finish();
  return { rows, leftOut };
}

/**
 * `timc report`: the cycles both sides have published, one row per cycle, goal, activity or
 * check-in, as CSV or JSON. A cycle with a broken file is left out with a warning naming the
 * file, the rest is still reported, and the exit code is 1.
 */
export async function runReport(context: CommandContext, options: ReportCommandOptions) {
  const plan = planReport(options, context.output.json);
  const [settings, members] = await Promise.all([context.settings(), context.members()]);
  await checkMayRunReport(context, settings, members);
  warnAboutUnknownFilters(context, plan.filter, settings, members);

  const { rows, leftOut } = await collectRows(context, plan, members);

  const { output } = context;
  for (const { id, file, problem } of leftOut) output.warn(`left out ${id}: ${file}: ${problem}`);
  const text = render(plan, rows, leftOut);
  if (plan.outputFile === undefined) {
    output.write(text);
  } else {
    await writeReportFile(context, plan.outputFile, text);
    output.done(`Wrote ${rows.length} row(s) at level ${plan.level} to ${plan.outputFile}`);
  }

  if (leftOut.length > 0) {
    throw new TimcError(
      `${leftOut.length} cycle(s) left out of the report because of a broken file; ` +
        'run `timc validate` to see every problem',
    );
  }
}
