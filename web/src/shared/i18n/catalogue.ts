import type { sv } from './sv.ts';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language catalogue must have: the Swedish keys, any text. */
export type Catalogue = Widen<typeof sv>;
