/**
 * Where each actor is named: by one of its aliases, through its forces ("ميليشيات سليمان", "Suleiman's
 * forces": mentions of the organisation the person commands, when the case says which), or by a bare
 * definite head noun ("الحكومة", "the government") that can only mean one organisation of the case.
 */
import { isStopword } from '../align/terms.ts';
import type { ActorCandidate, CaseText } from './discover.ts';
import { hasArticle, headBase } from './lexicon.ts';
import { cliticLength } from './labels.ts';
import type { PhraseMatcher } from './lexicon.ts';

export interface Mention {
  actor: number;
  article: number;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  kind: 'name' | 'forces' | 'coref';
  /** Token range of the head noun chosen ("ميليشيات" in "ميليشيات سليمان"), when there is one. */
  headFirst?: number;
  headLast?: number;
  /** For 'forces': the candidate whose forces they are (the commander or the organisation named inside). */
  owner?: number;
}

/**
 * All mentions of the candidates in every text. Forces mentions whose commander leads no known
 * organisation create a new candidate ("forces of X"), appended to `candidates`.
 */
export function findMentions(texts: readonly CaseText[], candidates: ActorCandidate[], aliases: PhraseMatcher<number>): Mention[] {
  const mentions: Mention[] = [];
  const forces: Mention[] = [];
  const corefs: Coref[] = [];
  for (const c of texts) {
    const { tokens, data } = c;
    for (let i = 0; i < tokens.length; i++) {
      // Head noun + person ("ميليشيات سليمان", "forces of Suleiman" is rarer and left to the name match).
      const head = data.forceHeads.match(tokens, i);
      // A name that begins with a head noun ("قوات سوريا الديمقراطية") is that name, not someone's forces.
      const whole = head ? aliases.match(tokens, i) : null;
      if (head && !(whole && whole.length > head.length)) {
        const after = i + head.length;
        // "الميليشيات المسلحة التابعة لـ…": adjectives may stand between the head noun and the loyalty word.
        let loyal = after;
        for (let n = 0; n < 2 && loyal < tokens.length && !tokens[loyal]!.breakBefore && !data.loyalty.has(tokens[loyal]!.key) && hasArticle(tokens[loyal]!.key, data) && data.isAdjective(tokens[loyal]!.key); n++) loyal++;
        // "القوات الموالية لحكومة …", "forces loyal to the …": the organisation's own forces.
        if (loyal + 1 < tokens.length && data.loyalty.has(tokens[loyal]!.key) && !tokens[loyal]!.breakBefore) {
          let org = loyal + 1;
          while (org < tokens.length && data.determiners.has(tokens[org]!.key)) org++;
          const loyalTo = org < tokens.length && !tokens[org]!.breakBefore ? aliases.match(tokens, org) : null;
          if (loyalTo && candidates[loyalTo.value]!.kind === 'org') {
            const m: Mention = { actor: loyalTo.value, article: c.articleIndex, first: org, last: org + loyalTo.length - 1, kind: 'name', headFirst: i, headLast: after - 1 };
            // A government's forces are an actor of their own; an army's forces are the army.
            if (hasOwnForces(candidates[loyalTo.value]!)) forces.push({ ...m, first: i, kind: 'forces' });
            else mentions.push(m);
            i = org + loyalTo.length - 1;
            continue;
          }
          // Loyal to someone the case names no organisation for («القوات الموالية لحكومة Y»): another
          // group's forces, so the bare head noun is no short mention of an actor named with it.
          i = loyal;
          continue;
        }
        const person = after < tokens.length && !tokens[after]!.breakBefore ? aliases.match(tokens, after) : null;
        // «قائد الجيش X», «رئيس أركان الجيش X»: the head ends a title before the person's name (he commands it).
        if (person && candidates[person.value]!.kind === 'person' && !data.personTitles.matchEndingAt(tokens, after - 1)) {
          forces.push({ actor: person.value, article: c.articleIndex, first: i, last: after + person.length - 1, kind: 'forces', headFirst: i, headLast: after - 1 });
          i = after + person.length - 1;
          continue;
        }
        // "ميليشيات الإنقاذ": the forces of an organisation named by one word (the organisation itself, if it is an army).
        const named = person ? candidates[person.value]! : null;
        if (person && named && named.kind === 'org' && (hasOwnForces(named) || named.aliases.some((a) => a.length === person.length && a.length === 1))) {
          const m: Mention = { actor: person.value, article: c.articleIndex, first: i, last: after + person.length - 1, kind: 'name', headFirst: i, headLast: after - 1 };
          if (hasOwnForces(named)) forces.push({ ...m, kind: 'forces' });
          else mentions.push(m);
          i = after + person.length - 1;
          continue;
        }
      }
      let alias = aliases.match(tokens, i);
      // Where names are capitalised, "a wild card" or "the people" are not mentions.
      // ("the Velmari army" is still the "Velmari Army": capitalised words, then the name's own head noun.)
      if (alias && data.capitalisedNames && !tokens[i + alias.length - 1]!.capitalised && !lowerHeadAfterName(tokens, i, alias.length, data)) alias = null;
      if (alias) {
        let last = i + alias.length - 1;
        // "Kestrel (Dawn) Alliance": a gloss in brackets, then the organisation's own head noun, is one mention.
        if (data.capitalisedNames) last = glossedHeadEnd(c, last, candidates[alias.value]!);
        // "Suleiman's forces"
        const possessed = tokens[last]!.possessive ? data.forceHeads.match(tokens, last + 1) : null;
        if (possessed && candidates[alias.value]!.kind === 'person' && !tokens[last + 1]!.breakBefore) {
          forces.push({ actor: alias.value, article: c.articleIndex, first: i, last: last + possessed.length, kind: 'forces', headFirst: last + 1, headLast: last + possessed.length });
          i = last + possessed.length;
          continue;
        }
        const m: Mention = { actor: alias.value, article: c.articleIndex, first: i, last, kind: 'name' };
        for (let k = i; k <= last; k++) {
          const label = data.labels.match(tokens, k);
          if (label?.value.form === 'head-noun') {
            m.headFirst = k;
            m.headLast = k + label.length - 1;
            break;
          }
        }
        mentions.push(m);
        i = last;
        continue;
      }
      const orgHead = data.orgHeads.match(tokens, i);
      const key = tokens[i]!.key;
      const governing = data.governingHeads.has(key);
      // "the regulator", «المصرف»: a noun for a kind of body stands for the one body of that kind named.
      const kinds = data.kindNouns.size ? data.kindNouns.get(headBase(key, data)) : undefined;
      if ((orgHead && orgHead.length === 1) || governing || kinds) {
        // Definite: the glued article ("الحكومة") or a determiner before ("the government").
        // (A kind noun may take one plain word of what the body oversees: "the election watchdog".)
        const definite = data.article ? hasArticle(key, data) : (i > 0 && data.determiners.has(tokens[i - 1]!.key) && !tokens[i]!.breakBefore) || (!!kinds && modifiedKind(tokens, i, c.lang, data));
        if (definite) corefs.push({ article: c.articleIndex, index: i, heads: kinds ?? [headBase(key, data)], governing, spelling: key });
      }
    }
  }
  resolveForces(texts, candidates, mentions, forces);
  resolveCorefs(candidates, mentions, corefs);
  return mentions;
}

/** "the election watchdog": a determiner, one lower-case word no stopword, then the kind noun at `i`. */
function modifiedKind(tokens: CaseText['tokens'], i: number, lang: CaseText['lang'], data: CaseText['data']): boolean {
  if (i < 2 || tokens[i]!.breakBefore || tokens[i - 1]!.breakBefore) return false;
  const modifier = tokens[i - 1]!;
  return data.determiners.has(tokens[i - 2]!.key) && !modifier.capitalised && !modifier.possessive && !isStopword(modifier.key, lang);
}

/** A name of two words or more written with capitals but for its head noun ("the Velmari army", "Mali's army"). */
function lowerHeadAfterName(tokens: CaseText['tokens'], i: number, length: number, data: CaseText['data']): boolean {
  if (length < 2) return false;
  // (A name in the possessive opening a sentence is still a name: "Mali's army said …".)
  for (let k = i; k < i + length - 1; k++) if (!tokens[k]!.capitalised || (tokens[k]!.sentenceStart && !tokens[k]!.possessive)) return false;
  const last = i + length - 1;
  return data.forceHeads.match(tokens, last)?.length === 1 || data.orgHeads.match(tokens, last)?.length === 1;
}

interface Coref {
  article: number;
  index: number;
  /** Head nouns of the names it may stand for (its own, or those of its kind). */
  heads: string[];
  /** "the government", "the regime": whoever governs, one actor when the case names none. */
  governing: boolean;
  spelling: string;
}

/** Person → the organisation he commands, from "قائد الجيش …، المشير X" / "X, commander of the …". */
function commandLinks(texts: readonly CaseText[], candidates: readonly ActorCandidate[], mentions: readonly Mention[]): Map<number, number> {
  const votes = new Map<number, Map<number, number>>();
  const byArticle = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byArticle.get(m.article) ?? [];
    list.push(m);
    byArticle.set(m.article, list);
  }
  for (const c of texts) {
    const list = byArticle.get(c.articleIndex) ?? [];
    // A link needs a person and an organisation named in the article: else no title is read.
    const linkable = list.some((m) => candidates[m.actor]!.kind === 'org') && list.some((m) => candidates[m.actor]!.kind === 'person');
    for (let i = 0; linkable && i < c.tokens.length; i++) {
      const title = c.data.commanderTitles.match(c.tokens, i);
      if (!title) continue;
      const after = i + title.length;
      // The organisation right after the title (an article or "of the" may stand between).
      const org = list.find((m) => m.first >= after && m.first <= after + 2 && candidates[m.actor]!.kind === 'org' && isForce(c, m));
      if (!org) continue;
      let best: Mention | undefined;
      for (const m of list) {
        if (candidates[m.actor]!.kind !== 'person') continue;
        const distance = m.last < i ? i - m.last : m.first > org.last ? m.first - org.last : Infinity;
        if (distance <= 6 && (!best || distance < (best.last < i ? i - best.last : best.first - org.last))) best = m;
      }
      if (!best) continue;
      const v = votes.get(best.actor) ?? new Map<number, number>();
      v.set(org.actor, (v.get(org.actor) ?? 0) + 1);
      votes.set(best.actor, v);
    }
    // "the general's National Guard"
    for (const m of list) {
      if (candidates[m.actor]!.kind !== 'person' || !c.tokens[m.last]!.possessive) continue;
      const org = list.find((o) => o.first === m.last + 1 && candidates[o.actor]!.kind === 'org');
      if (!org) continue;
      const v = votes.get(m.actor) ?? new Map<number, number>();
      v.set(org.actor, (v.get(org.actor) ?? 0) + 1);
      votes.set(m.actor, v);
    }
  }
  const links = new Map<number, number>();
  for (const [person, v] of votes) links.set(person, [...v].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0]);
  return links;
}

/** The mention's name contains a forces head noun ("الجيش الوطني", "National Guard"). */
function isForce(c: CaseText, m: Mention): boolean {
  for (let k = m.first; k <= m.last; k++) if (c.data.forceHeads.match(c.tokens, k)) return true;
  return false;
}

function resolveForces(texts: readonly CaseText[], candidates: ActorCandidate[], mentions: Mention[], forces: readonly Mention[]): void {
  const links = commandLinks(texts, candidates, mentions);
  const synthetic = new Map<number, number>();
  for (const f of forces) {
    let target = links.get(f.actor);
    if (target === undefined) {
      const c = texts[f.article]!;
      const spelling = c.text.slice(c.tokens[f.first]!.start + cliticLength(c, f.first), c.tokens[f.last]!.end);
      target = synthetic.get(f.actor);
      if (target === undefined) {
        candidates.push({ kind: 'org', aliases: [], spellings: new Map() });
        target = candidates.length - 1;
        synthetic.set(f.actor, target);
      }
      // Every spelling counts, so the most common one names the forces.
      const spellings = candidates[target]!.spellings;
      spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
    }
    mentions.push({ ...f, actor: target, owner: f.actor });
  }
}

/** A bare "الحكومة" means the organisation with that head the article (or else the case) names most. */
function resolveCorefs(candidates: ActorCandidate[], mentions: Mention[], corefs: readonly Coref[]): void {
  const counts = new Map<string, Map<number, number>>();
  const caseCounts = new Map<number, number>();
  for (const m of mentions) {
    const head = candidates[m.actor]!.head;
    if (m.kind !== 'name' || !head) continue;
    const key = `${m.article}:${head}`;
    const v = counts.get(key) ?? new Map<number, number>();
    v.set(m.actor, (v.get(m.actor) ?? 0) + 1);
    counts.set(key, v);
    caseCounts.set(m.actor, (caseCounts.get(m.actor) ?? 0) + 1);
  }
  const governingNamed = [...caseCounts].filter(([a]) => governs(candidates[a]!));
  let governing: number | undefined;
  const unnamed: Mention[] = [];
  for (const r of corefs) {
    let options = optionsOf(counts, r);
    if (!options) {
      // No such organisation named in this article: only a single one in the whole case will do.
      const inCase = [...caseCounts].filter(([a]) => r.heads.includes(candidates[a]!.head!));
      if (inCase.length !== 1 && !r.governing) continue;
      options = new Map(inCase.length === 1 ? inCase : governingNamed.length === 1 ? governingNamed : []);
      // "the government" and "the regime" of a case that names no government: the same unnamed actor.
      if (r.governing && !options.size && !governingNamed.length) {
        if (governing === undefined) {
          candidates.push({ kind: 'org', aliases: [], spellings: new Map(), head: r.heads[0]! });
          governing = candidates.length - 1;
        }
        const spellings = candidates[governing]!.spellings;
        spellings.set(r.spelling, (spellings.get(r.spelling) ?? 0) + 1);
        options = new Map([[governing, 1]]);
      }
      if (!options.size) continue;
    }
    const ranked = [...options].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (ranked.length > 1 && ranked[0]![1] === ranked[1]![1]) continue;
    (ranked[0]![0] === governing ? unnamed : mentions).push({ actor: ranked[0]![0], article: r.article, first: r.index, last: r.index, kind: 'coref', headFirst: r.index, headLast: r.index });
  }
  // The unnamed governing actor is worth a row only where outlets call it by different heads ("the
  // government" / "the regime"); a bare head every outlet uses alike is a common noun, not an actor.
  if (governing !== undefined && candidates[governing]!.spellings.size > 1) mentions.push(...unnamed);
}

/** The organisations of a coref's heads the article names, with how often (undefined: none). */
function optionsOf(counts: ReadonlyMap<string, Map<number, number>>, r: Coref): Map<number, number> | undefined {
  if (r.heads.length === 1) return counts.get(`${r.article}:${r.heads[0]}`);
  let out: Map<number, number> | undefined;
  for (const h of r.heads) for (const [a, n] of counts.get(`${r.article}:${h}`) ?? []) (out ??= new Map()).set(a, n);
  return out;
}

/** An organisation whose head noun names whoever governs ("… Government"). */
function governs(c: ActorCandidate): boolean {
  return c.head !== undefined && c.data !== undefined && c.data.governingHeads.has(c.head);
}

/** An organisation that is not itself an armed force (a government): its forces are another actor. */
function hasOwnForces(c: ActorCandidate): boolean {
  const data = c.data;
  return c.kind === 'org' && data !== undefined && !c.aliases.some((a) => a.some((w) => data.forceHeads.hasWord(w)));
}

/** Capitalised words a bracketed gloss inside an organisation's name may hold. */
const GLOSS_WORDS = 3;

/**
 * The last token of "X (Y) Head" from the end of X at `last`: where the organisation's own head noun
 * (capitalised) follows a bracketed gloss of capitalised words, the mention runs through it; else `last`.
 */
function glossedHeadEnd(c: CaseText, last: number, candidate: ActorCandidate): number {
  const { tokens, text } = c;
  if (candidate.kind !== 'org' || candidate.head === undefined) return last;
  const open = tokens[last + 1];
  if (!open || !/^\s*\(\s*$/u.test(text.slice(tokens[last]!.end, open.start))) return last;
  for (let g = last + 1; g < tokens.length && g - last <= GLOSS_WORDS; g++) {
    if (!tokens[g]!.capitalised || (g > last + 1 && tokens[g]!.breakBefore)) return last;
    const head = tokens[g + 1];
    if (head && /^\s*\)\s*$/u.test(text.slice(tokens[g]!.end, head.start))) return head.capitalised && head.key === candidate.head ? g + 1 : last;
  }
  return last;
}
