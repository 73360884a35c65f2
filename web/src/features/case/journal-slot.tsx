import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/**
 * PLACEHOLDER for the case journal: the integrator replaces `<JournalSlot caseId=… />` in
 * case-page.tsx with `<CaseJournal caseId=… />` from features/journal, and deletes this file.
 */
export function JournalSlot({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="case-journal-heading" className="case-section" data-case-id={caseId}>
      <Heading level={2} data-size="xs" id="case-journal-heading">
        {t('casePage.journal.heading')}
      </Heading>
      <Paragraph>{t('casePage.journal.placeholder')}</Paragraph>
    </section>
  );
}
