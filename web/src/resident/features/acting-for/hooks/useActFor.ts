import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setActingFor } from '../api/set-acting-for.ts';
import { reloadPersonData } from './reload-person-data.ts';

/** Switch whom the resident acts for; every query is then fetched again for that person. */
export function useActFor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setActingFor,
    onSuccess: () => reloadPersonData(queryClient),
  });
}
