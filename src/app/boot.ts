// The app's first import (main.tsx): starts the analysis worker before React and the views are
// evaluated, so both threads work at once (see src/worker/spawn.ts).
import { startWorkerEarly } from '../worker/spawn.ts';

startWorkerEarly();
