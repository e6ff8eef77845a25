#!/usr/bin/env bash
# Bundles scripts/bench/ab/lib.ts of a tree (default: this one) into <tree>/fixtures/.lib.mjs, for ab.mjs.
# The bundle sits in fixtures/ because the synthetic case's fixtures resolve their data from there.
# Usage: scripts/bench/ab/build.sh [tree]   (a snapshot of another commit: git archive <commit> | tar -x -C /tmp/x; ln -s "$PWD/node_modules" /tmp/x/)
here="$(cd "$(dirname "$0")/../../.." && pwd)"; tree=${1:-$here}
mkdir -p "$tree/scripts/bench/ab" && [ "$tree" = "$here" ] || cp "$here/scripts/bench/ab/lib.ts" "$tree/scripts/bench/ab/lib.ts"
cd "$tree" && "$here/node_modules/.bin/esbuild" scripts/bench/ab/lib.ts --bundle --platform=node --format=esm --outfile=fixtures/.lib.mjs --log-level=warning --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);"
