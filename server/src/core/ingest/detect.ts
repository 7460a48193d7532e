export type SourceFormat = 'plaintext' | 'markdown' | 'html';

const HTML_TAG = /<(p|div|h[1-6]|section|article|table|script|br|li|span|a|body|html)\b[^>]*>/gi;
const SNIFF_CHARS = 65536;

/**
 * The format to analyse a file as. The extension decides, except that a `.txt` holding a saved
 * web page (several block tags) is read as HTML so its markup is not mistaken for article text.
 */
export function detectFormat(path: string, text: string): SourceFormat {
  const lower = path.toLowerCase();
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(md|markdown|mdown|mkd)$/.test(lower)) return 'markdown';
  const head = text.slice(0, SNIFF_CHARS);
  const tags = head.match(HTML_TAG)?.length ?? 0;
  const closing = /<\/(p|div|h[1-6]|section|article|table|li)>/i.test(head);
  return tags >= 3 && closing ? 'html' : 'plaintext';
}

export type DecodedText = { ok: true; text: string; warning: string | null } | { ok: false; reason: string };

/**
 * Bytes to text as the editor shows them: BOMs removed, UTF-16 honoured, binary files refused
 * (a NUL byte in the first 8 KB), invalid UTF-8 replaced and reported.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes), warning: null };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes), warning: null };
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warning: null };
  } catch {
    return {
      ok: true,
      text: new TextDecoder('utf-8').decode(bytes),
      warning: 'invalid UTF-8: undecodable bytes were replaced by U+FFFD',
    };
  }
}
