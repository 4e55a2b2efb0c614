import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppointmentTypeInput } from '../../../../shared/contracts.ts';
import { addAppointmentType } from '../api/add-appointment-type.ts';
import { getAppointmentTypes } from '../api/get-appointment-types.ts';
import { updateAppointmentType } from '../api/update-appointment-type.ts';
import { adminUnitQueryKey } from './useAdminUnit.ts';

const typesQueryKey = (unitId: string) => [...adminUnitQueryKey(unitId), 'appointment-types'] as const;

export function useAppointmentTypes(unitId: string) {
  return useQuery({ queryKey: typesQueryKey(unitId), queryFn: ({ signal }) => getAppointmentTypes(unitId, signal) });
}

/**
 * Saves a new type (no `typeId`) or changes one. The unit (its e-document exceptions name types) and
 * the booking form's options are read again too.
 */
export function useSaveAppointmentType(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ typeId, body }: { typeId: string | null; body: AppointmentTypeInput }) =>
      typeId ? updateAppointmentType(unitId, typeId, body) : addAppointmentType(unitId, body).then(() => undefined),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: adminUnitQueryKey(unitId) }), queryClient.invalidateQueries({ queryKey: ['staff', 'booking-options'] })]),
  });
}
