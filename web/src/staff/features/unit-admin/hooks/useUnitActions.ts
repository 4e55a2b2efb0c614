import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddDocumentExceptionRequest, CriteriaGroup, CriteriaPreviewRequest, CriteriaScope, UnitFunction } from '../../../../shared/contracts.ts';
import { staffMeQueryKey } from '../../units/hooks/useStaffMe.ts';
import { addDocumentException } from '../api/add-document-exception.ts';
import { previewCriteria } from '../api/preview-criteria.ts';
import { putCriteria } from '../api/put-criteria.ts';
import { removeDocumentException } from '../api/remove-document-exception.ts';
import { updateFunctions } from '../api/update-functions.ts';
import { adminUnitsQueryKey } from './useAdminUnits.ts';

/** After a change the unit (and the list, which shows its functions) is read again. */
function useRefreshUnits() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: adminUnitsQueryKey });
}

export function useUpdateFunctions(unitId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshUnits();
  return useMutation({
    mutationFn: (functions: UnitFunction[]) => updateFunctions(unitId, { functions }),
    // The signed-in person's own units list their functions too.
    onSuccess: () => Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: staffMeQueryKey })]),
  });
}

export function usePutCriteria(unitId: string) {
  const refresh = useRefreshUnits();
  return useMutation({
    mutationFn: ({ scope, criteria }: { scope: CriteriaScope; criteria: CriteriaGroup }) => putCriteria(unitId, scope, criteria),
    onSuccess: refresh,
  });
}

export function useAddDocumentException(unitId: string) {
  const refresh = useRefreshUnits();
  return useMutation({ mutationFn: (body: AddDocumentExceptionRequest) => addDocumentException(unitId, body), onSuccess: refresh });
}

export function useRemoveDocumentException(unitId: string) {
  const refresh = useRefreshUnits();
  return useMutation({ mutationFn: (exceptionId: string) => removeDocumentException(unitId, exceptionId), onSuccess: refresh });
}

/** Trying criteria changes nothing, so nothing is read again. */
export function useCriteriaPreview(unitId: string) {
  return useMutation({ mutationFn: (body: CriteriaPreviewRequest) => previewCriteria(unitId, body) });
}
