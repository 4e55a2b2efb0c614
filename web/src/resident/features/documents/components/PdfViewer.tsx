import { Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { type PdfDocument, usePdfDocument } from '../hooks/usePdfPages.ts';

/**
 * The document shown in the page, every page drawn on a canvas as wide as the screen allows: works on
 * phones (which often cannot show a PDF inline) and under a CSP without inline script. The text of the
 * document is also on the page above it, so screen readers get it as text.
 */
export function PdfViewer({ documentId, title }: { documentId: string; title: string }) {
  const { t } = useTranslation();
  const state = usePdfDocument(documentId);
  if (state.status === 'loading') return <Loading label={t('documents.resident.pdfLoading')} />;
  if (state.status === 'failed') return <Paragraph>{t('documents.resident.pdfFailed')}</Paragraph>;
  const pages = Array.from({ length: state.pdf.numPages }, (_, i) => i + 1);
  return (
    <div className="vk-pdf">
      {pages.map((n) => (
        <PdfPage key={n} pdf={state.pdf} pageNumber={n} label={`${title}, ${t('documents.resident.page', { page: n, pages: pages.length })}`} />
      ))}
    </div>
  );
}

function PdfPage({ pdf, pageNumber, label }: { pdf: PdfDocument; pageNumber: number; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let cancelled = false;
    let task: { cancel(): void } | null = null;
    void (async () => {
      const page = await pdf.getPage(pageNumber);
      const element = canvas.current;
      if (cancelled || !element) return;
      const width = element.parentElement?.clientWidth ?? 600;
      const base = page.getViewport({ scale: 1 });
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (width / base.width) * ratio });
      element.width = Math.floor(viewport.width);
      element.height = Math.floor(viewport.height);
      element.style.width = '100%';
      const render = page.render({ canvas: element, viewport });
      task = render;
      await render.promise.catch(() => undefined);
    })();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, pageNumber]);
  return <canvas ref={canvas} className="vk-pdf__page" role="img" aria-label={label} />;
}
