import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';

/** Shown for FORBIDDEN: says nothing of what was asked for, not even whose case it is. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={1} data-size="md">
        {t('casePage.forbidden.title')}
      </Heading>
      <Paragraph>{t('casePage.forbidden.body')}</Paragraph>
      <Link asChild>
        <RouterLink to="/">{t('casePage.forbidden.home')}</RouterLink>
      </Link>
    </>
  );
}
