import { englishFor, englishForNoun } from '/work/wt/crosslang/src/core/crosslang/bridge.ts';
import { foldForMatch } from '/work/wt/crosslang/src/core/normalize/index.ts';
for (const w of process.argv.slice(2)) console.log(w, foldForMatch(w), JSON.stringify(englishFor(foldForMatch(w))), JSON.stringify(englishForNoun(foldForMatch(w))));
