import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';

/**
 * Shown for FORBIDDEN: says nothing of what was asked for, not even whose case it is.
 * `children`: what the caller can do about it (break the glass, when the API offers it).
 */
export function ForbiddenPage({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={1} data-size="md">
        {t('casePage.forbidden.title')}
      </Heading>
      <Paragraph>{t('casePage.forbidden.body')}</Paragraph>
      {children}
      <Link asChild>
        <RouterLink to="/">{t('casePage.forbidden.home')}</RouterLink>
      </Link>
    </>
  );
}
