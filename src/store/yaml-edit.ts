import { isScalar } from 'yaml';

import type { YamlFile } from './yaml-file.js';

type Path = readonly (string | number)[];

/**
 * Sets the value at `path`, keeping the node (and so its comments and the quoting a person
 * chose) when one is there. An empty template placeholder (`""`) loses its quotes, so new text
 * is written plainly unless YAML needs quotes.
 */
export function setValue(file: YamlFile, path: Path, value: unknown): void {
  const node = file.doc.getIn(path, true);

  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    if (node.value === '' || node.value === null) node.type = undefined;
    node.value = value;
    return;
  }
  file.doc.setIn(path, file.doc.createNode(value));
}

/** Removes the value at `path` if present. */
export function removeValue(file: YamlFile, path: Path): void {
  if (file.doc.hasIn(path)) file.doc.deleteIn(path);
}

/** Appends `value` to the list at `path`, creating the list when it is missing. */
export function appendToList(file: YamlFile, path: Path, value: unknown): void {
  if (!file.doc.hasIn(path) || file.doc.getIn(path) === null) {
    file.doc.setIn(path, file.doc.createNode([value]));
    return;
  }
  file.doc.addIn(path, file.doc.createNode(value));
}
