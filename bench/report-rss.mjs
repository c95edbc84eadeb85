// Preloaded with `node --import` where /usr/bin/time is missing: writes the process's peak
// memory (KB) to TIMC_BENCH_RSS_FILE when it exits.

import { appendFileSync } from 'node:fs';

const file = process.env.TIMC_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
}
