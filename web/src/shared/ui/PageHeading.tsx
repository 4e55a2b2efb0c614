import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeadingProps {
  /** The page's name, used for the document title. */
  title: string;
  /** What the h1 shows, when it differs from the title. */
  children?: ReactNode;
  app?: 'resident' | 'portal';
}

/** The first page after a full load keeps the browser's focus order (skip link first). */
let firstPageOfLoad = true;

/**
 * The one h1 of a page. It sets the document title and, after a client-side navigation, takes focus
 * so screen reader users hear where they came.
 */
export function PageHeading({ title, children, app = 'resident' }: PageHeadingProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = app === 'portal' ? t('common.portalPageTitle', { page: title }) : t('common.pageTitle', { page: title });
  }, [t, title, app]);

  useEffect(() => {
    if (firstPageOfLoad) {
      firstPageOfLoad = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, []);

  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} data-page-heading="">
      {children ?? title}
    </Heading>
  );
}
