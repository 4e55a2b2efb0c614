import { useEffect, useState } from 'react';
import { fetchDocumentPdf } from '../api/document-files.ts';

type PdfJs = typeof import('pdfjs-dist');
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let pdfjs: Promise<PdfJs> | null = null;
/**
 * pdf.js, loaded when a document is first opened. Its worker is a file of our own origin (the CSP
 * allows scripts from 'self' only), and eval is off, so nothing runs that the policy forbids.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([lib, worker]) => {
    lib.GlobalWorkerOptions.workerSrc = worker.default;
    return lib;
  });
  return pdfjs;
}

export type PdfState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; pdf: PdfDocument };

/** The document's PDF, parsed by pdf.js, for drawing its pages on canvases. */
export function usePdfDocument(documentId: string): PdfState {
  const [state, setState] = useState<PdfState>({ status: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    let loaded: PdfDocument | null = null;
    setState({ status: 'loading' });
    void (async () => {
      try {
        const [lib, bytes] = await Promise.all([loadPdfJs(), fetchDocumentPdf(documentId, abort.signal)]);
        loaded = await lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: false }).promise;
        if (!abort.signal.aborted) setState({ status: 'ready', pdf: loaded });
      } catch {
        if (!abort.signal.aborted) setState({ status: 'failed' });
      }
    })();
    return () => {
      abort.abort();
      void loaded?.destroy();
    };
  }, [documentId]);
  return state;
}
