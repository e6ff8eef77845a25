import { outletName } from '../stats/index.ts';
import type { CaseAnalysis } from '../types.ts';

const COLUMNS = [
  'article_id', 'outlet', 'language', 'claim_id', 'row_id', 'start', 'end', 'claim',
  'source', 'source_kind', 'affiliation', 'role', 'continued', 'cue', 'cue_stance', 'via', 'quote', 'rule', 'kind',
] as const;

/** RFC 4180 field; a leading = + - @ is defused so a spreadsheet never runs article text as a formula. */
function field(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One claim per line, with its outlet's name (see outletName), row id, source and cue; `kind` marks a
 * line kept for reading that is no claim of the outlet's own voice (heading, credit, title), empty otherwise.
 * @example toCsv(analysis).split('\n')[0].startsWith('article_id,')
 */
export function toCsv(analysis: CaseAnalysis): string {
  const rowOf = new Map<string, string>();
  for (const row of analysis.rows) for (const claimId of row.claimIds) rowOf.set(claimId, row.id);
  const lines = [COLUMNS.join(',')];
  for (const article of analysis.articles) {
    for (const claim of article.claims) {
      const a = claim.attribution;
      const values = [
        article.id, outletName(article), article.language, claim.id, rowOf.get(claim.id), claim.start, claim.end, claim.text,
        a?.source.text, a?.source.kind, a?.source.affiliation, a?.source.role, a?.source.continued, a?.cue.text, a?.cue.stance,
        a?.via?.text, a?.quote, a?.rule, claim.kind,
      ];
      lines.push(values.map(field).join(','));
    }
  }
  return lines.join('\r\n') + '\r\n';
}
