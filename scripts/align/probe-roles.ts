/**
 * The role reader (align/roles.ts) on the *tuned* dev cases, one language at a time: for every LSH
 * candidate pair, whether the two units cover members of one annotated row, and what their roles show.
 * Under the threshold (score bands from `floor`): the true and false pairs the roles' join signal lets in
 * (the frames' 'main' gate and one object head or figure). At or over it: the true and false pairs whose
 * roles conflict (one predicate class, other objects or dates).
 * Run: node bin/run-ts.mjs scripts/align/probe-roles.ts [floor] [--pairs]
 */
import { frameAllows } from '../../src/core/align/prepare.ts';
import { frameConflict } from '../../src/core/align/frames.ts';
import { lastPair } from '../../src/core/align/vectors.ts';
import { forEachTunedPair, Tally } from './tuned-pairs.ts';

const argv = process.argv.slice(2);
const floor = Number(argv.find((a) => !a.startsWith('--')) ?? 0.05);
const showPairs = argv.includes('--pairs');
const bands = [0.05, 0.08, 0.1, 0.12, 0.15, 0.2];
const tally = new Tally();
forEachTunedPair({ roleConflict: 0.99 }, ({ name, lang, prepared, i, j, positive }) => {
  const s = prepared.score(i, j);
  if (s < floor) return;
  const clash = lastPair.yearClash || lastPair.placeClash;
  const figureClash = lastPair.figureClash;
  const fa = prepared.frameOf!(i);
  const fb = prepared.frameOf!(j);
  const a = { roles: prepared.roles!.of(i) };
  const b = { roles: prepared.roles!.of(j) };
  const m = prepared.roles!.compare(i, j);
  if (s < prepared.options.threshold) {
    const gate = !clash && frameAllows(fa, fb, 'main');
    const band = bands.filter((x) => s >= x).pop()!;
    tally.add(`band ${band} all`, positive);
    if (gate) tally.add(`band ${band} main`, positive);
    if (gate && (m.object || m.figure) && !m.otherDate && !figureClash) tally.add(`band ${band} main+roles`, positive);
    if (gate && !((m.object || m.figure) && !m.otherDate && !figureClash)) tally.add(`band ${band} main-noroles`, positive);
    if (!clash && (m.object || m.figure) && !m.otherDate && !figureClash) tally.add(`band ${band} roles-nomain`, positive);
    const noConflict = !clash && !frameConflict(fa, fb) && !(fa.subject && fb.subject && fa.subject !== fb.subject) && !m.otherDate && !figureClash;
    if (noConflict && m.act) tally.add(`band ${band} act`, positive);
    if (noConflict && (m.act || (m.figure && frameAllows(fa, fb, 'main')))) tally.add(`band ${band} act|main+fig`, positive);
    if (gate && (m.act || m.figure) && !m.otherDate && !figureClash) tally.add(`band ${band} main+(act|fig)`, positive);
    if (noConflict && m.act && !gate) tally.add(`band ${band} act-not-main`, positive);
    if (noConflict && m.figure) tally.add(`band ${band} figure`, positive);
    if (gate && !m.otherObject && !m.otherDate && !m.otherFigure) tally.add(`band ${band} main-noRoleConflict`, positive);
    if (gate && !m.otherObject && !m.otherDate) tally.add(`band ${band} main-noObjDateConflict`, positive);
    if (noConflict && m.figure && !gate) tally.add(`band ${band} figure-not-main`, positive);
    if (showPairs && noConflict && m.figure) console.log(`FIG ${positive ? 'TRUE ' : 'false'} s ${s.toFixed(2)} ${name} ${lang} ${a.roles.figures} / ${b.roles.figures}\n  A ${prepared.claims[i]!.text.slice(0, 200)}\n  B ${prepared.claims[j]!.text.slice(0, 200)}`);
    if (gate && m.otherObject) tally.add(`band ${band} main+otherObject`, positive);
    if (showPairs && noConflict && m.act && !gate) console.log(`ACT ${positive ? 'TRUE ' : 'false'} s ${s.toFixed(2)} ${name} ${lang} ${JSON.stringify(a.roles.acts)} ${JSON.stringify(b.roles.acts)}\n  A ${prepared.claims[i]!.text.slice(0, 200)}\n  B ${prepared.claims[j]!.text.slice(0, 200)}`);
    if (showPairs && gate && s < 0.15 && argv.includes("--gate")) console.log(`${positive ? 'TRUE ' : 'false'} s ${s.toFixed(2)} obj ${m.object} act ${m.act} fig ${m.figure} ${name} ${lang} [${a.roles.objects}] [${b.roles.objects}] [${a.roles.figures}] [${b.roles.figures}]\n  A ${prepared.claims[i]!.text.slice(0, 200)}\n  B ${prepared.claims[j]!.text.slice(0, 200)}`);
  } else {
    tally.add('over all', positive);
    const same = fa.main.some((c) => fb.main.includes(c));
    if (same && m.otherObject) tally.add('over otherObject', positive);
    if (same && m.otherDate) tally.add('over otherDate', positive);
    if (same && fa.subject && fb.subject && fa.subject !== fb.subject) tally.add('over otherDoer', positive);
    if (showPairs && same && (m.otherObject || m.otherDate)) console.log(`OVER ${positive ? 'TRUE ' : 'false'} s ${s.toFixed(2)} ${name} ${lang} [${a.roles.objects}] [${b.roles.objects}] ${a.roles.dates} / ${b.roles.dates}\n  A ${prepared.claims[i]!.text.slice(0, 200)}\n  B ${prepared.claims[j]!.text.slice(0, 200)}`);
  }
});
tally.print(28);
