import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LetterTemplateInput } from '../../../../shared/contracts.ts';
import { getLetterTemplates, saveLetterTemplate } from '../api/letter-templates-api.ts';

const key = (unitId: string) => ['admin', 'unit', unitId, 'letter-templates'] as const;

export function useLetterTemplates(unitId: string) {
  return useQuery({ queryKey: key(unitId), queryFn: ({ signal }) => getLetterTemplates(unitId, signal) });
}

export function useSaveLetterTemplate(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { templateId: string | null; body: LetterTemplateInput }) => saveLetterTemplate(unitId, input.templateId, input.body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(unitId) }),
  });
}
