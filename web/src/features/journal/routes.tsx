import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { CaseEmergencyAccessBanner } from '../emergency-access/emergency-access';
import { CaseJournal } from './case-journal';
import { TeamJournalSearch } from './team-journal-search';

/** `/cases/:caseId/journal`: the journal alone (the case page embeds it too), e.g. on a phone. */
export function CaseJournalPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  return (
    <>
      <Heading level={1} data-size="md">
        {t('journal.pageTitle')}
      </Heading>
      <CaseEmergencyAccessBanner caseId={caseId} />
      <CaseJournal caseId={caseId} />
    </>
  );
}

/** `/search`: the team-wide journal search. */
export function TeamJournalSearchPage() {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={1} data-size="md">
        {t('journal.teamSearch.title')}
      </Heading>
      <TeamJournalSearch />
    </>
  );
}
