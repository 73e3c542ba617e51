/**
 * What the characters of a pasted text say about how it was decoded. UTF-16 without a byte-order
 * mark read as UTF-8 or Latin-1 (a PowerShell 5.1 redirect, a file saved as "Unicode" by Notepad)
 * puts a NUL beside every ASCII character.
 */

/** How much of the text's start is looked at: enough to tell, cheap on a 20 MB paste. */
const SAMPLE = 4096;

/** True when NULs make up at least a third of the text's start: UTF-16 read one byte at a time. */
export function looksLikeUtf16(text: string): boolean {
  const length = Math.min(text.length, SAMPLE);
  if (length < 2) return false;
  let nuls = 0;
  for (let index = 0; index < length; index++) if (text.charCodeAt(index) === 0) nuls++;
  return nuls * 3 >= length;
}
