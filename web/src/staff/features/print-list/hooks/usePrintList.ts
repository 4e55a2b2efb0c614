import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getPrintList, getPrintListSummary, markPrinted, printSelection } from '../api/print-list-api.ts';

const printListKey = (unitId: string | null | undefined) => ['staff', 'print-list', unitId] as const;

export function usePrintList(unitId: string | null | undefined) {
  return useQuery({ queryKey: printListKey(unitId), queryFn: ({ signal }) => getPrintList(signal) });
}

/** Kept current while the inbox is open, like its own counts. */
export function usePrintListSummary(unitId: string | null | undefined, enabled: boolean) {
  return useQuery({ queryKey: [...printListKey(unitId), 'summary'], queryFn: ({ signal }) => getPrintListSummary(signal), enabled, refetchInterval: 60_000 });
}

/** Makes the PDF of the selection and opens the browser's download of it. */
export function usePrintSelection() {
  return useMutation({
    mutationFn: printSelection,
    onSuccess: (pdf) => {
      const url = URL.createObjectURL(pdf);
      const a = document.createElement('a');
      a.href = url;
      a.download = 'utskriftslista.pdf';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  });
}

export function useMarkPrinted(unitId: string | null | undefined) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markPrinted, onSuccess: () => queryClient.invalidateQueries({ queryKey: printListKey(unitId) }) });
}
