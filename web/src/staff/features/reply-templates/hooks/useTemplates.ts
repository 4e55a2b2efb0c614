import { useMutation, useQuery, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import type { ReplyTemplate, TemplateInput } from '../../../../shared/contracts.ts';
import { adminUnitQueryKey } from '../../unit-admin/hooks/useAdminUnit.ts';
import { addTemplate } from '../api/add-template.ts';
import { addUnitTemplate } from '../api/add-unit-template.ts';
import { deleteTemplate } from '../api/delete-template.ts';
import { deleteUnitTemplate } from '../api/delete-unit-template.ts';
import { getTemplates } from '../api/get-templates.ts';
import { getUnitTemplates } from '../api/get-unit-templates.ts';
import { updateTemplate } from '../api/update-template.ts';
import { updateUnitTemplate } from '../api/update-unit-template.ts';

const writingQueryKey = ['staff', 'templates'] as const;
const unitTemplatesQueryKey = (unitId: string) => [...adminUnitQueryKey(unitId), 'templates'] as const;

/** Saving a new template (no `templateId`) or changing one, and removing one: the same for my own and the unit's. */
export interface TemplateActions {
  save: UseMutationResult<ReplyTemplate, Error, { templateId: string | null; body: TemplateInput }>;
  remove: UseMutationResult<void, Error, string>;
}

/** What I can insert while writing at the active unit: its shared templates and my own. */
export function useTemplates(activeUnitId: string | null) {
  return useQuery({ queryKey: [...writingQueryKey, activeUnitId], queryFn: ({ signal }) => getTemplates(signal) });
}

export function useOwnTemplateActions(): TemplateActions {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: writingQueryKey });
  return {
    save: useMutation({ mutationFn: ({ templateId, body }) => (templateId ? updateTemplate(templateId, body) : addTemplate(body)), onSuccess: refresh }),
    remove: useMutation({ mutationFn: (templateId: string) => deleteTemplate(templateId), onSuccess: refresh }),
  };
}

/** R-MS-8: a unit's shared templates, kept by its system administrators. */
export function useUnitTemplates(unitId: string) {
  return useQuery({ queryKey: unitTemplatesQueryKey(unitId), queryFn: ({ signal }) => getUnitTemplates(unitId, signal) });
}

export function useUnitTemplateActions(unitId: string): TemplateActions {
  const queryClient = useQueryClient();
  // The composer's list holds the active unit's shared templates too.
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: unitTemplatesQueryKey(unitId) }), queryClient.invalidateQueries({ queryKey: writingQueryKey })]);
  return {
    save: useMutation({ mutationFn: ({ templateId, body }) => (templateId ? updateUnitTemplate(unitId, templateId, body) : addUnitTemplate(unitId, body)), onSuccess: refresh }),
    remove: useMutation({ mutationFn: (templateId: string) => deleteUnitTemplate(unitId, templateId), onSuccess: refresh }),
  };
}
