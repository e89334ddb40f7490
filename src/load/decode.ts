/**
 * Bytes → text: UTF-8 (with or without BOM), GB18030/GBK detected when the bytes are not UTF-8.
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

export function decode(bytes: Uint8Array, forced?: Encoding): Decoded {
  if (forced) return { text: stripBom(new TextDecoder(LABEL[forced]).decode(bytes)), encoding: forced, bom: false };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf16be', bom: true };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf8', bom: false };
  } catch {
    // Not UTF-8: Chinese Excel/WPS saves GBK, a subset of GB18030, which decodes any byte sequence.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', bom: false };
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
