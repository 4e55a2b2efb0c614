import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SendDocumentRequest } from '../../../../shared/contracts.ts';
import { residentsQueryKey } from '../../proxies/hooks/useResidentProxies.ts';
import { getDocumentOptions, getResidentDocuments, recordAgreement, sendDocument } from '../api/documents-api.ts';

// Under the residents key, so a unit switch forgets them, but not under one resident's key: a change to
// their proxies or account refreshes the overview, and must not read (and log reading) the documents again.
const documentsKey = (residentId: string) => [...residentsQueryKey, 'documents', residentId] as const;

export function useResidentDocuments(residentId: string) {
  return useQuery({ queryKey: documentsKey(residentId), queryFn: ({ signal }) => getResidentDocuments(residentId, signal) });
}

export function useDocumentOptions(residentId: string, enabled: boolean) {
  return useQuery({ queryKey: [...documentsKey(residentId), 'options'], queryFn: ({ signal }) => getDocumentOptions(residentId, signal), enabled });
}

export function useSendDocument(residentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SendDocumentRequest) => sendDocument(residentId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentsKey(residentId) }),
  });
}

export function useRecordAgreement(residentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { documentId: string; channel: 'digital' | 'paper'; note: string }) => recordAgreement(input.documentId, { channel: input.channel, note: input.note }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentsKey(residentId) }),
  });
}
