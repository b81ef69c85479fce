// Worker-thread entry: workers cannot load TypeScript by themselves, so register tsx, then load the real module.
import { register } from 'tsx/esm/api';

register();
await import('./detectWorker.ts');
