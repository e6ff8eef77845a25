/**
 * Stage 7: the actors a case keeps naming and every label each outlet attaches to them (titles,
 * adjectives, appositions, relative clauses, the head noun chosen: "army" vs "militias"). Actors are
 * discovered from the text (no names in code or data); labels come from the language's lexicon, the
 * user's entries, and discovery (modifiers some outlets use for an actor and others do not).
 */
import { isStopword } from '../align/terms.ts';
import { entityData } from '../entities/data.ts';
import { resolutionOf } from '../entities/index.ts';
import type { EntityIndex } from '../entities/index.ts';
import { displayNames, resolveCase } from '../entities/resolve.ts';
import { nounFormName } from '../entities/variants.ts';
import { wordSkeleton } from '../entities/skeleton.ts';
import { arabicLightStem } from '../lang/ar/stem.ts';
import { singular } from '../entities/variants.ts';
import type { ActorCandidate, CaseText } from './discover.ts';
import { namedAfterEpithet } from './equate.ts';
import { addPersonEpithets } from './person-epithets.ts';
import { addRelationalEpithets } from './relational-epithets.ts';
import { dropDisagreeing } from './agreement.ts';
import { addPersonDescriptions } from './person-descriptions.ts';
import { personNouns } from './person-nouns.ts';
import { addPredicateNouns } from './predicate-nouns.ts';
import { addGroupDescriptions } from './group-descriptions.ts';
import { addSharedDescriptions } from './shared-descriptions.ts';
import { commonNounActors } from './common-nouns.ts';
import { addOwnGroups } from './own-groups.ts';
import { roleReferences } from './roles.ts';
import { cliticLength, kindSaidAfter, labelsOfMention, newDraft, shownLabelText } from './labels.ts';
import { hasArticle, userLabels } from './lexicon.ts';
import { foldForMatch } from '../normalize/index.ts';
import type { Actor, ActorLabel, AnalyzedArticle, LabelLexiconEntry } from '../types.ts';
import type { LabelEntry } from './lexicon.ts';
import type { LabelDraft } from './labels.ts';
import type { Mention } from './mentions.ts';
import { ARABIC_BLOCK } from '../normalize/script.ts';

export interface FindActorsOptions {
  /** Extra label entries (e.g. added by the user in the dashboard). */
  extraLabels?: LabelLexiconEntry[];
  /** Articles that must name an actor for it to be listed (default: 2, or 1 for a one-article case). */
  minArticles?: number;
  /** The case's entities, when already resolved (else resolved here). */
  entities?: EntityIndex;
  /** Also give each actor's mentions with their offsets (for a screen; see Actor.mentions). */
  withMentions?: boolean;
  /** For diagnostics: keep the labels the surfacing filter drops (shared, used once) and actors named once without one. */
  keepDropped?: boolean;
}

/**
 * The actors of a case with their labels, ordered by how many articles name them.
 * @example findActors(articles)[0] // { id: 'a1', name: 'Omar Suleiman', aliases: ['Suleiman'], labels: [{ key: 'field marshal', … }] }
 */
export function findActors(articles: readonly AnalyzedArticle[], options: FindActorsOptions = {}): Actor[] {
  const r = (options.entities && resolutionOf(options.entities)) ?? resolveCase(articles);
  const { texts, candidates, mentions, aliasWords } = r;
  const minArticles = options.minArticles ?? (articles.length > 1 ? 2 : 1);
  const occupied = texts.map(() => new Set<number>());
  const persons = texts.map(() => new Set<number>());
  for (const m of mentions) {
    const person = candidates[m.actor]!.kind === 'person';
    for (let k = m.first; k <= m.last; k++) {
      occupied[m.article]!.add(k);
      if (person) persons[m.article]!.add(k);
    }
  }
  const draftsOf = (g: (typeof r.groups)[number]): LabelDraft[] => {
    const drafts: LabelDraft[] = [];
    const candidate = candidates[g.candidate]!;
    for (const m of g.mentions) {
      // (Indexed loops, not a spread push nor an iterator: one call per mention of the case.)
      const found = labelsOfMention(texts[m.article]!, m, occupied[m.article]!, candidate, aliasWords, persons[m.article]!);
      for (let d = 0; d < found.length; d++) drafts.push(found[d]!);
    }
    return drafts;
  };
  // A person one article names and another refers to by his role alone ("the Velmari prime minister").
  const single = minArticles === 2 ? r.groups.filter((g) => g.kind === 'person' && new Set(g.mentions.map((m) => m.article)).size === 1 && g.mentions.length > 0) : [];
  const singleDrafts = single.map(draftsOf);
  const roles = roleReferences(texts, occupied, persons, single.map((g, n) => ({ article: g.mentions[0]!.article, candidate: candidates[g.candidate]!, drafts: singleDrafts[n]! })));
  const roleOf = new Map<(typeof r.groups)[number], { drafts: LabelDraft[]; refs: LabelDraft[] }>();
  for (const [n, refs] of roles) roleOf.set(single[n]!, { drafts: singleDrafts[n]!, refs });
  const kindNamed = (list: readonly Mention[], candidate: ActorCandidate): boolean =>
    candidate.kind !== 'person' && candidate.kind !== 'place' && list.some((m) => kindSaidAfter(texts[m.article]!, m, occupied[m.article]!));
  const kept = r.groups
    .map((g) => ({ g, articles: new Set([...g.mentions.map((m) => m.article), ...(roleOf.get(g)?.refs.map((d) => d.article) ?? [])]) }))
    .map((x) => ({ ...x, minor: !(x.articles.size >= minArticles && (x.g.mentions.length >= 2 || roleOf.has(x.g))), at: firstPosition(x.g.mentions) }))
    // Named once or in one article: a person or an organisation, by a name of two words or more
    // ("الوزير كلمة" is a title and a noun); a place is described, not labelled.
    // (Or a body of one word whose kind an outlet says right after its name: "the X state news agency".)
    .filter((x) => x.g.mentions.length > 0 && (!x.minor || (MINOR_KINDS.has(candidates[x.g.candidate]!.kind) && candidates[x.g.candidate]!.aliases.some((a) => a.length >= 2)) || kindNamed(x.g.mentions, candidates[x.g.candidate]!)))
    .sort((x, y) => Number(x.minor) - Number(y.minor) || y.articles.size - x.articles.size || y.g.mentions.length - x.g.mentions.length || x.at - y.at);
  // A person one article names has had the labels of its mentions read already (for its role).
  const readAlready = new Map(single.map((g, n) => [g, singleDrafts[n]!]));
  const allActors = kept.map(({ g, articles: named, minor }) => {
    const role = roleOf.get(g);
    const drafts: LabelDraft[] = role ? [...role.drafts, ...role.refs] : [...(readAlready.get(g) ?? draftsOf(g))];
    drafts.push(...otherNames(texts, g.mentions));
    // A place is described, not labelled ("the capital", "العاصمة"): only names and lexicon labels stay.
    if (candidates[g.candidate]!.kind === 'place') {
      // (Save the state an outlet says it is in, "the besieged city of X", and what place it says it is: "X, the breakaway region of Y".)
      for (let d = drafts.length - 1; d >= 0; d--) if (drafts[d]!.origin === 'discovered' && !drafts[d]!.key.startsWith(NAME_KEY) && !drafts[d]!.preName && !drafts[d]!.placeKind) drafts.splice(d, 1);
    }
    dropOwnHeadNouns(drafts);
    dropOwnDescriptions(drafts);
    if (candidates[g.candidate]!.kind === 'person') dropDisagreeing(drafts, texts);
    const { name, others } = nounFormName(displayNames(texts, g.mentions, candidates[g.candidate]!));
    return { g, named, drafts, name, others, minor };
  });
  // A dictionary-less noun the case read as a name, standing for the person named before it: his label.
  const nouns = personNouns(
    texts,
    allActors.map((a) => ({ actor: a, candidate: candidates[a.g.candidate]!, mentions: a.g.mentions, drafts: a.drafts })),
  );
  // (A set of the dropped actors: a scan of the nouns per actor grows with the square of the case.)
  const nounActors = new Set([...nouns].map((n) => n.actor));
  const actors = nouns.size ? allActors.filter((a) => !nounActors.has(a)) : allActors;
  // Its uses are the person's mentions now.
  for (const n of nouns) for (const m of n.mentions) for (let k = m.first; k <= m.last; k++) persons[m.article]!.add(k);
  // Whether each actor is read as a person (a person's name the case writes like a group's is not), once:
  // the passes below each ask, and the test walks the actor's mentions.
  const asPerson = new Map(actors.map((a) => [a, candidates[a.g.candidate]!.kind === 'person' && !unpersonal(texts, candidates[a.g.candidate]!, a.g.mentions)]));
  addEpithets(
    texts,
    articles,
    occupied,
    actors
      .filter((a) => !a.minor && !asPerson.get(a))
      .map((a) => {
        const candidate = candidates[a.g.candidate]!;
        const group = (GROUP_KINDS.has(candidate.kind) || candidate.kind === 'person') && !(candidate.kind !== 'org' && (mostlyPlace(texts, a.g.mentions) || onlyGenitive(texts, a.g.mentions)));
        return { mentions: a.g.mentions, drafts: a.drafts, group, words: candidate.aliases.filter((w) => w.length === 1).map((w) => w[0]!), army: group && isArmy(candidate) };
      }),
  );
  addPersonEpithets(
    texts,
    occupied,
    actors.filter((a) => !a.minor && asPerson.get(a)).map((a) => ({ mentions: a.g.mentions, drafts: a.drafts })),
  );
  const described = actors.filter((a) => asPerson.get(a)).map((a) => ({ mentions: a.g.mentions, drafts: a.drafts, minor: a.minor }));
  addPersonDescriptions(texts, occupied, persons, described);
  // "his secular rival": a relation names someone other than the person named before.
  addRelationalEpithets(
    texts,
    occupied,
    actors.filter((a) => !a.minor && asPerson.get(a)).map((a) => ({ mentions: a.g.mentions, drafts: a.drafts })),
  );
  // "became a convicted felon", «أصبح مجرمًا مدانًا»: a person noun said of the person (read at the linker words only).
  addPredicateNouns(texts, occupied, persons, described);
  addSharedDescriptions(
    texts,
    occupied,
    actors.filter((a) => !a.minor && asPerson.get(a)).map((a) => ({ drafts: a.drafts })),
  );
  addGroupDescriptions(
    texts,
    occupied,
    actors.filter((a) => candidates[a.g.candidate]!.kind !== 'person' && candidates[a.g.candidate]!.kind !== 'place').map((a) => ({ drafts: a.drafts })),
  );
  addOwnGroups(
    texts,
    actors.filter((a) => candidates[a.g.candidate]!.kind === 'person').map((a) => ({ mentions: a.g.mentions })),
    actors
      .filter((a) => candidates[a.g.candidate]!.kind === 'org')
      .map((a) => {
        const longest = candidates[a.g.candidate]!.aliases.reduce((x, y) => (y.length > x.length ? y : x), [] as string[]);
        return { mentions: a.g.mentions, drafts: a.drafts, head: singular(longest[longest.length - 1] ?? '') };
      }),
  );
  addUserLabels(
    texts,
    (options.extraLabels ?? []).filter((e) => e.forms.some((f) => f.trim())),
    actors.map((a) => ({ names: [a.name, ...a.others], mentions: a.g.mentions, drafts: a.drafts })),
  );
  const finished: { name: string; others: string[]; labels: ActorLabel[]; spans: readonly { article: number; first: number; last: number }[] }[] = actors
    .map((a) => ({ ...a, labels: finishLabels(a.drafts, a.named, articles, texts, options.keepDropped) }))
    // An entity the case names once, or in one article only, is an actor when an outlet labels it.
    // (So is one an outlet says what kind of body it is: "the X state news agency".)
    .filter((a) => options.keepDropped || !a.minor || a.labels.some(saysSomething) || a.drafts.some((d) => d.chosenHead))
    .map((a) => ({ name: a.name, others: a.others, labels: a.labels, spans: a.g.mentions }));
  // Groups and things named by a common noun ("protesters", «الشرطة»), after the named actors.
  for (const a of commonNounActors(texts, occupied, minArticles)) {
    const labels = finishLabels(a.drafts, a.named, articles, texts, options.keepDropped);
    if (labels.length) finished.push({ name: a.name, others: a.others, labels, spans: a.spans });
  }
  return finished.map(({ spans, labels, name, others }, n) => {
    const result: Actor = { id: `a${n + 1}`, name, labels };
    if (others.length) result.aliases = others;
    if (options.withMentions) {
      result.mentions = spans.map((m) => ({ articleId: articles[m.article]!.id, start: texts[m.article]!.tokens[m.first]!.start, end: texts[m.article]!.tokens[m.last]!.end }));
    }
    return result;
  });
}

const NAME_KEY = 'name: ';

/** Kinds an entity the case names once or in one article may be listed as. */
const MINOR_KINDS: ReadonlySet<string> = new Set(['person', 'org']);

/** Forms of label that say what an outlet calls an actor beyond the head noun of its name. */
const DESCRIBING_FORMS: ReadonlySet<string> = new Set(['title', 'apposition', 'relative-clause', 'adjective']);

/**
 * The floor for an actor the case names once or in one article: some outlet describes it (a title, an
 * apposition, a marked word), so the chart gains what an outlet said, not every name in passing.
 */
function saysSomething(label: ActorLabel): boolean {
  if (label.key?.startsWith(NAME_KEY)) return false;
  return label.stance !== 'neutral' || DESCRIBING_FORMS.has(label.form ?? '');
}

/**
 * The head noun the actor's own name carries ("X Forces", «قوات X»), used again for it ("the forces",
 * "X fighters"), repeats the name's word: the outlet chose no other word, so it is no label.
 */
function dropOwnHeadNouns(drafts: LabelDraft[]): void {
  const own = new Set(drafts.filter((d) => d.inName).map((d) => d.key));
  if (!own.size) return;
  for (let d = drafts.length - 1; d >= 0; d--) {
    const x = drafts[d]!;
    if (x.afterName && own.has(x.key)) drafts.splice(d, 1);
  }
}


/**
 * "the bank" for "X Central Bank" repeats the name's head: no word of the outlet's own, unless another
 * outlet calls the actor by a noun of its kind ("the regulator"), and the two stand side by side.
 */
function dropOwnDescriptions(drafts: LabelDraft[]): void {
  if (!drafts.some((d) => d.description === 'own') || drafts.some((d) => d.description === 'kind')) return;
  for (let d = drafts.length - 1; d >= 0; d--) if (drafts[d]!.description === 'own') drafts.splice(d, 1);
}

/** Kinds an epithet without a name may stand for ("the rebels", "the Velmar-backed group"). */
const GROUP_KINDS: ReadonlySet<string> = new Set(['org', 'other']);

interface EpithetTarget {
  mentions: readonly Mention[];
  drafts: LabelDraft[];
  /** A group (organisation or repeated name) an epithet may stand for; else a place, reached only through its nisba. */
  group: boolean;
  /** One-word names (matching keys), for "head noun + this name's nisba" («النظام الفالماري»). */
  words: readonly string[];
  /** Named with the head noun of a state's own forces ("X Army", «الجيش X»). */
  army: boolean;
}

/** Forms a one-word name or its nisba adjective meet on: without the article and the nisba ending, and the light stem. */
function nisbaKeys(word: string, data: CaseText['data'], nisba: boolean): string[] {
  const bare = data.article && word.startsWith(foldForMatch(data.article)) ? word.slice(foldForMatch(data.article).length) : word;
  const keys = [bare, arabicLightStem(word)];
  if (nisba) {
    const ending = data.nisbaEndings.find((e) => bare.endsWith(e) && bare.length - e.length >= 3);
    if (ending) keys.push(bare.slice(0, -ending.length));
  }
  return keys;
}

/**
 * Epithets used instead of a group's name, linked to a group the article names: "the Velmar-backed
 * rebels", "the militia", bare "militants" where names are capitalised, "terrorist militias", «المليشيا»,
 * «قوات التمرد», «جيش الإرهابيين». Only where the phrase says something (who backs it, a head noun the
 * lexicon marks that is not a plain head of names): "the army" alone is no epithet. The group is the
 * nearest one named before it within reach, or further away the only group the article has named. (Preferring a group whose own head noun is of the epithet's kind — "the
 * militia" for "X Forces" over "X Army" — was measured and dropped: outlets call armies militias and
 * militias armies, which is the contrast itself.)
 */
function addEpithets(texts: readonly CaseText[], articles: readonly AnalyzedArticle[], occupied: readonly ReadonlySet<number>[], all: readonly EpithetTarget[]): void {
  const groups = all.filter((g) => g.group);
  if (!groups.length) return;
  const armies = groups.filter((g) => g.army);
  const soleArmy = armies.length === 1 ? armies[0] : undefined;
  const byArticle = new Map<number, { first: number; last: number; g: EpithetTarget }[]>();
  const nisbaMaps = new Map<CaseText['data'], Map<string, EpithetTarget | null>>();
  for (const g of groups) {
    for (const m of g.mentions) {
      const list = byArticle.get(m.article);
      if (list) list.push({ first: m.first, last: m.last, g });
      else byArticle.set(m.article, [{ first: m.first, last: m.last, g }]);
    }
  }
  for (const c of texts) {
    const { tokens, data } = c;
    const taken = occupied[c.articleIndex]!;
    const named = byArticle.get(c.articleIndex);
    if (!named) continue;
    named.sort((a, b) => a.last - b.last);
    // Places and groups by the one-word names a nisba is made from, where the language makes nisbas:
    // the same for every article of a language (made once per language, not per article).
    let byNisba = nisbaMaps.get(data);
    if (!byNisba) {
      byNisba = new Map<string, EpithetTarget | null>();
      nisbaMaps.set(data, byNisba);
      if (data.article) {
        for (const g of all) {
          for (const w of g.words) {
            for (const key of nisbaKeys(w, data, false)) {
              if (key.length < 3) continue;
              byNisba.set(key, byNisba.has(key) && byNisba.get(key) !== g ? null : g);
            }
          }
        }
      }
    }
    // A head noun that names bodies in general ("forces", "الجيش") is no epithet unless the lexicon marks it.
    const says = (entry: LabelEntry, at: number): boolean =>
      entry.form === 'head-noun' && (entry.stance !== 'neutral' || !(data.forceHeads.match(tokens, at) || data.orgHeads.match(tokens, at) || data.governingHeads.has(tokens[at]!.key)));
    // `here`: the phrase at word `k`, matched already (each word was looked up three times where names are capitalised).
    const marked = (at: number, k: number, here: { value: LabelEntry; length: number } | null): { value: LabelEntry; length: number } | null => {
      const m = at < tokens.length && !taken.has(at) ? (at === k ? here : data.labels.match(tokens, at)) : null;
      return m && m.value.stance !== 'neutral' && (m.value.form === 'adjective' || m.value.form === undefined) ? m : null;
    };
    for (let k = 0; k < tokens.length; k++) {
      if (taken.has(k)) continue;
      const t = tokens[k]!;
      if (!mayOpenEpithet(t.key, data)) continue;
      const backed = data.backedSuffix(t.key) !== undefined;
      const phrase = data.labels.match(tokens, k);
      // Where the article is glued ("المليشيا"), a definite head noun the lexicon marks is an epithet by itself.
      // So is a construct the lexicon marks whose last word carries it ("قوات التمرد").
      const own = data.article && phrase && (hasArticle(t.key, data) || (phrase.length > 1 && hasArticle(tokens[k + phrase.length - 1]!.key, data))) ? phrase : null;
      const glued = own && says(own.value, k) ? own : null;
      const next = k + 1 < tokens.length && !tokens[k + 1]!.breakBefore && !taken.has(k + 1);
      let first = k;
      let last = -1;
      let key = '';
      let stance: LabelDraft['stance'] = 'neutral';
      let self = false;
      let state = false;
      let stateEnd: number;
      let selfKey: string | undefined;
      if (glued) {
        last = k + glued.length - 1;
        [key, stance] = [glued.value.key, glued.value.stance];
      } else if (backed) {
        const noun = next ? data.groupNouns.match(tokens, k + 1) : null;
        if (noun) {
          last = k + noun.length;
          key = tokens.slice(k, last + 1).map((x) => x.key).join(' ');
        }
      } else if ((selfKey = selfHead(t.key, data))) {
        // "قواتنا": a head noun with the pronoun of the group that speaks.
        last = k;
        [key, stance, self] = [`self: ${selfKey}`, 'neutral', true];
      } else if (data.selfDeterminers.has(t.key) && next) {
        // "our valiant forces": a group's own words for itself, with any head noun and up to two plain words before it.
        let h = k + 1;
        while (h < k + 3 && h < tokens.length && !taken.has(h) && !tokens[h]!.breakBefore && !tokens[h]!.capitalised && !data.labels.match(tokens, h) && !isStopword(tokens[h]!.key, c.lang)) h++;
        const noun = h < tokens.length && !taken.has(h) && !tokens[h]!.breakBefore ? data.labels.match(tokens, h) : null;
        if (noun?.value.form === 'head-noun') {
          first = k;
          last = h + noun.length - 1;
          [key, stance] = [`self: ${noun.value.key}`, 'neutral'];
          self = true;
        }
      } else if ((stateEnd = stateForcesAt(c, k, taken)) >= 0) {
        // "government troops", "regime forces", «قوات النظام», «القوات الحكومية»: a state's own forces.
        last = stateEnd;
        if (data.determiners.has(t.key)) first = k + 1;
        key = tokens.slice(first, last + 1).map((x) => x.key).join(' ');
        state = true;
      } else if (data.determiners.has(t.key) || !data.article) {
        // "the militia", "the rebels"; where names are capitalised also bare "rebels" and "terrorist militias".
        const at = data.determiners.has(t.key) ? k + 1 : k;
        if (at !== k && !next) continue;
        const adjective = marked(at, k, phrase);
        const h = at + (adjective?.length ?? 0);
        const noun = h < tokens.length && !taken.has(h) && (h === at || !tokens[h]!.breakBefore) ? (h === k ? phrase : data.labels.match(tokens, h)) : null;
        if (noun && says(noun.value, h) && (noun.value.stance !== 'neutral' || adjective)) {
          // Bare, it must open a phrase: not "Velmari rebels" (the name's own head) nor "his rebels".
          const prev = at === k ? tokens[k - 1] : undefined;
          const bareOk = at !== k || !prev || t.breakBefore || (!prev.capitalised && !prev.possessive && !taken.has(k - 1));
          if (bareOk) {
            first = at;
            last = h + noun.length - 1;
            key = adjective ? `${adjective.value.key} ${noun.value.key}` : noun.value.key;
            stance = adjective ? adjective.value.stance : noun.value.stance;
          }
        }
      } else if (data.article && !hasArticle(t.key, data) && (data.forceHeads.match(tokens, k) || data.orgHeads.match(tokens, k)) && next) {
        // «جيش الإرهابيين»: a bare head noun and a definite word the lexicon marks, in construct.
        const h = phrase;
        const adjective = h?.value.form === 'head-noun' && h.length === 1 && hasArticle(tokens[k + 1]!.key, data) ? marked(k + 1, k, phrase) : null;
        if (h && adjective) {
          last = k + adjective.length;
          key = `${adjective.value.key} ${h.value.key}`;
          stance = adjective.value.stance;
        }
      }
      if (last < 0 || last >= tokens.length) continue;
      // «النظام الفالماري», «الكيان الفالماري»: the epithet of the place or group whose name the nisba is made from.
      let of: EpithetTarget | undefined;
      const nisba = tokens[last + 1];
      if (byNisba.size && nisba && !nisba.breakBefore && !taken.has(last + 1) && hasArticle(nisba.key, data) && data.isNisba(nisba.key)) {
        for (const key of nisbaKeys(nisba.key, data, true)) of ??= byNisba.get(key) ?? undefined;
        if (of) last++;
      }
      // «النظام الدستوري», «النظامين القضائي والإداري»: a relational adjective made from no name of the case
      // describes a common noun ("the constitutional order"), which stands for no actor.
      if (!of && nisba && !nisba.breakBefore && !taken.has(last + 1) && hasArticle(nisba.key, data) && data.isNisba(nisba.key)) {
        k = last;
        continue;
      }
      // A name right after it makes it a modifier of that name, not an epithet.
      const after = tokens[last + 1];
      if (after && !after.breakBefore && (taken.has(last + 1) || after.capitalised)) {
        k = last;
        continue;
      }
      let target: EpithetTarget | undefined = of;
      // A state's forces are the one army the case names, wherever it stands.
      if (state) {
        target = soleArmy;
        if (!target) {
          k = last;
          continue;
        }
      }
      // "…militias," referring to the Y; "pro-army fighters, known as the Y": the article names it right after.
      const said = target ? -1 : namedAfterEpithet(c, last, (at) => named.some((n) => n.first === at));
      if (said >= 0) target = named.find((n) => n.first === said)!.g;
      // "our forces" stands for the group that speaks: the one named in the stated source of its claim, or none.
      else if (self) target = speakerGroup(articles[c.articleIndex]!, tokens[first]!.start, c, named);
      else if (!target) for (const n of named) if (n.last < first && first - n.last <= EPITHET_REACH) target = n.g;
      // Further away, only when the article has named one group before it.
      if (!target && !self) {
        const before = new Set(named.filter((n) => n.last < first).map((n) => n.g));
        // (A marked epithet: a neutral head, "the authorities", that far off may be anyone's.)
        if (before.size === 1 && stance !== 'neutral') target = [...before][0];
        // Named nowhere before (a headline, a lead that names the group later): the first group named after it, within reach.
        if (!before.size) target = named.find((n) => n.first > last && n.first - last <= EPITHET_REACH)?.g;
      }
      if (target) {
        const start = tokens[first]!.start + cliticLength(c, first);
        const end = tokens[last]!.end;
        target.drafts.push(newDraft(c.articleIndex, c.text.slice(start, end), start, end, stance, 'lexicon', 'head-noun', key));
      }
      k = last;
    }
  }
}

/**
 * A capitalised name of two words or more, never titled, that the case writes after a determiner ("the
 * Dorvan Shield"): a person's name takes no "the", so it names a group an epithet may stand for.
 */
function unpersonal(texts: readonly CaseText[], candidate: ActorCandidate, mentions: readonly Mention[]): boolean {
  if (candidate.kind !== 'person' || candidate.titled) return false;
  return mentions.some((m) => {
    const c = texts[m.article]!;
    const before = c.tokens[m.first - 1];
    if (m.kind !== 'name' || m.last === m.first || !c.data.capitalisedNames || before === undefined || c.tokens[m.first]!.breakBefore || before.capitalised) return false;
    // "that" may open a clause ("denied that X fell"), not a noun phrase.
    return c.data.determiners.has(before.key) && !c.data.complementizers.has(before.key) && !c.data.relatives.has(before.key);
  });
}

/** Named with the lexicon's head noun for a state's own forces ("X Army", «القوات المسلحة X»). */
function isArmy(candidate: ActorCandidate): boolean {
  const data = candidate.data;
  if (!data?.stateForces) return false;
  return candidate.aliases.some((a) => {
    const tokens = a.map((key) => ({ key, breakBefore: false }) as CaseText['tokens'][number]);
    return a.some((_, i) => {
      const m = data.labels.match(tokens, i);
      return m?.value.form === 'head-noun' && m.value.key === data.stateForces;
    });
  });
}

/**
 * The last token of "government troops", "the regime's forces", «قوات النظام», «القوات الحكومية» starting
 * at `k`: a governing head and a force head with no name (where names are capitalised, lower-case
 * words), or -1.
 */
function stateForcesAt(c: CaseText, k: number, taken: ReadonlySet<number>): number {
  const { tokens, data } = c;
  if (data.article) {
    if (!freeAt(tokens, taken, k, k + 1) || data.forceHeads.match(tokens, k)?.length !== 1) return -1;
    const governed = hasArticle(tokens[k + 1]!.key, data) && governingStems(data.governingHeads).has(arabicLightStem(tokens[k + 1]!.key));
    return governed ? k + 1 : -1;
  }
  let g = data.determiners.has(tokens[k]!.key) ? k + 1 : k;
  if (!freeAt(tokens, taken, k, g) || !freeAt(tokens, taken, k, g + 1) || tokens[g]!.capitalised || tokens[g + 1]!.capitalised) return -1;
  if (!data.governingHeads.has(tokens[g]!.key) || data.forceHeads.match(tokens, g + 1)?.length !== 1) return -1;
  g++;
  return g;
}

/** Whether token `j` of a phrase opening at `k` is there, in no mention, and not across punctuation. */
function freeAt(tokens: CaseText['tokens'], taken: ReadonlySet<number>, k: number, j: number): boolean {
  return j < tokens.length && !taken.has(j) && (j === k || !tokens[j]!.breakBefore);
}

// Light stems of a language's governing heads, built once per set (stateForcesAt runs on every word).
const governingStemSets = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
function governingStems(heads: ReadonlySet<string>): ReadonlySet<string> {
  let stems = governingStemSets.get(heads);
  if (!stems) governingStemSets.set(heads, (stems = new Set([...heads].map(arabicLightStem))));
  return stems;
}

/**
 * A name the case only repeats that it mostly puts where places stand ("في X", "مدينة X", "near X"): a
 * town rather than a group, so no epithet stands for it.
 */
function mostlyPlace(texts: readonly CaseText[], mentions: readonly Mention[]): boolean {
  let named = 0;
  let placed = 0;
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    named++;
    const c = texts[m.article]!;
    const before = m.first - 1;
    if (before < 0 || c.tokens[m.first]!.breakBefore) continue;
    const places = entityData(c.lang);
    if (places.locatives.matchEndingAt(c.tokens, before) || places.placeHeadsBefore.matchEndingAt(c.tokens, before)) placed++;
  }
  return named >= 2 && placed * 2 >= named;
}

/**
 * A name the case only writes as the genitive of a common noun in construct («مؤتمر X», «مسار X»: the
 * conference, the track): the name dates or places that thing, and stands for no group an epithet
 * could call by another name. (Heads that name bodies, «قوات X», «حكومة X», «ميليشيات X», are the group's own.)
 */
function onlyGenitive(texts: readonly CaseText[], mentions: readonly Mention[]): boolean {
  let named = 0;
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    named++;
    const c = texts[m.article]!;
    const { tokens, data } = c;
    const h = m.first - 1;
    if (!data.article || h < 0 || tokens[m.first]!.breakBefore) return false;
    const head = tokens[h]!;
    if (head.capitalised || head.key.length < 3 || hasArticle(head.key, data) || isStopword(head.key, c.lang) || data.determiners.has(head.key)) return false;
    // (An event's head is no body's: «مؤتمر X» is X's occasion, a genitive like «مسار X».)
    if (data.forceHeads.matchEndingAt(tokens, h) || (data.orgHeads.matchEndingAt(tokens, h) && !data.eventHeads.has(head.key)) || data.governingHeads.has(head.key) || data.labels.matchEndingAt(tokens, h)) return false;
    if (data.personTitles.matchEndingAt(tokens, h) || data.verb(head.key)) return false;
  }
  return named > 0;
}

// Whether a word may open an epithet at all, per language data and word: each branch of addEpithets'
// loop needs its first word to open a lexicon phrase (labels, force or organisation heads), to be a
// determiner or governing head, or to carry a backer's or a "we" ending. Most words are none of these,
// and the loop runs on every word of every article.
const epithetOpeners = new WeakMap<CaseText['data'], Map<string, boolean>>();
function mayOpenEpithet(word: string, data: CaseText['data']): boolean {
  let seen = epithetOpeners.get(data);
  if (!seen || seen.size > 200_000) epithetOpeners.set(data, (seen = new Map()));
  let may = seen.get(word);
  if (may === undefined) {
    may =
      data.labels.opens(word) ||
      data.forceHeads.opens(word) ||
      data.orgHeads.opens(word) ||
      data.determiners.has(word) ||
      data.selfDeterminers.has(word) ||
      data.governingHeads.has(word) ||
      data.backedSuffix(word) !== undefined ||
      selfHead(word, data) !== undefined;
    seen.set(word, may);
  }
  return may;
}

/** The label key of a head noun carrying a "we" pronoun ending ("قواتنا" → "forces"), if the word is one. */
// selfHead's answers per language data and word (addEpithets asks for every word of every article).
const selfHeads = new WeakMap<CaseText['data'], Map<string, string | null>>();
function selfHead(word: string, data: CaseText['data']): string | undefined {
  // Most words end in no pronoun suffix: told apart before any lookup.
  let suffixed = false;
  for (const e of data.selfSuffixes) if (word.endsWith(e) && word.length - e.length >= 3) suffixed = true;
  if (!suffixed) return undefined;
  let seen = selfHeads.get(data);
  if (!seen) selfHeads.set(data, (seen = new Map()));
  const known = seen.get(word);
  if (known !== undefined) return known ?? undefined;
  const found = selfHeadOf(word, data) ?? null;
  seen.set(word, found);
  return found ?? undefined;
}

function selfHeadOf(word: string, data: CaseText['data']): string | undefined {
  for (const e of data.selfSuffixes) {
    if (!word.endsWith(e) || word.length - e.length < 3) continue;
    const bare = word.slice(0, -e.length);
    // A feminine noun's ta marbuta is a t before a pronoun ("قيادتنا" → "قياده").
    const feminine = data.suffixedFeminine;
    for (const key of [bare, feminine && bare.endsWith(feminine[0]) ? bare.slice(0, -feminine[0].length) + feminine[1] : bare]) {
      const m = data.labels.match([{ key } as CaseText['tokens'][number]], 0);
      if (m?.value.form === 'head-noun' && m.length === 1) return m.value.key;
    }
  }
  return undefined;
}

/** The group named in the stated source of the claim holding offset `at` ("the X official stated"), if any. */
function speakerGroup(article: AnalyzedArticle, at: number, c: CaseText, named: readonly { first: number; last: number; g: EpithetTarget }[]): EpithetTarget | undefined {
  const claim = article.claims.find((x) => x.start <= at && at < x.end);
  const source = claim?.attribution?.source;
  if (!source) return undefined;
  return named.find((n) => c.tokens[n.first]!.start >= source.start && c.tokens[n.last]!.end <= source.end)?.g;
}

/** Words between a group's name and an epithet that stands for it. */
const EPITHET_REACH = 40;

/**
 * The names themselves, where outlets call one actor by names that share no word ("X" in one outlet,
 * "Y" in another, the case joining them through "Y (X)" or a transliteration): each outlet's first use
 * of each name is a label. Spellings of one name (plural, surname alone, variants) are one name.
 */
function otherNames(texts: readonly CaseText[], mentions: readonly Mention[]): LabelDraft[] {
  const named = mentions.filter((m) => m.kind === 'name');
  const forms = new Map<string, string[]>();
  // Each named mention's form, read once (the labels below are keyed by it again).
  const formOf: string[] = [];
  for (const m of named) {
    // (Joined in a loop, the words listed only for a new form: one pass per mention of the actor.)
    const tokens = texts[m.article]!.tokens;
    let form = tokens[m.first]!.key;
    for (let k = m.first + 1; k <= m.last; k++) form += ` ${tokens[k]!.key}`;
    formOf.push(form);
    if (!forms.has(form)) forms.set(form, tokens.slice(m.first, m.last + 1).map((t) => t.key));
  }
  if (forms.size < 2) return [];
  // Forms sharing a word (or its plural, demonym or transliteration) are one name.
  const cluster = new Map<string, string>();
  const byWord = new Map<string, string>();
  const root = (f: string): string => {
    let r = f;
    while (cluster.get(r) !== r) r = cluster.get(r)!;
    return r;
  };
  for (const [form, words] of forms) {
    cluster.set(form, form);
    // An acronym and its expansion are one name.
    const initials = words.length > 1 ? [`^${words.map((w) => w[0]).join('')}`, `^${words.filter((w) => w.length > 3).map((w) => w[0]).join('')}`] : [`^${words[0]}`];
    for (const key of initials) {
      const other = byWord.get(key);
      if (other === undefined) byWord.set(key, form);
      else cluster.set(root(form), root(other));
    }
    for (const w of words) {
      if (w.length < 3) continue;
      for (const key of wordKeys(w)) {
        if (key.length < 3) continue;
        const other = byWord.get(key);
        if (other === undefined) byWord.set(key, form);
        else cluster.set(root(form), root(other));
      }
    }
  }
  const names = new Set([...forms.keys()].map(root));
  if (names.size < 2) return [];
  const out: LabelDraft[] = [];
  const seen = new Set<string>();
  for (let n = 0; n < named.length; n++) {
    const m = named[n]!;
    const c = texts[m.article]!;
    const name = root(formOf[n]!);
    const seenKey = `${m.article} ${name}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    const start = c.tokens[m.first]!.start + cliticLength(c, m.first);
    const last = c.tokens[m.last]!;
    const end = last.end - (last.possessive ? 2 : 0);
    out.push(newDraft(m.article, c.text.slice(start, end), start, end, 'neutral', 'discovered', undefined, `${NAME_KEY}${name}`));
  }
  return out;
}

const wordKeyCache = new Map<string, string[]>();

/** A name word's plural-free form and its skeleton (cached: names recur across a case). */
function wordKeys(word: string): string[] {
  let keys = wordKeyCache.get(word);
  if (!keys) {
    keys = [singular(word), wordSkeleton(word)];
    // Arabic plural and nisba forms of one name ("الX" / "الXيين") meet on their light stem.
    if (ARABIC_BLOCK.test(word)) keys.push(arabicLightStem(word));
    if (wordKeyCache.size > 50_000) wordKeyCache.clear();
    wordKeyCache.set(word, keys);
  }
  return keys;
}

interface UserTarget {
  names: string[];
  mentions: readonly Mention[];
  drafts: LabelDraft[];
}

/** Words between a user's label and the mention it is given to, when the user named no actor. */
const USER_LABEL_REACH = 6;

/**
 * Labels the user taught: every occurrence of the phrase in an article that names the chosen actor (an
 * epithet used instead of the name counts), or, with no actor chosen, the nearest actor mention of the
 * sentence. They never change how names or lexicon labels are read.
 */
function addUserLabels(texts: readonly CaseText[], extra: readonly LabelLexiconEntry[], targets: readonly UserTarget[]): void {
  if (!extra.length || !targets.length) return;
  const fold = (s: string): string => foldForMatch(s).replace(/\s+/gu, ' ').trim();
  const folded = targets.map((t) => new Set(t.names.map(fold)));
  for (const c of texts) {
    const matcher = userLabels(c.lang, extra);
    if (matcher.empty) continue;
    const { tokens } = c;
    for (let i = 0; i < tokens.length; i++) {
      const found = matcher.match(tokens, i);
      if (!found) continue;
      const last = i + found.length - 1;
      const entry = found.value;
      let target: UserTarget | undefined;
      if (entry.actors?.length) {
        const chosen = targets.filter((_, k) => entry.actors!.some((a) => folded[k]!.has(a)));
        target = chosen.find((t) => t.mentions.some((m) => m.article === c.articleIndex));
      } else {
        let best = Infinity;
        for (const t of targets) {
          for (const m of t.mentions) {
            if (m.article !== c.articleIndex) continue;
            const gap = m.first > last ? m.first - last : i > m.last ? i - m.last : 0;
            if (gap > USER_LABEL_REACH || gap >= best || crossesSentence(tokens, Math.min(i, m.first), Math.max(last, m.last))) continue;
            best = gap;
            target = t;
          }
        }
      }
      if (target) {
        const start = tokens[i]!.start + cliticLength(c, i);
        const end = tokens[last]!.end;
        target.drafts.push(newDraft(c.articleIndex, c.text.slice(start, end), start, end, entry.stance, 'user', undefined, entry.key));
      }
      i = last;
    }
  }
}

function crossesSentence(tokens: readonly CaseText['tokens'][number][], first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if (tokens[k]!.sentenceStart) return true;
  return false;
}

function firstPosition(list: readonly Mention[]): number {
  // (A loop: spreading a list of thousands of positions into Math.min copies it onto the stack.)
  let min = Infinity;
  for (const m of list) min = Math.min(min, m.article * 1e9 + m.first);
  return min;
}

/** A title or apposition found in the text ("Interior Minister", «رئيس الوزراء»), not a lexicon word. */
function isOutletTitle(d: LabelDraft): boolean {
  return d.origin === 'discovered' && (d.form === 'title' || d.form === 'apposition');
}

/** Dedupes labels, keeps discovered ones only where outlets differ, and head nouns only where they vary. */
// (Loops and module functions, no closures: finishLabels runs once per actor, and a closure made per call
// and called from another (the filter's) made its optimised code fail on each new actor.)
function finishLabels(drafts: readonly LabelDraft[], named: ReadonlySet<number>, articles: readonly AnalyzedArticle[], texts: readonly CaseText[], keepDropped = false): ActorLabel[] {
  const seen = new Set<string>();
  // What the user taught wins over what was found on the same words.
  const unique: LabelDraft[] = [];
  for (let pass = 0; pass < 2; pass++) {
    for (const d of drafts) {
      if ((d.origin === 'user') !== (pass === 0)) continue;
      const id = `${d.article}:${d.start}:${d.end}`;
      if (seen.has(id)) continue;
      seen.add(id);
      unique.push(d);
    }
  }
  const discoveredArticles = new Map<string, Set<number>>();
  const discoveredCount = new Map<string, number>();
  for (const d of unique) {
    if (d.origin !== 'discovered') continue;
    discoveredCount.set(d.key, (discoveredCount.get(d.key) ?? 0) + 1);
    const set = discoveredArticles.get(d.key) ?? new Set<number>();
    set.add(d.article);
    discoveredArticles.set(d.key, set);
  }
  const usedBy = new Map<string, Set<number>>();
  for (const d of unique) {
    const set = usedBy.get(d.key) ?? new Set<number>();
    set.add(d.article);
    usedBy.set(d.key, set);
  }
  // A word every outlet naming the actor uses is no contrast, whatever the lexicon thinks of it,
  // unless some outlet also chose another word in its place ("government" beside "regime").
  const contested = new Set<string>();
  for (const d of unique) if (d.origin !== 'user' && !usedByEvery(usedBy, named, d.key)) contested.add(d.form ?? '');
  const kept: LabelDraft[] = [];
  for (const d of unique) if (keepDropped || keepsLabel(d, named, usedBy, contested, discoveredCount, discoveredArticles)) kept.push(d);
  kept.sort(byPosition);
  const out: ActorLabel[] = [];
  for (const d of kept) {
    const label: ActorLabel = {
      text: d.text,
      start: d.start,
      end: d.end,
      articleId: articles[d.article]!.id,
      stance: d.stance,
      origin: d.origin,
      key: d.key,
    };
    if (d.form) label.form = d.form;
    const shown = d.origin === 'user' ? undefined : shownLabelText(texts[d.article]!, d.start, d.end);
    if (shown) label.shown = shown;
    out.push(label);
  }
  return out;
}

/** Whether every outlet naming the actor uses the label's key. */
function usedByEvery(usedBy: ReadonlyMap<string, ReadonlySet<number>>, named: ReadonlySet<number>, key: string): boolean {
  return named.size >= 2 && usedBy.get(key)!.size >= named.size;
}

function keepsLabel(
  d: LabelDraft,
  named: ReadonlySet<number>,
  usedBy: ReadonlyMap<string, ReadonlySet<number>>,
  contested: ReadonlySet<string>,
  discoveredCount: ReadonlyMap<string, number>,
  discoveredArticles: ReadonlyMap<string, ReadonlySet<number>>,
): boolean {
  if (d.origin === 'user') return true;
  // (A title or apposition found in the text is what each outlet calls the person, shared or not: kept below.)
  if (usedByEvery(usedBy, named, d.key) && !contested.has(d.form ?? '') && !isOutletTitle(d)) return false;
  if (d.key.startsWith(NAME_KEY)) return true;
  // Discovered: used for this actor more than once, and not by every outlet that names it.
  // A relative clause is one outlet's description: shown once it is there.
  if (d.origin === 'discovered' && d.form === 'relative-clause') return named.size >= 2;
  // A title or apposition is what the outlet calls the person, shared or not ("President", "opposition leader").
  if (isOutletTitle(d)) return true;
  // So is a description used instead of the name ("the bank", "the regulator").
  if (d.description || d.chosenHead || d.preName || d.placeKind) return true;
  if (d.origin === 'discovered') return named.size >= 2 && (discoveredCount.get(d.key) ?? 0) >= 2 && discoveredArticles.get(d.key)!.size < named.size;
  return true;
}

function byPosition(a: LabelDraft, b: LabelDraft): number {
  return a.article - b.article || a.start - b.start;
}
