import { callers } from '../testing/callers.ts';
import { fuzzEveryRouteAs } from '../testing/fuzz/fuzz-every-route.ts';

/** The fuzzing of every route, as everyone who is not staff (the staff half runs beside it in api-fuzz-staff.test.ts). */
fuzzEveryRouteAs(callers.filter((caller) => caller.kind !== 'staff'));
