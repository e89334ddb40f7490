/**
 * Bytes → text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when the NUL bytes
 * give it away), GB18030/GBK detected when the bytes are not UTF-8.
 * Node's ICU TextDecoder decodes GB18030 natively, so loading never needs iconv-lite (start-up).
 */

export type Encoding = 'utf8' | 'gb18030' | 'utf16le' | 'utf16be';

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const LABEL: Record<Encoding, string> = { utf8: 'utf-8', gb18030: 'gb18030', utf16le: 'utf-16le', utf16be: 'utf-16be' };
/** Bytes sampled for the UTF-16 test: enough for a header and a few rows. */
const SAMPLE = 8192;

export function decode(bytes: Uint8Array, forced?: Encoding): Decoded {
  if (forced) return { text: stripBom(new TextDecoder(LABEL[forced]).decode(bytes)), encoding: forced, bom: false };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf16be', bom: true };
  // Before UTF-8: ASCII text in UTF-16 is also valid UTF-8 (NUL is a valid UTF-8 byte).
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return utf16;
  try {
    return { text: utf8.decode(bytes), encoding: 'utf8', bom: false };
  } catch {
    // Not UTF-8: Chinese Excel/WPS saves GBK, a subset of GB18030, which decodes any byte sequence.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', bom: false };
  }
}

/**
 * UTF-16 without a BOM: CSV text is mostly ASCII (digits, commas, codes), whose UTF-16 code units
 * have one NUL byte, always on the same side — odd offsets for LE, even for BE. Binary data has NULs
 * on both sides. The guess is kept only if the bytes then decode strictly and hold no NUL character.
 */
function bomlessUtf16(bytes: Uint8Array): Decoded | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const n = Math.min(bytes.length, SAMPLE);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const units = n / 2;
  // A few NULs on the other side are real characters (一 is U+4E00); binary has about as many on each.
  const encoding: Encoding | undefined = odd >= units / 4 && even * 4 < odd ? 'utf16le' : even >= units / 4 && odd * 4 < even ? 'utf16be' : undefined;
  if (!encoding) return undefined;
  try {
    const text = new TextDecoder(LABEL[encoding], { fatal: true }).decode(bytes);
    return text.includes('\u0000') ? undefined : { text: stripBom(text), encoding, bom: false };
  } catch {
    return undefined;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** True when a decoded text looks binary (NUL bytes or many replacement characters). */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let bad = 0;
  for (let i = 0; i < text.length && i < 4096; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return bad > 8;
}
