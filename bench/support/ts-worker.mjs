// Worker threads do not inherit tsx's loader from `--import tsx`, so a TypeScript worker starts here.
import { register } from 'tsx/esm/api';

register();
await import(process.argv[2]);
