/**
 * fast-check generators of hostile input for the property tests and `npm run fuzz`: random Unicode of
 * every script with combining marks, bidi controls, lone surrogates, NUL and emoji; random HTML; random
 * quote and bracket nesting; and real news sentences (from the fixture cases) corrupted with all of it,
 * so the attribution, row and actor stages see input that gets past ingest.
 */
import fc from 'fast-check';
import { loadAnnotations, loadCase } from '../../../fixtures/load.ts';
import type { ArticleFormat, ArticleInput, LabelLexiconEntry } from '../../../src/core/types.ts';

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, k) => String.fromCharCode(from + k));

const COMBINING = [...range(0x300, 0x36f), ...range(0x64b, 0x65f), '\u0670', '\u0640', ...range(0x1ab0, 0x1abe), ...range(0x20d0, 0x20f0), ...range(0xfe20, 0xfe2f)];
const BIDI = ['\u061c', '\u200e', '\u200f', ...range(0x202a, 0x202e), ...range(0x2066, 0x2069)];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\ufeff', '\u2060', '\u00ad', '\u034f', '\ufe0f'];
const CONTROL = [...range(0x01, 0x08), '\u000b', '\u000e', '\u001b', '\u007f', '\u0085', '\u009f'];
const SPACES = [' ', ' ', ' ', '\u00a0', '\t', '\n', '\n\n', '\r\n', '\r', '\u2028', '\u2029', '\u3000', '\u2009', '\u202f', '\f'];
const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🇱🇾', '🏳️‍🌈', '❤️', '1️⃣', '🧕🏿', '🫠', '#️⃣'];
const PUNCT = ['.', '.', '!', '?', '؟', '،', '؛', ':', ';', ',', '…', '...', '-', '—', '–', '/', '%', '&', '*', '•', '|'];
const QUOTES = ['"', "'", '«', '»', '“', '”', '‘', '’', '„', '‹', '›', '(', ')', '[', ']', '{', '}', '「', '」', '﴾', '﴿', '`'];
const DIGITS = ['٠١٢٣', '۱۲۳۴', '2020', '58.4%', '٥٨٫٤٪', '3,000', '1/2'];
const MARKUP = ['<b>', '</p>', '<p>', '&amp;', '&lt;script&gt;', '<script>alert(1)</script>', '<!--', '-->', '<br/>', '<', '>', '&#0;', '&nbsp;'];
const MARKDOWN = ['# ', '## ', '**', '_', '[link](javascript:alert(1))', '> ', '- ', '* ', '```', '![x](y.png)', '---', '1. '];

/** One code point of any plane, including unpaired surrogate code units and noncharacters. */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

interface Pools {
  words: string[];
  sentences: string[];
  cues: string[];
}
let pools: Pools | undefined;

/** Words and sentences of the fixture cases (both languages) plus the cue and source lexicons' forms. */
function loadPools(): Pools {
  if (pools) return pools;
  const sentences: string[] = [];
  const words = new Set<string>();
  for (const name of ['seeds', 'english'] as const) {
    for (const input of loadCase(name)) {
      for (const line of input.raw.split(/\n+/)) {
        const trimmed = line.trim();
        if (!trimmed) continue;
        for (const part of trimmed.split(/(?<=[.!?؟])\s+/u)) if (part.length > 3) sentences.push(part);
        for (const w of trimmed.split(/\s+/u)) if (w) words.add(w);
      }
    }
  }
  // Reporting verbs in both languages, so random sentences get attributed now and then.
  const cues = ['said', 'told', 'claimed', 'denied', 'confirmed', 'according to', 'added', 'قال', 'وقال', 'أكد', 'نفى', 'زعم', 'وأضاف', 'وفقا لـ', 'بحسب', 'ذكرت', 'أفاد'];
  pools = { words: [...words], sentences, cues };
  return pools;
}

let body: string[] | undefined;

/** Body sentences of the fixture cases (both languages, no headings or page furniture), for big inputs. */
export function bodySentences(): readonly string[] {
  if (body) return body;
  const skip = new Set<string>();
  for (const name of ['seeds', 'english'] as const) {
    for (const a of loadAnnotations(name).articles) for (const line of [...a.furniture, ...a.headings]) skip.add(line.trim());
  }
  const segmenter = new Intl.Segmenter('und', { granularity: 'sentence' });
  body = [];
  for (const name of ['seeds', 'english'] as const) {
    for (const input of loadCase(name)) {
      for (const line of input.raw.split(/\n+/)) {
        const trimmed = line.trim();
        // Body paragraphs only: short lines are headings, captions or furniture.
        if (trimmed.length < 60 || skip.has(trimmed)) continue;
        for (const { segment } of segmenter.segment(trimmed)) if (segment.trim().length >= 25) body.push(segment.trim());
      }
    }
  }
  return body;
}

/** Every article the generators can emit is built from pieces: words, marks, controls, markup … */
export function piece(): fc.Arbitrary<string> {
  const { words, cues } = loadPools();
  return fc.oneof(
    { arbitrary: fc.constantFrom(...words), weight: 30 },
    { arbitrary: fc.constantFrom(...cues), weight: 4 },
    { arbitrary: fc.constantFrom(...SPACES), weight: 20 },
    { arbitrary: fc.constantFrom(...PUNCT), weight: 8 },
    { arbitrary: fc.constantFrom(...QUOTES), weight: 8 },
    { arbitrary: fc.constantFrom(...COMBINING), weight: 3 },
    { arbitrary: fc.constantFrom(...BIDI), weight: 3 },
    { arbitrary: fc.constantFrom(...INVISIBLE), weight: 2 },
    { arbitrary: fc.constantFrom(...EMOJI), weight: 2 },
    { arbitrary: fc.constantFrom(...DIGITS), weight: 2 },
    { arbitrary: fc.constantFrom(...MARKUP), weight: 1 },
    { arbitrary: fc.constantFrom(...MARKDOWN), weight: 1 },
    { arbitrary: loneSurrogate, weight: 2 },
    { arbitrary: anyCodePoint, weight: 3 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 3 },
    { arbitrary: fc.constantFrom(...CONTROL), weight: 1 },
    { arbitrary: fc.constant('\u0000'), weight: 1 },
  );
}

/** Short clauses dense in reporting cues, quotes and punctuation: the attribution rules' edge cases. */
export function cueDense(): fc.Arbitrary<string> {
  const { words, cues } = loadPools();
  const token = fc.oneof(
    { arbitrary: fc.constantFrom(...words), weight: 5 },
    { arbitrary: fc.constantFrom(...cues), weight: 3 },
    { arbitrary: fc.constantFrom(...QUOTES, ...PUNCT, 'لـ', 'ل', 'to', 'that', 'أن', 'إن'), weight: 2 },
    { arbitrary: piece(), weight: 1 },
  );
  const clauses = fc
    .tuple(fc.array(fc.array(token, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', ''))
    .map(([cs, glue]) => cs.map((c) => c.join(' ')).join(`${glue}. `));
  // A cue with little or nothing after it ("according to Monday.", "وفقا لـ الأربعاء"): truncated attributions.
  const truncated = fc
    .tuple(fc.array(fc.constantFrom(...words), { maxLength: 2 }), fc.constantFrom(...cues), fc.array(fc.constantFrom(...words), { maxLength: 2 }), fc.constantFrom('', '.', '،', ' .', ':', '»', '"'))
    .map(([before, cue, after, end]) => [...before, cue, ...after].join(' ') + end);
  return fc.oneof({ arbitrary: clauses, weight: 2 }, { arbitrary: truncated, weight: 1 });
}

/**
 * Random Unicode text made of pieces (sometimes nothing, sometimes only spaces).
 * @example fc.sample(unicodeText(), { seed: 1, numRuns: 3 })
 */
export function unicodeText(maxPieces = 60): fc.Arbitrary<string> {
  return fc.array(piece(), { maxLength: maxPieces }).map((ps) => ps.join(''));
}

const PAIRS: [string, string][] = [
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
  ['(', ')'],
  ['[', ']'],
  ["'", "'"],
  ['‘', '’'],
  ['„', '“'],
  ['»', '«'],
  ['﴿', '﴾'],
  ['<', '>'],
];

/** Text with quotes and brackets nested at random, some never closed, some closed by the wrong mark. */
export function nestedText(): fc.Arbitrary<string> {
  const { words, cues } = loadPools();
  const leaf = fc
    .array(fc.oneof({ arbitrary: fc.constantFrom(...words), weight: 6 }, { arbitrary: fc.constantFrom(...cues), weight: 1 }, { arbitrary: fc.constantFrom(...PUNCT), weight: 1 }), { minLength: 1, maxLength: 8 })
    .map((ws) => ws.join(' '));
  const { node } = fc.letrec<{ node: string; group: string }>((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('group')),
    group: fc
      .tuple(fc.constantFrom(...PAIRS), fc.array(tie('node'), { maxLength: 4 }), fc.constantFrom('close', 'close', 'open', 'wrong'), fc.constantFrom(...PAIRS))
      .map(([[open, close], inner, how, [, wrong]]) => `${open}${inner.join(' ')}${how === 'close' ? close : how === 'wrong' ? wrong : ''}`),
  }));
  return fc.tuple(fc.array(node, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '. ', '\n\n')).map(([ns, sep]) => ns.join(sep));
}

const TAGS = ['html', 'head', 'body', 'title', 'meta', 'p', 'p', 'p', 'div', 'div', 'span', 'a', 'h1', 'h2', 'article', 'main', 'nav', 'header', 'footer', 'aside', 'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'img', 'form', 'button', 'textarea', 'table', 'tr', 'td', 'ul', 'li', 'br', 'figure', 'figcaption', 'time', 'blockquote', 'q', 'pre', 'object', 'embed', 'base', 'link', 'select', 'option', 'xmp', 'plaintext', 'noembed', 'frameset', 'foreignObject', 'desc'];
const ATTRS = ['class', 'id', 'href', 'src', 'onerror', 'onclick', 'onload', 'style', 'srcset', 'xlink:href', 'formaction', 'data-x', 'property', 'name', 'content', 'itemprop', 'datetime', 'rel', 'srcdoc', 'action'];
const VALUES = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'x', 'byline', 'author', 'og:title', 'og:site_name', 'article:published_time', 'headline', 'alert(1)', '" onmouseover="alert(1)', "'><script>alert(1)</script>", 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'comments', 'share', 'https://example.org/a', ''];

/** Random HTML: nested elements (script, svg, iframe, handlers, javascript: URLs), some left unclosed. */
export function htmlText(): fc.Arbitrary<string> {
  const text = fc.oneof(unicodeText(12), fc.constantFrom(...loadPools().sentences));
  const attr = fc
    .tuple(fc.constantFrom(...ATTRS), fc.oneof(fc.constantFrom(...VALUES), unicodeText(4)), fc.constantFrom('"', "'", ''))
    .map(([name, value, q]) => ` ${name}=${q}${q ? value.split(q).join('') : value.replace(/[\s>]/g, '')}${q}`);
  const { node } = fc.letrec<{ node: string; element: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { arbitrary: text, weight: 3 },
      { arbitrary: tie('element'), weight: 3 },
      { arbitrary: fc.constantFrom('<!-- c -->', '<![CDATA[x]]>', '<!DOCTYPE html>', '&lt;', '&#x3C;script&#x3E;', '</div>', '<', '<?xml x?>'), weight: 1 },
    ),
    element: fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attrs, children, closed]) => `<${tag}${attrs.join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`),
  }));
  const body = fc.array(node, { maxLength: 8 }).map((ns) => ns.join('\n'));
  return fc.oneof(
    body,
    fc
      .tuple(unicodeText(8), unicodeText(4), body)
      .map(([title, site, b]) => `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="${site.split('"').join('')}"></head><body><article>${b}</article></body></html>`),
  );
}

/** Real news sentences (both languages) with random pieces inserted at random places. */
export function corruptedNews(maxSentences = 6): fc.Arbitrary<string> {
  const { sentences } = loadPools();
  const edit = fc.tuple(fc.nat(), piece());
  return fc
    .tuple(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: maxSentences }), fc.array(edit, { maxLength: 6 }), fc.constantFrom(' ', '\n', '\n\n'))
    .map(([ss, edits, sep]) => {
      let text = ss.join(sep);
      for (const [at, p] of edits) {
        const k = at % (text.length + 1);
        text = text.slice(0, k) + p + text.slice(k);
      }
      return text;
    });
}

/** Any raw article: random Unicode, HTML, nesting, corrupted news, empty or whitespace only. */
export function rawArticle(): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: corruptedNews(), weight: 6 },
    { arbitrary: cueDense(), weight: 2 },
    { arbitrary: unicodeText(), weight: 3 },
    { arbitrary: nestedText(), weight: 3 },
    { arbitrary: htmlText(), weight: 3 },
    { arbitrary: fc.constantFrom('', ' ', '\n\n\t ', '\u00a0\u3000', '\u200b\u200e'), weight: 1 },
  );
}

const FORMATS: ArticleFormat[] = ['text', 'markdown', 'html'];

/** One article input; stated metadata and format sometimes given. */
export function articleInput(id: string): fc.Arbitrary<ArticleInput> {
  return fc
    .record(
      {
        raw: rawArticle(),
        format: fc.constantFrom(...FORMATS),
        title: unicodeText(6),
        outlet: unicodeText(3),
        language: fc.constantFrom('auto', 'ar', 'en', 'und', 'fr', 'zh'),
      },
      { requiredKeys: ['raw'] },
    )
    .map((r) => ({ id, ...r }));
}

/**
 * A case of 1–`max` articles sharing a pool of sentences (so rows form), ids unique except, rarely, a
 * duplicate (which must be reported, not crash).
 */
export function caseInputs(max = 5): fc.Arbitrary<ArticleInput[]> {
  return fc.integer({ min: 1, max }).chain((n) =>
    fc.tuple(fc.tuple(...Array.from({ length: n }, (_, k) => articleInput(`a${k}`))), fc.integer({ min: 0, max: 19 })).map(([articles, dup]) =>
      dup === 0 && articles.length > 1 ? articles.map((a, k) => (k === articles.length - 1 ? { ...a, id: 'a0' } : a)) : articles,
    ),
  );
}

/** A case whose articles retell the same few sentences, corrupted differently: rows and actors form. */
export function overlappingCase(max = 5): fc.Arbitrary<ArticleInput[]> {
  const { sentences } = loadPools();
  return fc
    .tuple(fc.array(fc.constantFrom(...sentences), { minLength: 2, maxLength: 8 }), fc.integer({ min: 2, max }))
    .chain(([shared, n]) =>
      fc.tuple(
        ...Array.from({ length: n }, (_, k) =>
          fc
            .tuple(fc.subarray(shared, { minLength: 1 }), fc.array(fc.tuple(fc.nat(), piece()), { maxLength: 4 }))
            .map(([ss, edits]): ArticleInput => {
              let raw = ss.join(' ');
              for (const [at, p] of edits) {
                const i = at % (raw.length + 1);
                raw = raw.slice(0, i) + p + raw.slice(i);
              }
              return { id: `o${k}`, raw, outlet: `Outlet ${k}` };
            }),
        ),
      ),
    );
}

/** Label entries a user may type in the dashboard: empty forms, regex characters, stray marks. */
export function extraLabels(): fc.Arbitrary<LabelLexiconEntry[]> {
  const { words } = loadPools();
  const form = fc.oneof(
    { arbitrary: fc.constantFrom(...words), weight: 4 },
    { arbitrary: fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map(([a, b]) => `${a} ${b}`), weight: 2 },
    { arbitrary: fc.constantFrom('', ' ', '.*', '(', '\\', '[a-z]+', 'ال', 'the', '\u0640', '«', '$&'), weight: 2 },
    { arbitrary: unicodeText(3), weight: 1 },
  );
  return fc.array(
    fc
      .record(
        {
          forms: fc.array(form, { maxLength: 3 }),
          stance: fc.constantFrom('positive' as const, 'negative' as const, 'neutral' as const),
          language: fc.constantFrom('ar', 'en', 'fr'),
          actors: fc.array(form, { maxLength: 2 }),
        },
        { requiredKeys: ['forms', 'stance', 'language'] },
      ),
    { maxLength: 4 },
  );
}
