/** Where bytes go wrong in a file that is not clean UTF-8 text. */

/** Offset of the first byte that does not belong to valid UTF-8; -1 when all is valid. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (length === 0 || index + length > bytes.length) return index;

    for (let k = 1; k < length; k += 1) {
      const next = bytes[index + k]!;
      const [low, high] = k === 1 ? secondByteRange(byte) : [0x80, 0xbf];
      if (next < low || next > high) return index;
    }
    index += length;
  }
  return -1;
}

/** The range of the second byte after `lead`, which rules out overlong forms and surrogates. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** Line and column (1-based; the column counts characters) of byte `offset`. */
export function positionOfByte(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index += 1) {
    if (bytes[index] === 0x0a) {
      line += 1;
      lineStart = index + 1;
    }
  }
  let col = 1;
  for (let index = lineStart; index < offset; index += 1) {
    if ((bytes[index]! & 0xc0) !== 0x80) col += 1;
  }
  return { line, col };
}

/** Line and column (1-based) of character `offset` of `text`. */
export function positionOfOffset(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, col: offset - lineStart + 1 };
}
