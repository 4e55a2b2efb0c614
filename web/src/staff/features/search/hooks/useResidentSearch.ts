import { useMutation } from '@tanstack/react-query';
import { searchResidents } from '../api/search-residents.ts';
import { useSearchMemory } from './useSearchMemory.tsx';

export function useResidentSearch() {
  const { remember } = useSearchMemory();
  return useMutation({
    mutationFn: searchResidents,
    onSuccess: (response, identifier) => remember({ identifier, results: response.results }),
  });
}
