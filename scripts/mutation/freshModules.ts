// Setup file of the mutation runs (vitest.unit.config.ts). Those runs keep one worker for every test file
// (`isolate: false`), which halves the time per mutant, but a worker that lives on would also keep
// src modules and their caches from one test file, and one mutant, to the next: a value a mutant left
// in a cache could then fail, or pass, another mutant's tests. Forgetting the loaded modules before each
// file makes every file evaluate src afresh; packages in node_modules stay loaded, which is the saving.
import { vi } from 'vitest';

vi.resetModules();
