/** Input checks before any parsing: empty, whitespace-only and binary input are refused with a reason. */
import type { Result } from '../types.ts';

const SAMPLE = 65536;

/**
 * Refuses input that cannot be an article: empty, whitespace only, or binary (NUL bytes, many control or
 * replacement characters — a PDF or an image read as text, or a wrongly decoded file).
 * @example validateRaw('').ok === false
 */
export function validateRaw(raw: string): Result<string> {
  if (typeof raw !== 'string') return { ok: false, reason: 'the input is not text' };
  if (raw.trim() === '') return { ok: false, reason: raw.length ? 'the input is only whitespace' : 'the input is empty' };
  const sample = raw.length > SAMPLE ? raw.slice(0, SAMPLE) : raw;
  if (sample.includes('\u0000')) return { ok: false, reason: 'the input looks binary (it contains NUL bytes), not text' };
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c < 0xa0)) control++;
    else if (c === 0xfffd) replacement++;
  }
  if (control / sample.length > 0.05) return { ok: false, reason: 'the input looks binary (many control characters), not text' };
  if (replacement / sample.length > 0.05) return { ok: false, reason: 'the input is not valid text in its encoding (many replacement characters �); save it as UTF-8' };
  return { ok: true, data: raw };
}
