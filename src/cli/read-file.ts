import type { Result } from '../core/types.ts';

interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ isFile(): boolean; size: number }>;
}

const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Reads one article file as UTF-8 text, refusing what is not text with a reason a user understands. */
export async function readArticleFile(path: string, fs: FileSystem): Promise<Result<string>> {
  let info;
  try {
    info = await fs.stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})` };
  }
  if (!info.isFile()) return { ok: false, reason: 'not a file' };
  if (info.size === 0) return { ok: false, reason: 'empty file' };
  if (info.size > MAX_FILE_BYTES) return { ok: false, reason: `file too large (${Math.round(info.size / 1048576)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)` };
  const bytes = await fs.readFile(path);
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, reason: 'binary file (not text, Markdown or HTML)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text (save the article as UTF-8)' };
  }
  if (!text.trim()) return { ok: false, reason: 'empty file (only white space)' };
  return { ok: true, data: text.replace(/^\uFEFF/, '') };
}
