import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ResidentSearchResponse } from '../../../../shared/contracts.ts';

/**
 * The last search and its results, kept in memory (never in the address or storage: it holds a
 * personnummer). Coming back from an overview shows them again without searching, and so without
 * logging another read.
 */
export interface LastSearch {
  identifier: string;
  results: ResidentSearchResponse['results'];
}

interface SearchMemory {
  last: LastSearch | null;
  remember: (search: LastSearch) => void;
  clear: () => void;
}

const SearchMemoryContext = createContext<SearchMemory | null>(null);

export function SearchMemoryProvider({ children }: { children: ReactNode }) {
  const [last, setLast] = useState<LastSearch | null>(null);
  const value = useMemo<SearchMemory>(() => ({ last, remember: setLast, clear: () => setLast(null) }), [last]);
  return <SearchMemoryContext.Provider value={value}>{children}</SearchMemoryContext.Provider>;
}

export function useSearchMemory(): SearchMemory {
  const value = useContext(SearchMemoryContext);
  if (!value) throw new Error('useSearchMemory needs a SearchMemoryProvider');
  return value;
}
