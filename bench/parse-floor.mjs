// The floor of whole-repository commands: read and parse every YAML file of the repository
// with the `yaml` library, one file after another, in one process.

import { readdirSync, readFileSync } from 'node:fs';

import { parse } from 'yaml';

const root = process.argv[2];

function walk(folder, found) {
  for (const entry of readdirSync(`${root}/${folder}`, { withFileTypes: true })) {
    const relPath = `${folder}/${entry.name}`;
    if (entry.isDirectory()) walk(relPath, found);
    else if (entry.name.endsWith('.yaml')) found.push(relPath);
  }
}

const files = readdirSync(root).filter((name) => name.endsWith('.yaml'));
walk('cycles', files);
walk('tim', files);

let parsed = 0;
for (const relPath of files) {
  if (parse(readFileSync(`${root}/${relPath}`, 'utf8')) !== undefined) parsed += 1;
}
if (parsed !== files.length) process.exitCode = 1;
