import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ResidentDocumentsResponse } from '../../../../shared/contracts.ts';
import { getDocument } from '../api/get-document.ts';
import { getDocuments } from '../api/get-documents.ts';
import { markDocumentRead } from '../api/mark-document-read.ts';

/** Under "me": switching whom one acts for drops it and fetches it again for that person. */
export const documentsQueryKey = ['me', 'documents'] as const;

export function useDocuments() {
  return useQuery({ queryKey: documentsQueryKey, queryFn: ({ signal }) => getDocuments(signal) });
}

export function unreadDocuments(data: ResidentDocumentsResponse | undefined): number {
  return data?.documents.filter((d) => d.readAt === null).length ?? 0;
}

export function useDocument(documentId: string) {
  return useQuery({ queryKey: [...documentsQueryKey, documentId], queryFn: ({ signal }) => getDocument(documentId, signal) });
}

/** Marks the document read once it is opened; the list's unread mark goes at once. */
export function useMarkDocumentRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markDocumentRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentsQueryKey }),
  });
}
