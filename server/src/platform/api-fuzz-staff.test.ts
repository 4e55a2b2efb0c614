import { callers } from '../testing/callers.ts';
import { fuzzEveryRouteAs } from '../testing/fuzz/fuzz-every-route.ts';

/** The fuzzing of every route, as staff in each role (the other half runs beside it in api-fuzz-residents.test.ts). */
fuzzEveryRouteAs(callers.filter((caller) => caller.kind === 'staff'));
