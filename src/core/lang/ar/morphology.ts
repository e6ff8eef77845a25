// The Arabic proclitic inventory (morphology.json) and the lists stages read, derived from it: the letters
// are spelled once, each stage's subset is named there.
import morphology from './morphology.json' with { type: 'json' };

type ListName = keyof typeof morphology.lists;

const CLASSES: Readonly<Record<string, Record<string, string>>> = morphology.proclitics;
const FUSED: Readonly<Record<string, string>> = morphology.fused;
/** Every member by name ("wa" → "و"). */
const MEMBERS = new Map(Object.values(CLASSES).flatMap((members) => Object.entries(members)));

/** The member names a part of a combination stands for: a class's members in order, or one member. */
function membersOf(part: string): string[] {
  const members = CLASSES[part];
  if (members) return Object.keys(members);
  if (MEMBERS.has(part)) return [part];
  throw new Error(`lang/ar/morphology.json: '${part}' is neither a class nor a member of proclitics`);
}

/** How a sequence of members is written: their letters put together, fused pairs as morphology.json `fused` writes them. */
function spell(names: readonly string[]): string {
  let written = '';
  for (let i = 0; i < names.length; i++) {
    const pair = FUSED[`${names[i]}+${names[i + 1]}`];
    if (pair !== undefined) {
      written += pair;
      i++;
    } else written += MEMBERS.get(names[i]!)!;
  }
  return written;
}

/** Every member sequence a combination ("conjunction+preposition") stands for, first parts varying slowest. */
function expand(combination: string): string[][] {
  return combination.split('+').reduce<string[][]>((sequences, part) => sequences.flatMap((seq) => membersOf(part).map((m) => [...seq, m])), [[]]);
}

/**
 * A stage's list of proclitics (morphology.json `lists`), written out in its order.
 * @example procliticList('nounPrefixes') // ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل']
 */
export function procliticList(name: ListName): string[] {
  return morphology.lists[name].flatMap((combination) => expand(combination).map(spell));
}
