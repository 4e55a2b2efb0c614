import { useQuery } from '@tanstack/react-query';
import type { RepresentedResponse } from '../../../../shared/contracts.ts';
import { getRepresented } from '../api/get-represented.ts';

export const representedQueryKey = ['represented'] as const;

export function useRepresented(enabled = true) {
  return useQuery({ queryKey: representedQueryKey, queryFn: ({ signal }) => getRepresented(signal), enabled });
}

/** The person acted for now, when it is someone else than the resident. */
export function actingForOther(data: RepresentedResponse | undefined) {
  if (!data || data.actingFor === data.self.residentId) return null;
  return data.people.find((person) => person.residentId === data.actingFor) ?? null;
}
