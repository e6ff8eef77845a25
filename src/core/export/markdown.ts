import { isClaim } from '../claims.ts';
import { correspond } from '../crosslang/correspond.ts';
import { diffClaims } from '../diff/index.ts';
import { caseStats, outletName, type CaseStats } from '../stats/index.ts';
import { cleanSourceText } from '../stats/speakers.ts';
import { SOURCE_KINDS } from '../vocabulary.ts';
import type { AnalyzedArticle, CaseAnalysis, Claim } from '../types.ts';

const STANCE_MARK = { positive: '+', negative: '−', neutral: '·' } as const;

/**
 * Article text and metadata are data, not Markdown: one line, and no HTML, autolink, link, code span or
 * table pipe a renderer would act on (a hostile page's title must not become markup in the report).
 */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\<>|`]/g, '\\$&')
    .replace(/\](?=[([:])/g, '\\]');
}

/** Table cells hold one line and no pipes (see `inline`), shortened to `max` characters. */
function cell(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return inline(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

function claimTable(article: AnalyzedArticle): string[] {
  const lines = ['| # | Claim | Source | Kind | Cue (stance) | Via | Quote |', '|---|---|---|---|---|---|---|'];
  // Headings and credit lines sit in the table where they stand but take no number: the numbers count
  // the claims the heading above gives.
  let n = 0;
  article.claims.forEach((claim) => {
    const number = isClaim(claim) ? String(++n) : '';
    const a = claim.attribution;
    // (The article's title claim reads as its headline.)
    const own = isClaim(claim) ? '*own voice*' : `*${claim.kind === 'title' ? 'headline' : claim.kind}, not a claim*`;
    const source = a ? cell(cleanSourceText(a.source.text, article.language), 80) + (a.source.affiliation ? ` (${cell(a.source.affiliation, 60)})` : '') + (a.source.continued ? ' ↩' : '') : own;
    lines.push(
      `| ${number} | ${cell(claim.text)} | ${source} | ${a?.source.kind ?? ''} | ${a ? `${cell(a.cue.text, 30)} (${a.cue.stance})` : ''} | ${a?.via ? cell(a.via.text, 40) : ''} | ${a?.quote ?? ''} |`,
    );
  });
  return lines;
}

function sourcesPerOutlet(stats: CaseStats): string[] {
  const lines = [
    '| Outlet | Claims | Own voice | ' + SOURCE_KINDS.join(' | ') + ' | Anonymous share | Endorsing cues | Distancing cues | Rows shared |',
    '|---|' + '---|'.repeat(SOURCE_KINDS.length + 6),
  ];
  for (const s of stats.outlets) {
    const share = s.attributed ? `${Math.round(s.anonymousShare * 100)}%` : '–';
    lines.push(
      `| ${cell(s.label, 60)} | ${s.claims} | ${s.ownVoice} | ${SOURCE_KINDS.map((k) => s.byKind[k]).join(' | ')} | ${share} | ${s.byStance.endorsing} | ${s.byStance.distancing} | ${s.rowsShared} of ${stats.sharedRows} |`,
    );
  }
  return lines;
}

/**
 * A claim in another language than the main version's: a word diff between two languages means
 * nothing, so the text as written and what corresponds (figures, names, bridged words), as the
 * dashboard shows it.
 */
function crossLanguageCell(reference: { claim: Claim; article: AnalyzedArticle }, claim: Claim, article: AnalyzedArticle): string {
  const { b } = correspond({ text: reference.claim.text, language: reference.article.language }, { text: claim.text, language: article.language });
  const shared = b.filter((span) => span.shared).map((span) => span.text);
  const listed = shared.length ? `: ${[...new Set(shared)].slice(0, 8).join(' · ')}` : '';
  return `${claim.text} ⟷ *other language than the main version (${reference.article.language}): ${shared.length} of ${b.length} words and figures correspond${listed}*`;
}

/** A word diff in wdiff notation: [-removed-] {+added+}. */
function markedDiff(reference: Claim, other: Claim, lang: string): string {
  return diffClaims(reference.text, other.text, lang)
    .map((part) => (part.op === 'equal' ? part.text : part.op === 'delete' ? `[-${part.text}-]` : `{+${part.text}+}`))
    .join('');
}

function rowsSection(analysis: CaseAnalysis, stats: CaseStats): string[] {
  const claims = new Map<string, { claim: Claim; article: AnalyzedArticle }>();
  for (const article of analysis.articles) for (const claim of article.claims) claims.set(claim.id, { claim, article });
  const names = new Map(analysis.articles.map((a) => [a.id, outletName(a)]));
  const lines: string[] = [];
  for (const row of analysis.rows) {
    const members = row.claimIds.map((id) => claims.get(id)).filter((m) => m !== undefined);
    if (!members.length) continue;
    const missing = row.missingFrom.map((id) => names.get(id) ?? id);
    const disagreeing = new Set(row.disagreeing ?? []);
    const split = disagreeing.size ? `; **versions disagree** (${disagreeing.size} marked ≠)` : '';
    // Outlets, not claims: one outlet may put two of its claims in a row.
    const outlets = stats.rowCoverage.get(row.id) ?? 0;
    lines.push(`### Row ${inline(row.id)} — ${outlets} of ${analysis.articles.length} outlets${missing.length ? `; not reported by ${missing.map((m) => cell(m, 60)).join(', ')}` : ''}${split}`, '');
    // The reference is a claim of the main version, so the diff shows what the disagreeing ones change; not a
    // headline where the row holds a fuller claim (a headline restates its outlet's lead in fewer words).
    const main = members.filter((m) => !disagreeing.has(m.claim.id));
    const reference = main.find((m) => m.claim.kind !== 'title') ?? main[0] ?? members[0]!;
    for (const { claim, article } of members) {
      const source = claim.attribution ? ` — *${cell(cleanSourceText(claim.attribution.source.text, article.language), 80)}* (${cell(claim.attribution.cue.text, 40)})` : claim.kind === 'title' ? ' — *headline*' : ' — *own voice*';
      const text =
        // Another claim of the reference's own outlet is shown as it is, as in Compare.
        article.id === reference.article.id
          ? claim.text
          : article.language !== reference.article.language
            ? crossLanguageCell(reference, claim, article)
            : markedDiff(reference.claim, claim, article.language);
      const mark = disagreeing.has(claim.id) ? ' ≠ *disagrees*' : '';
      lines.push(`- **${cell(outletName(article), 60)}**${mark}: ${cell(text, 2000)}${source}`);
    }
    lines.push('');
  }
  return lines.length ? lines : ['No claim is reported by more than one outlet.'];
}

function actorsSection(analysis: CaseAnalysis): string[] {
  if (!analysis.actors.length) return ['No recurring actors found.'];
  // An actor no outlet labels would be a row of dashes; it is listed once below the table instead.
  const labelled = analysis.actors.filter((a) => a.labels.length > 0);
  const unlabelled = analysis.actors.filter((a) => a.labels.length === 0);
  const lines = labelled.length
    ? ['| Actor | ' + analysis.articles.map((a) => cell(outletName(a), 40)).join(' | ') + ' |', '|---|' + '---|'.repeat(analysis.articles.length)]
    : [];
  for (const actor of labelled) {
    const cells = analysis.articles.map((article) => {
      const seen = new Set<string>();
      const labels: string[] = [];
      for (const label of actor.labels) {
        const key = label.key ?? label.text;
        if (label.articleId !== article.id || seen.has(key)) continue;
        seen.add(key);
        labels.push(`${STANCE_MARK[label.stance]}${cell(label.shown ?? label.text, 50)}`);
      }
      return labels.join('; ') || '–';
    });
    lines.push(`| ${cell(actor.name, 50)} | ${cells.join(' | ')} |`);
  }
  if (unlabelled.length) lines.push(...(lines.length ? [''] : []), `Also named, with no label in any outlet: ${unlabelled.map((a) => cell(a.name, 50)).join(' · ')}.`);
  lines.push('', 'Stance: + positive, − negative, · neutral.');
  return lines;
}

/**
 * A readable report: claims with their sources per article, sources per outlet, rows side by side with
 * a word diff, and the actor × outlet table of labels.
 * @example toMarkdown(analysis).startsWith('# Parallax report')
 */
export function toMarkdown(analysis: CaseAnalysis): string {
  const stats = caseStats(analysis);
  const claimCount = stats.outlets.reduce((n, s) => n + s.claims, 0);
  const attributed = stats.outlets.reduce((n, s) => n + s.attributed, 0);
  const lines = [
    '# Parallax report',
    '',
    `${analysis.articles.length} articles, ${claimCount} claims (${attributed} attributed to a stated source), ${stats.sharedRows} rows shared across outlets, ${analysis.actors.length} actors.`,
    '',
  ];
  if (analysis.diagnostics.length) {
    lines.push('## Problems', '', ...analysis.diagnostics.map((d) => `- ${d.level}: ${inline(d.message)}`), '');
  }
  lines.push('## Sources per outlet', '', ...sourcesPerOutlet(stats), '');
  lines.push('## Rows across outlets', '', 'Each row is compared with its first claim of the main version: [-removed-] {+added+}. ≠ marks a claim whose figures, negation or predicate contradict the main version.', '', ...rowsSection(analysis, stats), '');
  lines.push('## Actors and labels', '', ...actorsSection(analysis), '');
  lines.push('## Claims per article', '');
  for (const article of analysis.articles) {
    const name = outletName(article);
    lines.push(`### ${cell(name, 80)}${article.title && article.title !== name ? ` — ${cell(article.title, 120)}` : ''}`, '');
    lines.push(`${inline(article.id)} · language ${inline(article.language)}${article.date ? ` · ${cell(article.date, 40)}` : ''} · ${article.claims.filter(isClaim).length} claims`, '');
    lines.push(...claimTable(article), '');
  }
  return lines.join('\n');
}
