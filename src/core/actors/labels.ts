/**
 * The labels around one mention: the head noun chosen, titles and adjectives before the name,
 * adjectives, appositions and relative clauses after it; lexicon entries first, and otherwise
 * modifiers worth surfacing ("discovered") when outlets differ.
 */
import { isStopword, stemToken } from '../align/terms.ts';
import type { LabelStance } from '../types.ts';
import type { ActorCandidate, CaseText } from './discover.ts';
import { hasArticle } from './lexicon.ts';
import type { LabelEntry } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { displayWord, hyphenated } from './tokens.ts';
import { foldForMatch } from '../normalize/index.ts';
import { isDictionaryWord } from '../entities/recurring.ts';
import { singular } from '../entities/variants.ts';
import { attributionData } from '../attribute/data.ts';
import { entityData } from '../entities/data.ts';
import { isBridgedPlaceName, placeNameFor } from '../entities/place-names.ts';
import type { LanguageCode } from '../types.ts';

export interface LabelDraft {
  article: number;
  text: string;
  start: number;
  end: number;
  stance: LabelStance;
  origin: 'lexicon' | 'discovered' | 'user';
  form?: 'title' | 'adjective' | 'apposition' | 'relative-clause' | 'head-noun' | undefined;
  key: string;
  /** A head noun inside the actor's own name, shown as the whole name ("قوات X" is what the outlet calls it). */
  inName?: boolean | undefined;
  /** A head noun right after the name ("X forces", "X militias"). */
  afterName?: boolean | undefined;
  /**
   * A definite description used for the actor instead of its name: 'kind', a noun of its kind ("the
   * regulator"); 'own', its name's own head noun ("the bank" for "X Central Bank").
   */
  description?: 'kind' | 'own' | undefined;
  /** Words for the kind of body right after its name ("X political coalition"): the outlet's choice. */
  chosenHead?: boolean | undefined;
  /** Plain words a definite determiner opens before a group's name ("the liberal opposition X Party"), taken whole. */
  preName?: boolean | undefined;
  /** A place's apposition that says what kind of place it is ("X, the breakaway region of Y"; a place noun inside). */
  placeKind?: boolean | undefined;
}

/** Words scanned before and after a mention. */
const BEFORE = 4;
const AFTER = 6;

/**
 * Label drafts of a mention. `occupied`: token indexes inside any mention of the article (a label
 * never reaches across another actor's name); `persons`: those inside a person's mention (all of them, when omitted).
 * @example labelsOfMention(text, mention, occupied, candidate, aliasWords)
 */
export function labelsOfMention(
  c: CaseText,
  m: Mention,
  occupied: ReadonlySet<number>,
  candidate: ActorCandidate,
  aliasWords: ReadonlySet<string>,
  persons?: ReadonlySet<number>,
): LabelDraft[] {
  const { tokens, data, lang } = c;
  const out: LabelDraft[] = [];
  // "pro-North Velmari forces": a word ending in a capitalised part glued by a hyphen runs on into the
  // name ("North Velmari" is another name); no word around it describes this actor.
  // ("the pro-Ostranian X channel": a demonym there is a whole adjective and leaves X as it is.)
  const before = m.first > 0 && m.first === m.last && !tokens[m.first]!.breakBefore ? tokens[m.first - 1]! : undefined;
  const part = before && data.capitalisedNames ? /-(\p{Lu}[^-]*)$/u.exec(c.text.slice(before.start, before.end))?.[1] : undefined;
  // ("al-Karama Alliance": the part is a word of this actor's own name.)
  const partKey = part ? foldForMatch(part) : '';
  if (part && aliasWords.has(partKey) && singular(partKey) === partKey && !candidate.aliases.some((a) => a.includes(partKey))) return out;
  // The head noun chosen for the actor ("الجيش …", "ميليشيات …", "the government").
  if (m.headFirst !== undefined && m.headLast !== undefined) {
    const head = data.labels.match(tokens, m.headFirst);
    // Inside the name ("X Forces"), the outlet chose the name, not a word for the actor: the label is the
    // name as written, so outlets that name the group stand beside those that call it "the militia".
    const inName = head !== null && m.kind === 'name' && m.headFirst >= m.first && m.headFirst + head.length - 1 <= m.last && m.last - m.first + 1 > head.length;
    if (head && inName) {
      fromEntry(out, c, candidate, head.value, m.first, m.last, 'head-noun');
      out[out.length - 1]!.inName = true;
    } else if (head && !head.value.nameOnly) fromEntry(out, c, candidate, head.value, m.headFirst, m.headFirst + head.length - 1, 'head-noun');
    else if (m.kind === 'coref') {
      // "the bank", "the regulator", «البنك»: what the outlet calls the actor instead of its name.
      const first = m.headFirst > 0 && !tokens[m.headFirst]!.breakBefore && data.determiners.has(tokens[m.headFirst - 1]!.key) ? m.headFirst - 1 : m.headFirst;
      // "an alliance", "a bloc": an indefinite noun introduces something, it refers to no one named.
      if (first < m.headFirst && data.indefinites.has(tokens[first]!.key)) return out;
      const word = tokens[m.headFirst]!.key;
      const bare = data.article && hasArticle(word, data) ? word.slice(data.article.length) : word;
      const own = bare === candidate.head || candidate.aliases.some((a) => a.includes(word) || a.includes(bare));
      const d = spanDraft(c, first, m.headLast, 'neutral', 'discovered', 'head-noun', stemToken(bare, lang));
      d.description = own ? 'own' : 'kind';
      out.push(d);
    }
  }

  // Before: titles and (in languages that put them first) adjectives: "الجنرال الانقلابي X", "rogue general X".
  const beforeStart = out.length;
  let titled = false;
  let k = m.first - 1;
  for (let steps = 0; k >= 0 && steps < BEFORE && !tokens[k + 1]!.breakBefore && !occupied.has(k); steps++) {
    const label = data.labels.matchEndingAt(tokens, k);
    const form = label?.value.form;
    const title = candidate.kind === 'person' ? data.personTitles.matchEndingAt(tokens, k) : null;
    // Before a name stand titles and adjectives; a head noun there governs something else ("قوات X").
    // A descriptive noun before a person's name is a title there ("strongman X", "warlord X").
    const asTitle = candidate.kind === 'person' && (form === 'title' || form === 'apposition');
    // "Secretary General X": a longer office that ends in a listed label word is the office, not the rank.
    const withinTitle = label !== null && title !== null && title.length > label.length;
    if (label && !withinTitle && (form === 'adjective' || asTitle)) {
      if (asTitle) titled = true;
      fromEntry(out, c, candidate, label.value, k - label.length + 1, k, asTitle ? 'title' : form);
      k -= label.length;
      continue;
    }
    // «شيخ داود» for «سالم شيخ داود»: a title word of the person's own name is the name, no label.
    if (title?.length === 1 && k === m.first - 1 && candidate.aliases.some((a) => a.length > 2 && a.includes(tokens[k]!.key))) break;
    if (title) {
      titled = true;
      const first = titleStart(c, k - title.length + 1, occupied, persons);
      // "رئيس الوزراء البريطاني X": the unlisted adjectives between the title and the name are the title's own.
      let end = k;
      const between = out.slice(beforeStart);
      // «الرئيس السابق X»: a word that dates the office (data `postModifiers`, a stopword, so no draft above) is the title's too.
      const dated = data.adjectivesFollow && m.first - 1 > k && between.length === 0 && postModifiersOnly(c, k + 1, m.first - 1);
      if (dated) end = m.first - 1;
      else if (data.adjectivesFollow && between.length > 0 && between.every((d) => d.origin === 'discovered' && d.form === 'adjective')) {
        out.splice(beforeStart);
        end = m.first - 1;
      }
      // Courtesy titles ("Mr.", "السيد") say nothing about the person.
      if (data.honorifics.matchEndingAt(tokens, k)?.length !== title.length || first < k - title.length + 1) titleLabel(out, c, first, end, 'title');
      k = first - 1;
      continue;
    }
    const t = tokens[k]!;
    // "the Velmar-backed X": who backs the actor, as this outlet says (the backer tells outlets apart).
    if (data.backedSuffix(t.key)) {
      out.push(spanDraft(c, k, k, 'neutral', 'lexicon', 'adjective', t.key));
      k--;
      continue;
    }
    // Unlisted words before a name: the article-bearing words of a title chain where adjectives follow
    // ("الجنرال الانقلابي X"), lower-case pre-modifiers where names are capitalised ("the rump X").
    // («للناشطة الحقوقية X»: a preposition glued to the article opens the chain; nothing before it is the name's.)
    // (Never right before the name, nor before a title: «والتقى X» is a verb whose letters look alike.)
    const opening = data.adjectivesFollow && !titled && m.first - k >= 2 && glued(c, k);
    const unlisted = data.adjectivesFollow
      ? (hasArticle(t.key, data) || opening) && candidate.kind === 'person'
      : data.capitalisedNames && !t.capitalised && !t.possessive && !isStopword(t.key, lang) && t.key.length > 2 && !data.notModifier(t.key);
    if (unlisted && m.first - k <= 2) {
      discovered(out, c, aliasWords, k, 'adjective');
      k--;
      if (opening) break;
      continue;
    }
    break;
  }
  // An unlisted word before a name is a modifier only inside a title chain ("الجنرال الانقلابي X") or a
  // noun phrase that starts there ("the Republican nominee X"); otherwise it ends whatever precedes
  // ("الوفد الأمريكي لسليمان", "he disparaged X").
  // "بزعامة رئيس البرلمان العراقي X": a title, then the organisation it heads (a name of its own), then the name.
  if (!titled && candidate.kind === 'person' && k >= 1 && occupied.has(k) && persons && !persons.has(k) && !tokens[k + 1]!.breakBefore) {
    let s = k;
    while (s > 0 && occupied.has(s - 1) && !persons.has(s - 1) && !tokens[s]!.breakBefore) s--;
    let t = s - 1;
    // The title may end inside the organisation's name ("رئيس البرلمان" + "البرلمان العراقي").
    const inside = t >= 0 && !tokens[s]!.breakBefore && data.personTitles.match(tokens, t) !== null;
    // "Leader of the X Party Jan Roe": the title, "of the", the organisation, the name.
    let g = t;
    // «المسؤول الأمني لكتائب X»: adjectives of the title stand between it and the organisation.
    for (let n = 0; !inside && n < 2 && t > 0 && data.adjectivesFollow && !tokens[t + 1]!.breakBefore && hasArticle(tokens[t]!.key, data) && data.isAdjective(tokens[t]!.key) && !data.personTitles.matchEndingAt(tokens, t); n++) g = --t;
    if (!inside && g > 0 && data.determiners.has(tokens[g]!.key) && !tokens[g]!.breakBefore) g--;
    if (!inside && g > 0 && g < t + 1 && data.genitives.has(tokens[g]!.key) && !tokens[g]!.breakBefore && !tokens[s]!.breakBefore) t = g - 1;
    const title = inside ? null : t >= 0 && !tokens[t + 1]!.breakBefore && !tokens[s]!.breakBefore ? (data.personTitles.matchEndingAt(tokens, t) ?? titleEntryEndingAt(c, t)) : null;
    if (inside || title) {
      if (title) t = t - title.length + 1;
      for (let d = out.length - 1; d >= beforeStart; d--) if (out[d]!.origin === 'discovered') out.splice(d, 1);
      titleLabel(out, c, t, m.first - 1, 'title');
      titled = true;
      k = t - 1;
    }
  }
  // «رئيسة بعثة الصندوق إلى مصر X»: where adjectives follow, a title whose organisation and place run up to the name.
  if (!titled && data.adjectivesFollow && candidate.kind === 'person') {
    const chain = titleChainStart(c, m.first, persons ?? occupied);
    if (chain >= 0) {
      for (let d = out.length - 1; d >= beforeStart; d--) if (out[d]!.origin === 'discovered') out.splice(d, 1);
      titleLabel(out, c, chain, m.first - 1, 'title');
      titled = true;
      k = chain - 1;
    }
  }
  const opensPhrase = k < 0 || tokens[k + 1]!.breakBefore || tokens[k + 1]!.sentenceStart || data.determiners.has(tokens[k]!.key) || tokens[k]!.possessive;
  // Where adjectives follow, unlisted words before a bare name describe it after a function word or
  // "led by" ("بزعامة السياسي السني X"), not after a noun they belong to ("الوفد الأمريكي لسليمان").
  // (A preposition or conjunction glued to the first of them opens the phrase as well: «للناشطة الحقوقية X».)
  const described = data.adjectivesFollow && !tokens[m.first]!.clitic && (k < 0 || tokens[k + 1]!.breakBefore || isStopword(tokens[k]!.key, lang) || ledByAt(c, k) > 0 || (k + 1 < m.first && glued(c, k + 1)));
  if (!titled && described && candidate.kind === 'person' && k + 1 < m.first && !verbBetween(c, k + 1, m.first - 1)) {
    // Taken whole, as a title would be ("السياسي السني").
    for (let d = out.length - 1; d >= beforeStart; d--) if (out[d]!.origin === 'discovered') out.splice(d, 1);
    titleLabel(out, c, k + 1, m.first - 1, 'title');
  } else if (!titled && !described && (data.adjectivesFollow || !opensPhrase)) {
    for (let d = out.length - 1; d >= beforeStart; d--) if (out[d]!.origin === 'discovered') out.splice(d, 1);
  }
  // "the liberal opposition X Party", "head of the now defeated X Alliance": plain words a definite
  // determiner opens before a group's name (names capitalised) are what this outlet calls the group,
  // taken whole and kept though no other outlet repeats them (no lexicon word among them).
  // (Not a place's: what comes before a place's name is the sentence's, but for the state it is in, read below.)
  if (candidate.kind !== 'person' && candidate.kind !== 'place' && data.capitalisedNames && !data.adjectivesFollow && out.slice(beforeStart).every((d) => d.origin === 'discovered')) {
    const run = groupRunBefore(c, m.first, occupied);
    if (run >= 0) {
      out.splice(beforeStart);
      const key = spanKey(c, run, m.first - 1);
      const d = spanDraft(c, run, m.first - 1, 'neutral', 'discovered', 'adjective', key);
      d.preName = true;
      out.push(d);
    }
  }
  // "the besieged city of X", "the war-torn town of X": the state an outlet says a place is in.
  // (A country acting in the story is no 'place' candidate, but its name is a place's: "landlocked X".)
  const placeName = candidate.kind === 'place' || (m.kind === 'name' && namesPlace(tokens.slice(m.first, m.last + 1).map((t) => t.key).join(' ')));
  // (A status noun says the name is a place's, whatever kind the candidate was given: an unknown name is a
  // person's by default, and "President of X" titles it. Not a word that also titles a person.)
  const status = out.length === beforeStart ? placeStatusBefore(c, m, occupied) : null;
  let statusDraft: LabelDraft | undefined;
  if ((placeName || status) && out.length === beforeStart) {
    const run = (candidate.kind === 'place' ? placeStateBefore(c, m.first, occupied) : null) ?? status ?? placeAdjectiveBefore(c, m.first, occupied);
    if (run) {
      const key = run === status ? keyAroundName(c, status, m) : spanKey(c, run.first, run.last);
      const d = spanDraft(c, run.first, run.last, 'neutral', 'discovered', run === status ? 'head-noun' : 'adjective', key);
      d.preName = true;
      out.push(d);
      if (run === status) statusDraft = d;
    }
  }
  // "populist Shiite cleric X", "influential Shia Muslim scholar X": a descriptive noun phrase standing
  // as a title before a person's name (where names are capitalised), taken whole.
  if (!titled && data.capitalisedNames && candidate.kind === 'person') {
    const run = descriptiveRun(c, m.first, occupied, persons);
    if (run >= 0) titleLabel(out, c, run, m.first - 1, 'title');
  }
  // "rebels of the (so-called) X Front": the head noun an outlet chose for an organisation.
  if (candidate.kind === 'org' && k >= 1 && !tokens[k + 1]!.breakBefore && !occupied.has(k)) {
    let g = k;
    if (data.determiners.has(tokens[g]!.key) && !tokens[g]!.breakBefore) g--;
    const head = g >= 1 && data.genitives.has(tokens[g]!.key) && !tokens[g]!.breakBefore && !occupied.has(g - 1) ? data.labels.matchEndingAt(tokens, g - 1) : null;
    if (head?.value.form === 'head-noun') fromEntry(out, c, candidate, head.value, g - head.length, g - 1, 'head-noun');
  }
  // "The opposition candidate, X, said", "قائد الجيش الوطني، المشير X": a title (with the organisation
  // it heads) in apposition before the name.
  if (candidate.kind === 'person' && k >= 1 && k < m.first && tokens[k + 1]!.commaBefore) {
    const before = preApposition(c, k, occupied, persons);
    if (before) {
      const entry = data.labels.match(tokens, before.first);
      if (entry && entry.length === before.titleLength && entry.value.origin === 'lexicon') fromEntry(out, c, candidate, entry.value, before.first, k, 'apposition');
      else titleLabel(out, c, before.first, k, 'apposition');
    }
  }

  // After: adjectives (Arabic), an apposition after a comma, a relative clause.
  let mode: 'adjective' | 'apposition' | 'relative-clause' = 'adjective';
  let free = data.adjectivesFollow ? 2 : 0; // unlisted modifiers right after the name worth surfacing
  const beforeAfter = out.length;
  let clauseStart = -1;
  let clauseLabelled = false;
  let reopened = -1; // after "led by X" an apposition may follow as after the name
  let appositionStart = -1;
  let placedEnd = -1; // after "X in <place>," a group's apposition may follow as after the name
  let kept = beforeAfter; // labels before this index stay, whatever name comes next
  // A person's name may run on by a word the case did not take into it ("X Y Z، مسؤولة …").
  const nameEnd = candidate.kind === 'person' && isTrailingNameWord(c, m.last + 1, occupied) ? m.last + 1 : m.last;
  k = nameEnd + 1;
  for (let steps = 0; k < tokens.length && steps < AFTER; steps++) {
    if (occupied.has(k)) {
      // "X, Y's former running mate, said": a name in the possessive opening the apposition.
      const owned = k === nameEnd + 1 && candidate.kind === 'person' && tokens[k]!.commaBefore ? possessiveApposition(c, k, occupied) : null;
      if (owned) {
        out.push(spanDraft(c, k, owned.last, 'neutral', 'discovered', 'apposition', owned.key));
        break;
      }
      // "X، المشير Y" / "X المشير Y": the titles before the next name belong to it; before an
      // organisation they are X's own ("X، القائد العام للجيش …").
      if (persons && !persons.has(k)) {
        // "X, who heads the moderate Y party": the modifiers right before another actor's name are its own.
        let j = k;
        while (j - 1 > nameEnd && !tokens[j]!.breakBefore && !isStopword(tokens[j - 1]!.key, lang) && !data.determiners.has(tokens[j - 1]!.key) && !occupied.has(j - 1)) j--;
        if (j < k) for (let d = out.length - 1; d >= beforeAfter; d--) if (out[d]!.start >= tokens[j]!.start && out[d]!.end <= tokens[k]!.start) out.splice(d, 1);
        break;
      }
      if (mode === 'apposition') out.splice(kept);
      else for (let d = out.length - 1; d >= kept; d--) if (out[d]!.form === 'title') out.splice(d, 1);
      break;
    }
    const t = tokens[k]!;
    // «X منافس Y»: a relational noun in construct with the next person's name is what X is to Y.
    const relation = k === nameEnd + 1 && candidate.kind === 'person' && !t.breakBefore && persons ? data.constructRelations.get(t.key) : undefined;
    if (relation && persons!.has(k + 1) && !tokens[k + 1]!.breakBefore) {
      let e = k + 1;
      while (e + 1 < tokens.length && persons!.has(e + 1) && !tokens[e + 1]!.breakBefore) e++;
      out.push(spanDraft(c, k, e, 'neutral', 'lexicon', 'apposition', relation));
      break;
    }
    // "the X in North Kell State, armed groups fighting …": where the group is, then what it is.
    if (k === nameEnd + 1 && mode === 'adjective' && candidate.kind !== 'person' && !t.breakBefore) {
      const e = placeAfterLocative(c, k, occupied, persons ?? occupied);
      if (e > k && tokens[e + 1]?.commaBefore) {
        k = placedEnd = e + 1;
        continue;
      }
    }
    // «مدينة X عاصمة ولاية Y»: a place noun in construct right after a place's name is an apposition with no comma.
    if (k === nameEnd + 1 && mode === 'adjective' && candidate.kind === 'place' && !t.breakBefore) {
      const e = placeConstructEnd(c, k, occupied, persons ?? occupied);
      if (e > k) {
        const d = spanDraft(c, k, e, 'neutral', 'discovered', 'apposition', spanKey(c, k, e));
        d.placeKind = true;
        out.push(d);
        break;
      }
    }
    if (t.breakBefore) {
      if ((k === nameEnd + 1 || k === reopened || k === placedEnd) && t.commaBefore) {
        mode = 'apposition';
        appositionStart = k;
      } else break;
      // "X, the army chief of staff,": a title in apposition after the name.
      const title = candidate.kind === 'person' ? appositionTitle(c, k, occupied, persons) : null;
      if (title) {
        if (title.entry) fromEntry(out, c, candidate, title.entry, title.first, title.last, 'apposition');
        else titleLabel(out, c, title.first, title.last, 'apposition');
        k = title.last + 1;
        continue;
      }
      // "X, an influential scholar,", "X، القيادي في …": any noun phrase in apposition, taken whole
      // (labels of the lexicon inside it are still read below).
      // (A group's name that a title or a glued preposition governs, «رئيس X، …», «التابعة لX، …», closes
      // that phrase with its comma: what follows is the sentence's, not an apposition of the group.)
      // (So does a name after a locative, "… in North Kell State, armed groups …": the place of the group before it.)
      const governed =
        candidate.kind !== 'person' &&
        m.first > 0 &&
        !tokens[m.first]!.breakBefore &&
        (glued(c, m.first) || data.loyalty.has(tokens[m.first - 1]!.key) || data.personTitles.matchEndingAt(tokens, m.first - 1) !== null || entityData(lang).locatives.matchEndingAt(tokens, m.first - 1) !== null);
      let phrase = k === appositionStart && (k === nameEnd + 1 || k === placedEnd) && !governed ? appositionPhrase(c, k, occupied, persons, candidate.kind === 'person') : -1;
      // "A, the B Alliance, C and D": a name between commas that run on into another name is an item of a list.
      if (phrase >= k && listItem(c, k, phrase)) phrase = -1;
      if (phrase >= k) {
        const key = tokens
          .slice(k, phrase + 1)
          .filter((x) => !isStopword(x.key, lang))
          .map((x) => stemToken(x.key, lang))
          .join(' ');
        if (key) {
          const d = spanDraft(c, k, phrase, 'neutral', 'discovered', 'apposition', key);
          if (candidate.kind === 'place') d.placeKind = placeNounWithin(c, k, phrase);
          out.push(d);
        }
        // Closed on another person's name ("X, an ally of President Y,"): nothing further is X's.
        if ((persons ?? occupied).has(phrase)) break;
      }
    }
    // "X, would demand that …", "X, claimed that …": a verb after the comma, so no apposition follows.
    // ("X، و…", "X, and …": a conjunction or another function word after the comma opens the next
    // clause in any language; what follows it is no apposition of X.)
    if (k === appositionStart && !data.labels.match(tokens, k) && !data.backedBy.match(tokens, k) && !data.relatives.has(t.key) && !ledByAt(c, k) && !data.othersLinkers.match(tokens, k)) {
      if ((isStopword(t.key, lang) && !data.determiners.has(t.key)) || data.notModifier(t.key)) break;
    }
    // "حكومة الإنقاذ بقيادة X", "the council led by X": who leads the organisation, as this outlet says.
    const led = (mode === 'adjective' || k === appositionStart) && candidate.kind === 'org' && persons ? ledByAt(c, k) : 0;
    if (led && persons!.has(k + led) && !tokens[k + led]!.breakBefore) {
      let e = k + led;
      while (e + 1 < tokens.length && persons!.has(e + 1) && !tokens[e + 1]!.breakBefore) e++;
      const key = tokens
        .slice(k, e + 1)
        .map((x) => x.key)
        .join(' ');
      out.push(spanDraft(c, k, e, 'neutral', 'discovered', 'relative-clause', key));
      k = reopened = e + 1;
      kept = out.length;
      continue;
    }
    // "X as well as other armed factions", «X وغيرها من الفصائل المسلحة»: the kind the outlet lists the group among.
    if (k === nameEnd + 1 && mode === 'adjective' && candidate.kind !== 'person' && !t.breakBefore) {
      const kind = othersKind(c, k, occupied, persons ?? occupied);
      if (kind) {
        const key = spanKey(c, kind.first, kind.last);
        out.push(spanDraft(c, kind.first, kind.last, 'neutral', 'discovered', 'apposition', key));
        break;
      }
    }
    const label = data.labels.match(tokens, k);
    // Right after a name only adjectives are its labels; a noun there starts a genitive ("… لحكومة").
    // In an apposition a head noun is the apposition's own ("X, the army …"), not one further on ("X, an ally of the army").
    const opening = k === appositionStart || (k === appositionStart + 1 && data.determiners.has(tokens[appositionStart]!.key));
    // "X forces", "X militias" (adjectives first): the head noun the outlet chose for a group named before it.
    const headAfter = label?.value.form === 'head-noun' && mode === 'adjective' && k === m.last + 1 && !data.adjectivesFollow && candidate.kind !== 'person' && m.headFirst === undefined;
    const fits =
      label &&
      (headAfter || mode !== 'adjective' || label.value.form === undefined || label.value.form === 'adjective') &&
      // (A head noun in the possessive names its owner: "X, the army's last stronghold," is no army.)
      (mode !== 'apposition' || label.value.form !== 'head-noun' || (opening && !tokens[k + label.length - 1]!.possessive)) &&
      // Where adjectives come first, one word right after a name is its verb ("X alleged fraud"), not a label.
      (headAfter || mode !== 'adjective' || data.adjectivesFollow || label.length > 1);
    // A lexicon phrase may name an organisation ("المدعومة من بعثة الأمم المتحدة"), never another person.
    if (label && fits && !(persons ?? occupied).has(k + label.length - 1)) {
      const before = out.length;
      fromEntry(out, c, candidate, label.value, k, k + label.length - 1, headAfter ? 'head-noun' : mode === 'adjective' ? undefined : mode === 'apposition' && label.value.form !== 'head-noun' ? 'apposition' : mode === 'relative-clause' ? 'relative-clause' : undefined);
      if (headAfter && out.length > before) out[before]!.afterName = true;
      if (mode === 'relative-clause') clauseLabelled = true;
      k += label.length;
      free = 0;
      continue;
    }
    // "the X political coalition", "X armed group": lower-case words ending in a noun for groups, right
    // after a group's name (names capitalised): the kind of body the outlet says it is.
    const kindEnd = !label && mode === 'adjective' && k === m.last + 1 && candidate.kind !== 'person' ? groupKindAfter(c, k, occupied) : -1;
    if (kindEnd >= 0) {
      const key = spanKey(c, k, kindEnd);
      const d = spanDraft(c, k, kindEnd, 'neutral', 'discovered', 'head-noun', key);
      d.afterName = true;
      d.chosenHead = true;
      out.push(d);
      k = kindEnd + 1;
      free = 0;
      continue;
    }
    // "المدعومة من X", "backed by X": the label runs through the backer's name.
    const backed = mode !== 'relative-clause' || k === clauseStart ? data.backedBy.match(tokens, k) : null;
    if (backed) {
      const through = backerEnd(c, k + backed.length, occupied);
      if (through >= k + backed.length) {
        const key = `backed by ${tokens.slice(k + backed.length, through + 1).map((x) => stemToken(x.key, lang)).join(' ')}`;
        out.push(spanDraft(c, k, through, 'neutral', 'lexicon', mode === 'relative-clause' ? 'relative-clause' : mode === 'apposition' ? 'apposition' : 'adjective', key));
        if (mode === 'relative-clause') clauseLabelled = true;
        k = through + 1;
        free = 0;
        continue;
      }
    }
    // A relative pronoun further on belongs to the noun before it ("X, a rivalry that has …"), not to the name.
    if (data.relatives.has(t.key) && mode === 'apposition' && k !== appositionStart && k !== reopened) break;
    if (data.relatives.has(t.key) && mode !== 'relative-clause') {
      mode = 'relative-clause';
      clauseStart = k + 1;
      free = 0;
      k++;
      continue;
    }
    if (mode === 'adjective' && free > 0 && hasArticle(t.key, data) && !t.clitic && data.isAdjective(t.key)) {
      discovered(out, c, aliasWords, k, 'adjective');
      free--;
      k++;
      continue;
    }
    if (mode === 'adjective') break;
    k++;
  }
  // A relative clause no lexicon entry covers is surfaced as it stands ("التي تدعمها تركيا").
  const clauseEnd = mode === 'relative-clause' && clauseStart >= 0 ? relativeClauseEnd(c, clauseStart, persons ?? occupied) : -1;
  if (mode === 'relative-clause' && !clauseLabelled && clauseStart >= 0 && clauseEnd >= clauseStart) {
    const key = tokens
      .slice(clauseStart, clauseEnd + 1)
      .filter((x) => !isStopword(x.key, lang))
      .map((x) => stemToken(x.key, lang))
      .join(' ');
    if (key) out.push(spanDraft(c, clauseStart, clauseEnd, 'neutral', 'discovered', 'relative-clause', key));
  }
  // («جمهورية X الفيدرالية»: an adjective the status phrase already holds is not shown again on its own.)
  if (statusDraft) for (let d = out.length - 1; d >= 0; d--) if (out[d] !== statusDraft && out[d]!.start >= statusDraft.start && out[d]!.end <= statusDraft.end) out.splice(d, 1);
  for (const d of out) markScareQuotes(c.text, d);
  return out;
}

// The label helpers below take the mention's context as arguments: closures made per mention cost a
// function object each (and a name under tsx's keepNames) on every one of a case's mentions.

/**
 * A label draft with every field, in one order: drafts come from a dozen passes, and the passes that
 * read them (finishing, dropping, agreement) stay fast only while all drafts share one object shape.
 */
export function newDraft(article: number, text: string, start: number, end: number, stance: LabelStance, origin: LabelDraft['origin'], form: LabelDraft['form'], key: string): LabelDraft {
  return { article, text, start, end, stance, origin, form, key, inName: undefined, afterName: undefined, description: undefined, chosenHead: undefined, preName: undefined, placeKind: undefined };
}

/** The key of tokens `first`..`last`: their stems, spaced. */
function spanKey(c: CaseText, first: number, last: number): string {
  return c.tokens.slice(first, last + 1).map((x) => stemToken(x.key, c.lang)).join(' ');
}

/**
 * The key of a span's own words, the name it holds left out: a status phrase is keyed by its status, so
 * «إقليم X» in one outlet meets «إقليم X» in another, not «جمهورية X». A span before the name is keyed whole.
 */
function keyAroundName(c: CaseText, span: { first: number; last: number }, m: Mention): string {
  if (span.last < m.first) return spanKey(c, span.first, span.last);
  const after = span.last > m.last ? [spanKey(c, m.last + 1, span.last)] : [];
  return [spanKey(c, span.first, m.first - 1), ...after].join(' ');
}

/** A draft over tokens `first`..`last` of the article. */
function spanDraft(c: CaseText, first: number, last: number, stance: LabelStance, origin: LabelDraft['origin'], form: LabelDraft['form'], key: string): LabelDraft {
  const { tokens } = c;
  const start = tokens[first]!.start + cliticLength(c, first);
  // "the regime's": the label is the noun, not its possessive ending.
  const end = tokens[last]!.end - (tokens[last]!.possessive ? 2 : 0);
  return newDraft(c.articleIndex, c.text.slice(start, end), start, end, stance, origin, form, key);
}

function fromEntry(out: LabelDraft[], c: CaseText, candidate: ActorCandidate, entry: LabelEntry, first: number, last: number, form: LabelDraft['form'] | undefined): void {
  if (entry.actors && !entry.actors.some((a) => candidate.aliases.some((w) => w.join(' ').includes(a)))) return;
  const f = form ?? entry.form;
  out.push(spanDraft(c, first, last, entry.stance, entry.origin, f ? f : undefined, entry.key));
}

function discovered(out: LabelDraft[], c: CaseText, aliasWords: ReadonlySet<string>, k: number, form: LabelDraft['form']): void {
  const t = c.tokens[k]!;
  if (aliasWords.has(t.key) || isStopword(t.key, c.lang)) return;
  out.push(spanDraft(c, k, k, 'neutral', 'discovered', form ? form : undefined, stemToken(t.key, c.lang)));
}

/** Tokens `from`..`to` are each a one-word title post-modifier («السابق», «المؤقت»). */
function postModifiersOnly(c: CaseText, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (c.tokens[i]!.breakBefore || c.data.titlePostModifiers.match(c.tokens, i)?.length !== 1) return false;
  return true;
}

function titleLabel(out: LabelDraft[], c: CaseText, first: number, last: number, form: 'title' | 'apposition'): void {
  const key = c.tokens
    .slice(first, last + 1)
    .map((t) => t.key)
    .join(' ');
  out.push(spanDraft(c, first, last, 'neutral', 'discovered', form, key));
}

// Opening quote → the closing quotes that may answer it.
const QUOTE_PAIRS: Record<string, string> = { "'": "'’", '"': '"”', '‘': '’\'', '“': '”"', '«': '»', '„': '“”' };
/** Words a scare-quoted label may hold: a word or two inside the noun phrase, not a quoted statement. */
const SCARE_QUOTE_WORDS = 2;

/**
 * A short label the outlet puts in quotation marks inside the noun phrase ("the 'moderate' party",
 * «الحزب "المعتدل"») keeps its distance from the word: shown with its quotes, distancing (negative)
 * whatever the word's own stance, and kept apart from the same word unquoted.
 * @example markScareQuotes("the 'moderate' party", draft) // draft.text === "'moderate'"
 */
export function markScareQuotes(text: string, d: LabelDraft): void {
  if (d.origin === 'user' || d.form === 'relative-clause' || d.inName || d.start < 1 || d.end >= text.length) return;
  const open = text[d.start - 1]!;
  const closes = QUOTE_PAIRS[open];
  if (!closes?.includes(text[d.end]!)) return;
  // An apostrophe closing a word ("Islamists' ") is no quotation mark: the opening one must stand apart.
  if (d.start >= 2 && /[\p{L}\p{N}]/u.test(text[d.start - 2]!)) return;
  if (d.end + 1 < text.length && /[\p{L}\p{N}]/u.test(text[d.end + 1]!)) return;
  if (d.text.split(/\s+/u).length > SCARE_QUOTE_WORDS) return;
  d.start -= 1;
  d.end += 1;
  d.text = text.slice(d.start, d.end);
  d.stance = 'negative';
  d.key = `quoted: ${d.key}`;
}

/**
 * A word right after a person's name that is still part of it: capitalised where names are, a word no
 * dictionary knows elsewhere (a third name: "إيفا لورا هولتس").
 */
function isTrailingNameWord(c: CaseText, k: number, occupied: ReadonlySet<number>): boolean {
  const { tokens, data, lang } = c;
  const t = tokens[k];
  if (!t || t.breakBefore || occupied.has(k) || t.possessive || isStopword(t.key, lang) || /^\d/u.test(t.key)) return false;
  if (data.capitalisedNames) return t.capitalised && !data.notNames.has(t.key);
  return !data.isDefinite(t.key) && !hasArticle(t.key, data) && !data.labels.match(tokens, k) && !isDictionaryWord(t.key, lang);
}

/** Words of a relative clause shown as a label. */
const CLAUSE_WORDS = 8;

/**
 * The last token of a relative clause starting at `first` ("who control parts of Yemen", "التي تدعمها
 * تركيا"): up to punctuation or a person's name, through the names of places and organisations, ending on
 * a content word; -1 when it reports what the actor said ("الذي اعتبر أن …", "who said that …"), which
 * is a claim, not a label.
 */
function relativeClauseEnd(c: CaseText, first: number, persons: ReadonlySet<number>): number {
  const { tokens, data, lang } = c;
  for (let j = first; j <= first + 1 && j < tokens.length; j++) if (data.complementizers.has(tokens[j]!.key) && !tokens[j]!.breakBefore) return -1;
  // "that has blocked …", "who will …": a clause telling an act or a plan is an event, not a label
  // (a past verb alone may still describe the actor: "who seized much of the north").
  const verb = tokens[first];
  if (verb && data.eventAuxiliaries.has(verb.key)) return -1;
  if (verb && pastActOnActor(lang, verb.key)) return -1;
  // «الذي وصل …», «التي تريد استعادة …»: where descriptions are participles, a finite verb with the
  // antecedent as its subject tells an act — in the past, or in the present with a verbal noun for its
  // aim right after it (a state, «التي تسيطر على …», and a verb taking the antecedent as object,
  // «التي تدعمها X», still describe it).
  if (verb && data.finiteRelativeActs && !data.isDefinite(verb.key)) {
    const read = data.verb(verb.key);
    const next = tokens[first + 1];
    const aim = next !== undefined && !next.breakBefore && !data.isDefinite(next.key) && !isStopword(next.key, lang) && !persons.has(first + 1);
    if (read && !read.object && (read.tense === 'past' || aim)) return -1;
  }
  let end = first - 1;
  for (let j = first; j < tokens.length && j - first < CLAUSE_WORDS; j++) {
    // A complementizer further on opens the sentence's own report ("قالت X التي … إن …").
    if ((j > first && tokens[j]!.breakBefore) || data.complementizers.has(tokens[j]!.key)) break;
    // Where the subject comes before the verb ("who dismissed Prime Minister Y"), a titled person the
    // clause reaches is its object: the clause tells an act on him, not what the actor is. (Where the
    // subject may follow the verb, he may be who leads the actor: "التي يقودها اللواء Y".)
    if (persons.has(j)) return j > first && !data.adjectivesFollow && data.personTitles.matchEndingAt(tokens, j - 1) ? -1 : end;
    end = j;
  }
  // A clause that runs on past the words a label may have ("who suffered from chronic illness and had part
  // [of …]") would be shown cut mid-phrase: it tells a story, not what the actor is.
  const next = tokens[first + CLAUSE_WORDS];
  if (end === first + CLAUSE_WORDS - 1 && next && !next.breakBefore && !data.complementizers.has(next.key)) return -1;
  while (end >= first && (isStopword(tokens[end]!.key, lang) || data.determiners.has(tokens[end]!.key))) end--;
  // "which holds the majority in the 300-seat parliament": a clause with a figure states a count, not
  // what outlets call the actor.
  for (let j = first; j <= end; j++) if (/\p{Nd}/u.test(tokens[j]!.key)) return -1;
  return end;
}

/**
 * «التي فرضها الرئيس», «الذي فرضه قبل ساعات»: a past verb with an object pronoun opening the clause tells
 * an act done to the actor once, not what it is («التي تدعمها X», present, says who backs it). From the
 * language's verb morphology (lang/<code>/attribution.json): no present prefix, an object suffix.
 */
function pastActOnActor(lang: LanguageCode, key: string): boolean {
  const m = attributionData(lang)?.morphology;
  const suffixes = (m?.objectSuffixes ?? []).filter((x) => x.length > 0).map((x) => foldForMatch(x));
  const prefixes = (m?.presentPrefixes ?? []).map((x) => foldForMatch(x));
  if (!suffixes.length || !prefixes.length) return false;
  const suffix = suffixes.filter((x) => key.endsWith(x)).sort((a, b) => b.length - a.length)[0];
  // A three-letter past stem stays ("فرض" + "ها"); a longer noun with a possessive ("بيانه") is no verb.
  return suffix !== undefined && key.length - suffix.length === 3 && !prefixes.some((p) => key.startsWith(p));
}

/** Last token of the backer named from `k` on: a whole mention, else up to three words before a break or a stop word. */
function backerEnd(c: CaseText, k: number, occupied: ReadonlySet<number>): number {
  const { tokens, data, lang } = c;
  let e = k;
  while (e < tokens.length && data.determiners.has(tokens[e]!.key) && !tokens[e]!.breakBefore) e++;
  if (e >= tokens.length || tokens[e]!.breakBefore) return k - 1;
  if (occupied.has(e)) {
    while (e + 1 < tokens.length && occupied.has(e + 1) && !tokens[e + 1]!.breakBefore) e++;
    return e;
  }
  // Where names are capitalised, the capitalised run; elsewhere one word (two after a name particle: "أبو X").
  const fits = (j: number): boolean => !tokens[j]!.breakBefore && !isStopword(tokens[j]!.key, lang) && !occupied.has(j) && (!data.capitalisedNames || tokens[j]!.capitalised);
  if (!fits(e)) return k - 1;
  let last = e;
  const max = data.capitalisedNames ? 3 : data.particles.has(tokens[e]!.key) ? 2 : 1;
  while (last + 1 < tokens.length && last + 1 - e < max && fits(last + 1)) last++;
  return last;
}

/**
 * Whether words for the kind of body follow a group's mention ("X news agency"): what keeps a body the
 * case names once as an actor.
 */
export function kindSaidAfter(c: CaseText, m: Mention, occupied: ReadonlySet<number>): boolean {
  return m.last + 1 < c.tokens.length && !c.data.labels.match(c.tokens, m.last + 1) && groupKindAfter(c, m.last + 1, occupied) >= 0;
}

/** Words of the kind of body said right after its name ("state news agency"). */
const KIND_WORDS = 3;

/**
 * The last token of "political coalition", "armed group", "state news agency" at `k` right after a name:
 * plain lower-case words ending in a noun for groups (`groupNouns`) or the head noun of an organisation's
 * name (`orgHeads`, written in lower case: the outlet's word for the body, not its name), where names are
 * capitalised; else -1.
 */
function groupKindAfter(c: CaseText, k: number, occupied: ReadonlySet<number>): number {
  const { tokens, data, lang } = c;
  // After a name in the possessive the words name what it owns ("the Council's observer mission").
  if (!data.capitalisedNames || (k > 0 && tokens[k - 1]!.possessive)) return -1;
  for (let h = k; h < k + KIND_WORDS && h < tokens.length; h++) {
    const t = tokens[h]!;
    if (t.breakBefore || t.capitalised || occupied.has(h) || t.possessive || isStopword(t.key, lang) || data.determiners.has(t.key)) return -1;
    // One word alone is mostly the name's own head in lower case ("the X coalition"): a modifier must come first.
    // (An organisation's head there may modify the next: "X state news agency".)
    const group = data.groupNouns.match(tokens, h)?.length === 1;
    if (group || data.orgHeads.match(tokens, h)?.length === 1) {
      if (h > k) return h;
      if (group) return -1;
    }
  }
  return -1;
}

/** Plain words read before a group's name. */
const PRE_NAME_WORDS = 3;

/**
 * The first token of "liberal opposition", "now defeated" in "the … X Party" right before a group's name
 * at `nameFirst`: lower-case words (a participle may follow an adverb of the stop list: "now defeated")
 * up to three, opened by a definite determiner; else -1.
 */
function groupRunBefore(c: CaseText, nameFirst: number, occupied: ReadonlySet<number>): number {
  const { tokens, data, lang } = c;
  let first = nameFirst;
  for (let j = nameFirst - 1; j >= 0 && nameFirst - j <= PRE_NAME_WORDS; j--) {
    const t = tokens[j]!;
    if (tokens[j + 1]!.breakBefore || occupied.has(j) || t.capitalised || t.possessive || /^\d/u.test(t.key) || data.determiners.has(t.key) || data.rankingWords.has(t.key)) break;
    if (isStopword(t.key, lang) || t.key.length <= 2) break;
    first = j;
  }
  // "the now defeated X": an adverb of the stop list and a participle right after the determiner.
  const adverbAt = first - 1;
  if (first < nameFirst && adverbAt > 0 && isStopword(tokens[adverbAt]!.key, lang) && !data.determiners.has(tokens[adverbAt]!.key) && !tokens[first]!.breakBefore && data.notModifier(tokens[first]!.key)) first = adverbAt;
  // A participle elsewhere governs the name ("air strikes targeting X", "support for continued X").
  // (One glued to a noun by a hyphen is an adjective: "the state-owned news outlet X".)
  for (let j = first; j < nameFirst; j++) if (data.notModifier(tokens[j]!.key) && !hyphenated(tokens[j]!.key) && !(j === first + 1 && isStopword(tokens[first]!.key, lang))) return -1;
  const det = tokens[first - 1];
  if (first === nameFirst || !det || tokens[first]!.breakBefore || !data.determiners.has(det.key) || data.indefinites.has(det.key) || data.selfDeterminers.has(det.key) || data.complementizers.has(det.key)) return -1;
  return first;
}

/** Modifiers of a place noun that say what an outlet makes of the place ("besieged", "breakaway"). */
const PLACE_STATE_WORDS = 2;

/**
 * "the besieged city of X", "the breakaway region of X", "the coastal city of X" before a place's name at
 * `nameFirst`: a determiner, one or two plain lower-case words, a place noun (`placeHeadsBefore`) and "of";
 * the modifiers and the noun, or null. A word that only says where ("northern": a locative of the
 * language) or what kind of place it is ("port": a place noun itself) is no description.
 * (Not after "Y," — "Y, the breakaway region of X" describes Y, not X.)
 */
function placeStateBefore(c: CaseText, nameFirst: number, occupied: ReadonlySet<number>): { first: number; last: number } | null {
  const { tokens, data, lang } = c;
  const of = nameFirst - 1;
  if (!data.capitalisedNames || of < 2 || tokens[nameFirst]!.breakBefore || !data.genitives.has(tokens[of]!.key)) return null;
  const places = entityData(lang);
  const head = places.placeHeadsBefore.matchEndingAt(tokens, of - 1);
  if (!head || head.length !== 1 || tokens[of]!.breakBefore) return null;
  const last = of - 1;
  let first = last;
  for (let j = last - 1; j >= 0 && last - j <= PLACE_STATE_WORDS; j--) {
    const t = tokens[j]!;
    if (tokens[j + 1]!.breakBefore || occupied.has(j) || t.capitalised || t.possessive || t.key.length <= 2 || /\d/u.test(t.key) || isStopword(t.key, lang) || data.determiners.has(t.key)) break;
    if (places.locatives.hasWord(t.key) || places.placeHeadsBefore.hasWord(t.key)) break;
    first = j;
  }
  const det = tokens[first - 1];
  if (first === last || !det || tokens[first]!.breakBefore || !data.determiners.has(det.key) || data.indefinites.has(det.key)) return null;
  if (tokens[first - 1]!.commaBefore && occupied.has(first - 2)) return null;
  return { first, last };
}

/** Whether a folded name is a country's or region's (CLDR, either script). */
function namesPlace(key: string): boolean {
  return isBridgedPlaceName(key) || placeNameFor(key) !== undefined;
}

/** Adjectives after a place's name that are still the status phrase's («جمهورية X الفيدرالية»). */
const STATUS_ADJECTIVES = 2;

/**
 * The status an outlet gives a place, before its name (`placeStatusHeads`): «إقليم X», «جمهورية X
 * الفيدرالية» (the head in construct, the name and the adjectives after it, taken whole) where an article
 * marks definiteness; "the Federal Republic of X" (up to two modifiers and the head, after a determiner and
 * before "of") where names are capitalised. A noun of the kind of place ("city") is no status.
 */
function placeStatusBefore(c: CaseText, m: Mention, occupied: ReadonlySet<number>): { first: number; last: number } | null {
  const { tokens, data, lang } = c;
  if (tokens[m.first]!.breakBefore) return null;
  if (data.article !== '') {
    const head = data.placeStatusHeads.matchEndingAt(tokens, m.first - 1);
    if (!head || occupied.has(m.first - 1) || data.personTitles.matchEndingAt(tokens, m.first - 1)) return null;
    let last = m.last;
    for (let j = last + 1; j < tokens.length && j - m.last <= STATUS_ADJECTIVES && !tokens[j]!.breakBefore && !occupied.has(j) && hasArticle(tokens[j]!.key, data) && data.isAdjective(tokens[j]!.key); j++) last = j;
    return { first: m.first - head.length, last };
  }
  const of = m.first - 1;
  if (!data.capitalisedNames || of < 2 || !data.genitives.has(tokens[of]!.key) || tokens[of]!.breakBefore) return null;
  const head = data.placeStatusHeads.matchEndingAt(tokens, of - 1);
  if (!head) return null;
  const last = of - 1;
  let first = last - head.length + 1;
  // (Capitalised, "Federal Republic" may have been read as a name of its own: it is this place's status.)
  for (let j = first - 1; j >= 0 && first - j <= PLACE_STATE_WORDS && !tokens[j + 1]!.breakBefore; j--) {
    const t = tokens[j]!;
    if (t.possessive || isStopword(t.key, lang) || data.determiners.has(t.key) || entityData(lang).locatives.hasWord(t.key)) break;
    first = j;
  }
  const det = tokens[first - 1];
  if (!det || tokens[first]!.breakBefore || !data.determiners.has(det.key) || data.indefinites.has(det.key)) return null;
  // (As for a place's state: "Y, the breakaway region of X" describes Y.)
  return det.commaBefore && occupied.has(first - 2) ? null : { first, last };
}

/**
 * "landlocked X", "sovereign X": one plain word right before a place's name (names capitalised) that the
 * language's dictionary gives as an adjective and no verb nor a verb's form (`adjectiveWords`), so "visited X",
 * "occupied X" stay the sentence's; a word that only says where ("northern") or what kind of place is none.
 */
function placeAdjectiveBefore(c: CaseText, nameFirst: number, occupied: ReadonlySet<number>): { first: number; last: number } | null {
  const { tokens, data, lang } = c;
  const k = nameFirst - 1;
  const t = tokens[k];
  if (!data.capitalisedNames || !t || tokens[nameFirst]!.breakBefore || occupied.has(k) || t.capitalised || t.possessive) return null;
  // (The list holds no verb's form: "-ed" here is an adjective's ending, "landlocked".)
  if (!data.adjectiveWords.has(t.key) || isStopword(t.key, lang)) return null;
  const places = entityData(lang);
  return places.locatives.hasWord(t.key) || places.placeHeadsBefore.hasWord(t.key) ? null : { first: k, last: k };
}

/** Whether tokens `first`..`last` hold a place noun ("region", "capital", «عاصمة»): a phrase about a place that says what place it is. */
function placeNounWithin(c: CaseText, first: number, last: number): boolean {
  const heads = entityData(c.lang).placeHeadsBefore;
  for (let j = first; j <= last; j++) if (heads.hasWord(c.tokens[j]!.key)) return true;
  return false;
}

/** Nouns of a construct chain after a place noun before the definite word or name that ends it. */
const CONSTRUCT_WORDS = 2;

/**
 * The last token of «عاصمة ولاية Y» at `k`: where an article marks definiteness, a place noun without it
 * (not behind a clitic), up to two more such nouns, then a word with the article or another place's name
 * (taken whole), with no punctuation between; else -1.
 */
function placeConstructEnd(c: CaseText, k: number, occupied: ReadonlySet<number>, persons: ReadonlySet<number>): number {
  const { tokens, data, lang } = c;
  const t = tokens[k]!;
  if (data.article === '' || t.clitic || hasArticle(t.key, data) || occupied.has(k) || !entityData(lang).placeHeadsBefore.hasWord(t.key)) return -1;
  for (let j = k + 1; j < tokens.length && j - k <= CONSTRUCT_WORDS + 1; j++) {
    const w = tokens[j]!;
    if (w.breakBefore || persons.has(j) || w.clitic || isStopword(w.key, lang)) return -1;
    if (occupied.has(j)) {
      let e = j;
      while (e + 1 < tokens.length && occupied.has(e + 1) && !persons.has(e + 1) && !tokens[e + 1]!.breakBefore) e++;
      return e;
    }
    if (hasArticle(w.key, data)) return j;
  }
  return -1;
}

/** Words of a place after a locative ("in North Kell State") before a group's apposition. */
const PLACE_WORDS = 4;

/**
 * The last token of "in <place>" at `k` right after a group's name: a locative of the language, then a
 * place's mention or capitalised words (no person), up to four; else -1.
 */
function placeAfterLocative(c: CaseText, k: number, occupied: ReadonlySet<number>, persons: ReadonlySet<number>): number {
  const { tokens, data } = c;
  const loc = entityData(c.lang).locatives.match(tokens, k);
  if (!loc) return -1;
  let e = k + loc.length - 1;
  while (e + 1 < tokens.length && e + 1 - (k + loc.length) < PLACE_WORDS && !tokens[e + 1]!.breakBefore && !persons.has(e + 1) && (occupied.has(e + 1) || (data.capitalisedNames && tokens[e + 1]!.capitalised))) e++;
  return e >= k + loc.length ? e : -1;
}

/**
 * "armed civilian groups fighting …" after a group's name and a comma: plain lower-case words ending in
 * a noun for groups (`groupNouns`) within three words — a phrase with no determiner that says what the
 * group is (names capitalised).
 */
function bareGroupPhrase(c: CaseText, k: number, occupied: ReadonlySet<number>): boolean {
  const { tokens, data, lang } = c;
  if (!data.capitalisedNames) return false;
  for (let h = k; h < k + 3 && h < tokens.length; h++) {
    const w = tokens[h]!;
    if ((h > k && w.breakBefore) || w.capitalised || occupied.has(h) || w.possessive || isStopword(w.key, lang) || data.determiners.has(w.key)) return false;
    if (data.groupNouns.match(tokens, h)) return h > k;
  }
  return false;
}

/** Words of an apposition phrase after a name. */
const APPOSITION_WORDS = 10;

/**
 * The last token of a noun phrase in apposition starting at `k` (right after "X,"): it opens with a
 * determiner, a title, a definite word, or a noun governing what follows ("head of …", "مسؤولة صندوق …"),
 * and runs to the next punctuation, relative pronoun or function word the language does not let into
 * it; -1 when what follows is no noun phrase ("X, said …", "X، وقال …").
 */
function appositionPhrase(c: CaseText, k: number, occupied: ReadonlySet<number>, persons: ReadonlySet<number> | undefined, person: boolean): number {
  const { tokens, data, lang } = c;
  const t = tokens[k];
  if (!t || occupied.has(k) || data.relatives.has(t.key) || data.backedBy.match(tokens, k) || ledByAt(c, k) || data.loyalty.has(t.key)) return -1;
  // "X، يصل القاهرة": a verb in the present tense after the comma opens a clause, not an apposition;
  // "X، بالعاصمة …": neither does a preposition glued to the article.
  if (data.isPresentVerb(t.key) || (data.isDefinite(t.key) && !hasArticle(t.key, data))) return -1;
  // "X، التقى …": a word the dictionary knows only as a verb opens a clause, whatever its letters look like;
  // so does a verb behind a glued conjunction ("X، ووصفته بـ…"), even one that is a noun too.
  const verb = data.verb(t.key);
  if (verb?.sense === 'only' || verb?.conjunction) return -1;
  const next = tokens[k + 1];
  const definiteAt = (j: number): boolean => (occupied.has(j) && !(persons ?? occupied).has(j)) || hasArticle(tokens[j]!.key, data);
  // (Where an article marks the end of a construct chain, «عاصمة ولاية X»: the nouns before it govern it too.)
  const chained = next !== undefined && data.article !== '' && !isStopword(next.key, lang) && !next.clitic && tokens[k + 2] !== undefined && !tokens[k + 2]!.breakBefore && definiteAt(k + 2);
  const governs = next !== undefined && !next.breakBefore && (data.genitives.has(next.key) || definiteAt(k + 1) || chained);
  const opens =
    data.determiners.has(t.key) ||
    data.personTitles.match(tokens, k) !== null ||
    (hasArticle(t.key, data) && !t.clitic) ||
    (!isStopword(t.key, lang) && !t.clitic && !t.capitalised && !data.notModifier(t.key) && t.key.length > 2 && governs) ||
    (!person && bareGroupPhrase(c, k, occupied));
  if (!opens || (isStopword(t.key, lang) && !data.determiners.has(t.key))) return -1;
  let last = k;
  let personAt = -1;
  for (let j = k + 1; j < tokens.length && j - k < APPOSITION_WORDS; j++) {
    const w = tokens[j]!;
    if (w.breakBefore || data.relatives.has(w.key)) break;
    if ((persons ?? occupied).has(j)) {
      personAt = j;
      break;
    }
    // Other function words only before an organisation's name ("القيادي في الحركة …") or a person's, titled or not ("led by General X").
    const beforeOrg = occupied.has(j + 1) && !(persons ?? occupied).has(j + 1) && !tokens[j + 1]!.breakBefore;
    if (isStopword(w.key, lang) && !data.determiners.has(w.key) && !data.appositionLinkers.has(w.key) && !beforeOrg && !namesPersonAt(c, j + 1, persons)) break;
    // "According to X, the blast killed the group's leader": a finite verb with its object makes the words a clause.
    if (finiteVerbWithObject(c, j)) return -1;
    last = j;
  }
  // "X, an ally of President Y, said", "X – a movement led by General Y –": the phrase may run through
  // another person's name, when punctuation closes it right there.
  if (persons && personAt === last + 1 && last > k) {
    let e = personAt;
    while (e + 1 < tokens.length && persons.has(e + 1) && !tokens[e + 1]!.breakBefore) e++;
    if (e + 1 >= tokens.length || tokens[e + 1]!.breakBefore) return e;
  }
  // A phrase ends on a content word ("head of the", not).
  while (last > k && (isStopword(tokens[last]!.key, lang) || data.determiners.has(tokens[last]!.key))) last--;
  // An apposition is set off: punctuation or the end of the text closes it ("X, an ally of Y, said").
  // Words that run on into the sentence are its object or its verb ("X، زيارة الوفد بأنه …").
  const after = tokens[last + 1];
  // (A reported statement may follow it at once: "X، القيادي في …  إن …".)
  if (after !== undefined && !after.breakBefore && !(data.complementizers.has(after.key) && !data.relatives.has(after.key))) {
    // Where adjectives follow, a definite noun opening it is still what the outlet calls the person
    // ("X، القيادي في … المدعومة من …" running on): that noun alone, unless a relative clause takes it.
    // (Only a person's: after a group's name, «…، العثور على …» is the sentence's object, not what it is.)
    const head = person && data.adjectivesFollow && hasArticle(t.key, data) && !t.clitic && (last > k || isStopword(after.key, lang)) && !data.relatives.has(tokens[k + 1]!.key);
    return head ? k : -1;
  }
  return last;
}

/** Whether a word from `first` to `last` is one the dictionary knows only as a verb ("حيث التقى X": no title). */
function verbBetween(c: CaseText, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if (c.data.verb(c.tokens[j]!.key)?.sense === 'only') return true;
  return false;
}

/** A definite word with a preposition or conjunction glued before its article («للناشطة», «والناشطة»). */
function glued(c: CaseText, k: number): boolean {
  const t = c.tokens[k]!;
  // (As written: the key may have lost the preposition, or only half of a fused «لل».)
  const written = foldForMatch(c.text.slice(t.start, t.end));
  return !hasArticle(written, c.data) && c.data.isDefinite(written);
}

/** Whether a person's name, or a title and the name, starts at `j` (no punctuation between). */
function namesPersonAt(c: CaseText, j: number, persons: ReadonlySet<number> | undefined): boolean {
  const { tokens, data } = c;
  if (!persons || j >= tokens.length || tokens[j]!.breakBefore) return false;
  if (persons.has(j)) return true;
  const title = data.personTitles.match(tokens, j);
  return title !== null && persons.has(j + title.length) && !tokens[j + title.length]!.breakBefore;
}

/** Words of a descriptive phrase before a person's name. */
const DESCRIPTIVE_WORDS = 5;

/**
 * The first token of a descriptive phrase right before a name ("populist Shiite cleric"): lower-case
 * content words ending in a noun before the name, with capitalised words of peoples or places among
 * them, opened by a determiner, a function word, a comma or the sentence start; -1 when there is none.
 */
function descriptiveRun(c: CaseText, nameFirst: number, occupied: ReadonlySet<number>, persons: ReadonlySet<number> | undefined): number {
  const { tokens, data, lang } = c;
  const plainWord = (k: number): boolean => {
    const t = tokens[k]!;
    return !t.capitalised && !t.possessive && t.key.length > 2 && !/^\d/u.test(t.key) && !isStopword(t.key, lang) && !data.determiners.has(t.key) && !data.notModifier(t.key);
  };
  const last = nameFirst - 1;
  // (Its head is singular: "finds X" in "Jury finds X guilty" is a verb, "rebels X" no title.)
  if (last < 0 || tokens[nameFirst]!.breakBefore || occupied.has(last) || !plainWord(last) || data.isPluralShaped(tokens[last]!.key)) return -1;
  let first = last;
  while (first - 1 >= 0 && last - first + 1 < DESCRIPTIVE_WORDS && !tokens[first]!.breakBefore) {
    const k = first - 1;
    const t = tokens[k]!;
    const people = t.capitalised && !t.possessive && !isStopword(t.key, lang) && !(persons ?? occupied).has(k) && !data.personTitles.matchEndingAt(tokens, k);
    if (plainWord(k) || people) first = k;
    else break;
  }
  // Opened where a noun phrase may start, never in the middle of a clause ("he disparaged X").
  const before = first - 1;
  // (or after a capitalised word: "Shia Muslim scholar X" read as a name before it).
  // (or after a verb whose object it is: "the case that involved porn actress X"; a verb's shape or form, lower case).
  const opens =
    before < 0 ||
    tokens[first]!.breakBefore ||
    tokens[first]!.sentenceStart ||
    isStopword(tokens[before]!.key, lang) ||
    data.determiners.has(tokens[before]!.key) ||
    tokens[before]!.possessive ||
    tokens[before]!.capitalised ||
    (data.notModifier(tokens[before]!.key) && !occupied.has(before));
  if (!opens) return -1;
  // "have grown since X": after an auxiliary the run is a verb phrase; so is one word after the
  // infinitive marker ("to oust X"; "to" before a longer run is a preposition: "to adult film star X").
  if (before >= 0 && !tokens[first]!.breakBefore && (data.eventAuxiliaries.has(tokens[before]!.key) || (first === last && data.verbMarkers.has(tokens[before]!.key)))) return -1;
  // A capitalised first word at a sentence start is only the sentence's capital.
  while (first < last && tokens[first]!.capitalised && tokens[first]!.sentenceStart && !occupied.has(first)) first++;
  return last - first >= 0 && (last > first || !tokens[first]!.capitalised) ? first : -1;
}

/** Where a title starts once the one modifier before it is taken in ("Interior Minister", "opposition leader"). */
function titleStart(c: CaseText, first: number, occupied: ReadonlySet<number>, persons?: ReadonlySet<number>): number {
  const { tokens, data, lang } = c;
  if (data.adjectivesFollow) return first;
  let start = first;
  // Up to two modifiers: a place or a people ("Velmar's", "Velmari" — never a person) or a plain word.
  for (let n = 0; n < 2; n++) {
    const k = start - 1;
    if (k < 0 || tokens[start]!.breakBefore) break;
    const t = tokens[k]!;
    if (occupied.has(k)) {
      if (!persons || persons.has(k)) break;
      let s = k;
      while (s > 0 && occupied.has(s - 1) && !persons.has(s - 1) && !tokens[s]!.breakBefore) s--;
      start = s;
      continue;
    }
    const plain = !t.possessive && t.key.length > 2 && !/^\d/u.test(t.key) && !isStopword(t.key, lang) && !data.determiners.has(t.key);
    const modifier = plain && !data.notNames.has(t.key) && !data.notModifier(t.key) && !data.personTitles.matchEndingAt(tokens, k) && !data.labels.matchEndingAt(tokens, k);
    if (!modifier) break;
    start = k;
  }
  return start;
}

/** Letters of a glued clitic to leave out of a label's span ("والمدعومة" → "المدعومة"), when the rest is the word as written. */
/**
 * The label from `start` to `end` as written on its own, where its first word fuses a glued preposition
 * with the article («للجيش» = ل + الجيش) and so cannot be sliced off; undefined when the slice reads so.
 */
export function shownLabelText(c: CaseText, start: number, end: number): string | undefined {
  const { tokens } = c;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const t = tokens[lo];
  if (!t || t.start !== start || !t.clitic || t.end > end) return undefined;
  const surface = c.text.slice(t.start, t.end);
  const shown = displayWord(surface, t.key);
  return surface.endsWith(shown) ? undefined : shown + c.text.slice(t.end, end);
}

export function cliticLength(c: CaseText, i: number): number {
  const t = c.tokens[i]!;
  if (!t.clitic) return 0;
  const surface = c.text.slice(t.start, t.end);
  const shown = displayWord(surface, t.key);
  return shown.length < surface.length && surface.endsWith(shown) ? surface.length - shown.length : 0;
}

/**
 * A title opening an apposition ("the army chief", "a spokesman"), at most two modifiers before it,
 * with the organisation it heads ("القائد العام للجيش الوطني"); `entry` when the lexicon knows the title.
 */
function appositionTitle(c: CaseText, k: number, occupied: ReadonlySet<number>, persons: ReadonlySet<number> | undefined): { first: number; last: number; entry?: LabelEntry } | null {
  const { tokens, data, lang } = c;
  const first = k < tokens.length && data.determiners.has(tokens[k]!.key) ? k + 1 : k;
  for (let j = first; j < tokens.length && j <= first + 2; j++) {
    const t = tokens[j]!;
    if (occupied.has(j) || (j > k && t.breakBefore)) return null;
    const label = data.labels.match(tokens, j);
    const known = label && (label.value.form === 'title' || label.value.form === 'apposition') ? label : null;
    const title = known ?? data.personTitles.match(tokens, j);
    if (title) {
      let last = j + title.length - 1;
      // "رئيس مجلس الوزراء …" where the council is a name of its own: the title is "رئيس", then the council.
      while (last >= j && occupied.has(last) && persons && !persons.has(last)) last--;
      if (last < j || (last < j + title.length - 1 && (known || !data.personTitles.matchesExactly(tokens, j, last - j + 1)))) return null;
      if (data.honorifics.match(tokens, j) || occupied.has(last)) return null;
      // The organisation right after the title is part of it, when it is no person.
      let o = last + 1;
      if (o < tokens.length && data.genitives.has(tokens[o]!.key)) o++;
      if (o < tokens.length && data.determiners.has(tokens[o]!.key)) o++;
      // "head of the now defeated X Alliance": up to two lower-case modifiers before the organisation's name.
      let m = o;
      while (m < o + 2 && m < tokens.length && !occupied.has(m) && !tokens[m]!.breakBefore && !tokens[m]!.capitalised && data.capitalisedNames && (data.appositionLinkers.has(tokens[m]!.key) || !isStopword(tokens[m]!.key, lang))) m++;
      if (m > o && persons && m < tokens.length && occupied.has(m) && !persons.has(m) && !tokens[m]!.breakBefore) o = m;
      if (persons && o < tokens.length && occupied.has(o) && !persons.has(o) && !tokens[o]!.breakBefore && !tokens[last + 1]!.breakBefore) {
        while (o < tokens.length && occupied.has(o) && !persons.has(o) && (o === last + 1 || !tokens[o]!.breakBefore)) o++;
        last = o - 1;
      }
      return known ? { first, last, entry: known.value } : { first, last };
    }
    if (t.possessive || isStopword(t.key, lang) || label) return null;
  }
  return null;
}

/**
 * A title ending at token `last`, right before a comma and a name: "The opposition candidate, X",
 * "قائد الجيش الوطني، المشير X" (the title, then the organisation it heads).
 */
function preApposition(c: CaseText, last: number, occupied: ReadonlySet<number>, persons: ReadonlySet<number> | undefined): { first: number; titleLength: number } | null {
  const { tokens, data } = c;
  let end = last;
  // Where adjectives follow, back over them first ("زعيم التيار الصدري الشيعي، X").
  // (and over the words that date an office: «الرئيس السابق، X»).
  while (data.adjectivesFollow && end > 0 && !occupied.has(end) && !tokens[end]!.breakBefore && hasArticle(tokens[end]!.key, data) && (data.isAdjective(tokens[end]!.key) || data.titlePostModifiers.match(tokens, end)?.length === 1)) end--;
  // "The head of the X coalition, Y": a lower-case head noun after the organisation's name is the outlet's word for it.
  // (The organisation may be a name the case keeps nowhere else: "The head of the Kadra coalition, Y"; read below.)
  const organisation = (j: number): boolean => (occupied.has(j) ? persons !== undefined && !persons.has(j) : data.capitalisedNames && tokens[j]!.capitalised && !tokens[j]!.sentenceStart);
  if (!data.adjectivesFollow && end > 0 && !occupied.has(end) && !tokens[end]!.capitalised && !tokens[end]!.breakBefore && organisation(end - 1) && lowerHead(c, end)) end--;
  // "the security official of the Velmar Shield Brigades, X": an organisation the case names nowhere else (capitalised, no mention).
  // (Such a name read as a person's is still the organisation: a person is not what a title is "of the".)
  if (data.capitalisedNames && tokens[end]!.capitalised && !tokens[end]!.sentenceStart && (!occupied.has(end) || persons?.has(end))) {
    let s = end;
    while (s > 0 && end - s < 5 && !tokens[s]!.breakBefore && tokens[s - 1]!.capitalised && !tokens[s - 1]!.sentenceStart) s--;
    let g = s - 1;
    if (g > 0 && data.determiners.has(tokens[g]!.key) && !tokens[s]!.breakBefore) g--;
    const of = g > 0 && data.genitives.has(tokens[g]!.key) && !tokens[g + 1]!.breakBefore && !tokens[s]!.breakBefore;
    if (of && (data.personTitles.matchEndingAt(tokens, g - 1) || titleEntryEndingAt(c, g - 1))) end = g - 1;
  }
  // Back over the organisation the title governs (a mention that is not a person's), then "of the".
  if (occupied.has(end)) {
    if (!persons || persons.has(end)) return null;
    let steps = 0;
    while (end >= 0 && occupied.has(end) && !persons.has(end) && steps++ < 6 && !tokens[end]!.breakBefore) end--;
    if (end < 0 || occupied.has(end) || tokens[end + 1]!.breakBefore) return null;
    if (data.determiners.has(tokens[end]!.key) && end > 0) end--;
    if (data.genitives.has(tokens[end]!.key) && end > 0) end--;
  }
  // "The head of the EU election observers, X": a title whose complement is a lower-case noun phrase (no name of its own).
  if (end === last && data.capitalisedNames && !occupied.has(end) && !tokens[end]!.capitalised) end = titleBeforeComplement(c, end, occupied, persons) ?? end;
  const label = data.labels.matchEndingAt(tokens, end);
  const title = data.personTitles.matchEndingAt(tokens, end) ?? (label && (label.value.form === 'title' || label.value.form === 'apposition') ? label : null);
  if (!title || data.honorifics.matchEndingAt(tokens, end)) return null;
  let first = titleStart(c, end - title.length + 1, occupied, persons);
  // Where adjectives come first, the phrase must start there ("The opposition candidate, X"), or after
  // the modifiers a determiner opens ("this highly conflicted, biased Judge, X").
  // (A name in the possessive opens it as a determiner would: "Y's challenger, X".)
  const opens = (j: number): boolean => tokens[j]!.sentenceStart || tokens[j]!.breakBefore || (j > 0 && (data.determiners.has(tokens[j - 1]!.key) || tokens[j - 1]!.possessive === true));
  if (!data.adjectivesFollow && !opens(first)) {
    let j = first - 1;
    while (j > 0 && first - j <= PRE_TITLE_MODIFIERS && !occupied.has(j) && !isStopword(tokens[j]!.key, c.lang) && !data.determiners.has(tokens[j]!.key) && (!tokens[j + 1]!.breakBefore || tokens[j + 1]!.commaBefore) && !data.determiners.has(tokens[j - 1]!.key)) j--;
    if (j <= 0 || occupied.has(j) || !data.determiners.has(tokens[j - 1]!.key) || tokens[j]!.breakBefore || isStopword(tokens[j]!.key, c.lang)) return null;
    first = j;
  }
  return { first, titleLength: end - first + 1 };
}

/** Words of a title's complement after "of the" ("EU election observers"). */
const COMPLEMENT_WORDS = 4;

/**
 * The last token of a title before "of (the)" and a complement ending at `end` ("head" in "head of the
 * EU election observers"): the complement's words plain or a mention that is no person's, none across
 * punctuation; null when no title stands there.
 */
function titleBeforeComplement(c: CaseText, end: number, occupied: ReadonlySet<number>, persons: ReadonlySet<number> | undefined): number | null {
  const { tokens, data, lang } = c;
  for (let j = end; j > 0 && end - j < COMPLEMENT_WORDS; j--) {
    const t = tokens[j]!;
    if (t.breakBefore || (persons ?? occupied).has(j) || t.possessive || isStopword(t.key, lang) || data.determiners.has(t.key)) return null;
    let g = j - 1;
    if (data.determiners.has(tokens[g]!.key) && !data.indefinites.has(tokens[g]!.key) && g > 0) g--;
    if (!data.genitives.has(tokens[g]!.key) || g < 1 || tokens[g + 1]!.breakBefore || tokens[g]!.breakBefore) continue;
    return data.personTitles.matchEndingAt(tokens, g - 1) || titleEntryEndingAt(c, g - 1) ? g - 1 : null;
  }
  return null;
}

/** Words of the kind a group is listed among ("other armed factions"). */
const OTHERS_KIND_WORDS = 3;

/**
 * The noun phrase after "and other", «وغيرها من» at `k` ("other armed factions" → "armed factions"): up to
 * three words, no person, ending on a word of no mention (the kind's head noun; where adjectives
 * follow, the head first and its definite adjectives after it). Null when there is none.
 */
function othersKind(c: CaseText, k: number, occupied: ReadonlySet<number>, persons: ReadonlySet<number>): { first: number; last: number } | null {
  const { tokens, data, lang } = c;
  const link = data.othersLinkers.match(tokens, k);
  if (!link) return null;
  const first = k + link.length;
  let last = first - 1;
  for (let e = first; e < tokens.length && e - first < OTHERS_KIND_WORDS; e++) {
    const w = tokens[e]!;
    if (w.breakBefore) break;
    if (persons.has(e) || isStopword(w.key, lang) || data.determiners.has(w.key)) break;
    if (data.adjectivesFollow && e > first && !hasArticle(w.key, data)) break;
    last = e;
    if (!data.adjectivesFollow && !occupied.has(e) && !w.capitalised) break;
  }
  while (last >= first && (occupied.has(last) || (!data.adjectivesFollow && tokens[last]!.capitalised))) last--;
  return last >= first ? { first, last } : null;
}

/** Modifiers a determiner may open before a title in apposition ("this highly conflicted, biased Judge, X"). */
const PRE_TITLE_MODIFIERS = 3;

/** Words of a title chain before a name («رئيسة بعثة الصندوق إلى مصر»). */
const TITLE_CHAIN_WORDS = 7;

/**
 * The first token of a title chain right before a name, where adjectives follow: a title, then the
 * organisation's words, linking prepositions ("إلى") and a place, unbroken, with no other person and no
 * verb among them; -1 when none.
 */
function titleChainStart(c: CaseText, nameFirst: number, persons: ReadonlySet<number>): number {
  const { tokens, data, lang } = c;
  for (let j = nameFirst - 1; j >= 0 && nameFirst - j <= TITLE_CHAIN_WORDS; j--) {
    if (tokens[j + 1]!.breakBefore || persons.has(j)) return -1;
    const t = tokens[j]!;
    if (j < nameFirst - 1 && (data.personTitles.match(tokens, j) || titleEntryEndingAt(c, j)?.length === 1)) return j;
    if ((isStopword(t.key, lang) && !data.appositionLinkers.has(t.key)) || data.isPresentVerb(t.key) || /^\d/u.test(t.key)) return -1;
  }
  return -1;
}

/** A title of the lexicon ending at `k` ("spokesman"), as a phrase match. */
function titleEntryEndingAt(c: CaseText, k: number): { length: number } | null {
  const m = c.data.labels.matchEndingAt(c.tokens, k);
  return m && (m.value.form === 'title' || m.value.form === 'apposition') ? m : null;
}

/**
 * Whether `first`..`last`, set off by commas, is a name in a list: its words capitalised but for function
 * words (none at the start of a sentence), and another comma and a capitalised word (after a determiner) right after it.
 */
function listItem(c: CaseText, first: number, last: number): boolean {
  const { tokens, data, lang } = c;
  if (!data.capitalisedNames) return false;
  let words = 0;
  for (let j = first; j <= last; j++) {
    const t = tokens[j]!;
    if (isStopword(t.key, lang) || data.determiners.has(t.key)) continue;
    if (!t.capitalised || t.sentenceStart) return false;
    words++;
  }
  const next = tokens[last + 1];
  if (words === 0 || next === undefined || !next.commaBefore) return false;
  const item = data.determiners.has(next.key) && !tokens[last + 2]?.breakBefore ? tokens[last + 2] : next;
  return item !== undefined && item.capitalised && !item.sentenceStart;
}

/** Words after the possessive name in an apposition ("Y's former primary running mate"). */
const OWNED_WORDS = 4;

/**
 * "X, Y's lawyer,", "X, Iran's Foreign Minister,": a name ending in the possessive at `k`, then up to
 * OWNED_WORDS words of no other name and no function word, closed by punctuation; its last index and key, or null.
 */
function possessiveApposition(c: CaseText, k: number, occupied: ReadonlySet<number>): { last: number; key: string } | null {
  const { tokens, data, lang } = c;
  let e = k;
  while (!tokens[e]!.possessive && occupied.has(e + 1) && !tokens[e + 1]!.breakBefore) e++;
  if (!tokens[e]!.possessive) return null;
  let last = e;
  for (let j = e + 1; j < tokens.length && j - e <= OWNED_WORDS && !tokens[j]!.breakBefore; j++) {
    const w = tokens[j]!;
    if (occupied.has(j) || w.possessive || isStopword(w.key, lang) || data.determiners.has(w.key)) return null;
    last = j;
  }
  // (A verb's shape only closing it: "X, Y's lawyer said, …" is a clause; "running mate" is a noun.)
  if (last === e || (last + 1 < tokens.length && !tokens[last + 1]!.breakBefore) || data.notModifier(tokens[last]!.key)) return null;
  const key = tokens
    .slice(k, last + 1)
    .map((x) => stemToken(x.key, lang))
    .join(' ');
  return { last, key };
}

/** A head noun of organisations or forces at `k` ("coalition", "militia"), of one word. */
function lowerHead(c: CaseText, k: number): boolean {
  const { data, tokens } = c;
  return data.orgHeads.match(tokens, k)?.length === 1 || data.forceHeads.match(tokens, k)?.length === 1 || data.groupNouns.match(tokens, k)?.length === 1 || data.labels.match(tokens, k)?.value.form === 'head-noun';
}

/** Length in tokens of a "led by" phrase at `k` ("led by", "بقيادة", also behind a stripped clitic), or 0. */
function ledByAt(c: CaseText, k: number): number {
  const t = c.tokens[k];
  if (!t) return 0;
  const m = c.data.ledBy.match(c.tokens, k);
  if (m) return m.length;
  return t.clitic && c.data.ledBy.hasWord(foldForMatch(c.text.slice(t.start, t.end))) ? 1 : 0;
}

/** A past-shaped word followed at once by its object (a determiner, a possessive): the finite verb of a clause, not a participle. */
function finiteVerbWithObject(c: CaseText, j: number): boolean {
  const { tokens, data } = c;
  const next = tokens[j + 1];
  if (!next || next.breakBefore || !data.isPastShaped(tokens[j]!.key)) return false;
  return data.determiners.has(next.key) || next.possessive;
}
