// In-process A/B of the align stage: rounds alternating between two trees' bundles (build.sh), on the same
// claims and entities (tree A's), a full GC before each call (the first call's garbage is not the second's
// cost), order swapped each round. On a loaded machine both trees see the same load: the ratio holds where
// wall and CPU times do not. Also checks that both give the same rows.
// Run: node --expose-gc --single-threaded-gc --max-old-space-size=8192 scripts/bench/ab/ab.mjs <treeA> <treeB> [articles] [rounds]
const [treeA, treeB, n = '1000', r = '11'] = process.argv.slice(2);
const A = await import(`${treeA}/fixtures/.lib.mjs`);
const B = await import(`${treeB}/fixtures/.lib.mjs`);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const analysis = A.analyzeCase(A.buildSyntheticCase({ articles: Number(n), seed: 20201 }), { claimsOnly: true });
const entities = A.resolveEntities(analysis.articles);
const sums = { A: 0, B: 0 };
const ratios = [];
const rowsOf = {};
for (let round = 0; round < Number(r); round++) {
  const order = round % 2 ? [['B', B], ['A', A]] : [['A', A], ['B', B]];
  const ms = {};
  for (const [name, lib] of order) {
    globalThis.gc?.();
    const t = cpu();
    const rows = lib.alignClaims(analysis.articles, { entities });
    ms[name] = cpu() - t;
    rowsOf[name] = JSON.stringify(rows);
  }
  // Round 0 warms the JIT and the language data: left out.
  if (round > 0) {
    sums.A += ms.A;
    sums.B += ms.B;
    ratios.push(ms.B / ms.A);
  }
  console.log(`round ${round}: A ${Math.round(ms.A)}  B ${Math.round(ms.B)}  same rows: ${rowsOf.A === rowsOf.B}`);
}
const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
const sd = Math.sqrt(ratios.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, ratios.length - 1));
console.log(`sum A ${Math.round(sums.A)}  B ${Math.round(sums.B)}  B/A ${(sums.B / sums.A).toFixed(3)}  per round ${mean.toFixed(3)} ± ${(sd / Math.sqrt(ratios.length)).toFixed(3)} (standard error)`);
