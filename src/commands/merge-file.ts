import { readFile, writeFile } from 'node:fs/promises';

import { type Document, LineCounter, parseDocument } from 'yaml';

import { TimcError } from '../errors.js';
import { chosenSide } from '../merge/keep-choices.js';
import { mergeDocuments, type MergeConflict } from '../merge/merge-document.js';
import { mergeRulesFor } from '../merge/merge-rules.js';
import { type SchemaKind, schemaKindOf } from '../store/layout.js';
import { appendDriverConflicts, readSyncState } from '../store/sync-state.js';
import { parseYamlText, renderYamlFile, type YamlFile } from '../store/yaml-file.js';

export interface MergeFileOptions {
  /** Where `timc sync` keeps the choices to apply and wants the conflicts reported. */
  state?: string;
  /** The cycle repository's folder inside the clone (`coaching/`); default: the top. */
  prefix?: string;
}

/** One version of the file, without its schema line (written again on output). */
function parseVersion(text: string, path: string, kind: SchemaKind | undefined): Document {
  if (kind) return parseYamlText(text, path, kind).doc;

  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) throw new TimcError(`${path}: not valid YAML, so it cannot be merged`);
  return doc;
}

/**
 * `timc merge-file BASE OURS THEIRS PATH`, git's merge driver for timc's YAML files (`%O %A %B
 * %P`): merges the three versions entry by entry and writes the result over OURS. Exits 1,
 * leaving OURS as it was (never with conflict markers), when a field changed two ways.
 */
export async function mergeFile(
  basePath: string,
  oursPath: string,
  theirsPath: string,
  path: string,
  options: MergeFileOptions,
): Promise<void> {
  const [baseText, oursText, theirsText] = await Promise.all([
    readFile(basePath, 'utf8'),
    readFile(oursPath, 'utf8'),
    readFile(theirsPath, 'utf8'),
  ]);
  const prefix = options.prefix ?? '';
  const relPath = path.startsWith(prefix) ? path.slice(prefix.length) : path;
  const kind = schemaKindOf(relPath);
  const base = baseText.trim() === '' ? undefined : parseVersion(baseText, relPath, kind);
  const ours = parseVersion(oursText, relPath, kind);
  const theirs = parseVersion(theirsText, relPath, kind);

  const choices = options.state ? (await readSyncState(options.state)).choices : [];
  // In a rebase git's "ours" is the shared side and "theirs" the person's own commit.
  const choose = (field: string) => {
    const side = chosenSide(choices, relPath, field);
    return side === 'mine' ? 'theirs' : side === 'theirs' ? 'ours' : undefined;
  };
  const rules = mergeRulesFor(kind);
  const { merged, conflicts } = mergeDocuments(base, ours, theirs, { rules, choose });

  if (conflicts.length > 0) {
    if (options.state) await reportConflicts(options.state, relPath, conflicts);
    const fields = conflicts.map((conflict) => conflict.field).join(', ');
    throw new TimcError(`${relPath}: ${fields} changed on both sides`);
  }
  const doc = merged as YamlFile['doc'];
  const text = kind
    ? renderYamlFile({ relPath, kind, doc, lineCounter: new LineCounter() })
    : merged.toString({ lineWidth: 0 });
  await writeFile(oursPath, text);
}

async function reportConflicts(
  state: string,
  path: string,
  conflicts: MergeConflict[],
): Promise<void> {
  await appendDriverConflicts(
    state,
    conflicts.map((conflict) => ({
      path,
      field: conflict.field,
      ours: conflict.ours,
      theirs: conflict.theirs,
    })),
  );
}
