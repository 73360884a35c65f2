import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { CaseDetailsFragment } from '../../gql/graphql';

interface Section {
  /** Path under /cases/:caseId. */
  path: string;
  /** Text key of the link. */
  label: string;
  /** Whether the caller may open it, from the case's `viewerCan`. */
  shown: (kase: CaseDetailsFragment) => boolean;
}

/**
 * The case's own screens beyond this page, one entry each: a feature adds its line here.
 * A link shows only when the API says the caller may use what is behind it.
 */
const SECTIONS: Section[] = [
  {
    path: 'assessment',
    label: 'assessment.title',
    shown: (kase) => kase.viewerCan.includes('assessmentCase'),
  },
  { path: 'plan', label: 'goalPlan.title', shown: () => true },
  {
    path: 'decision',
    label: 'decision.sections.decision',
    // Recording it is the caseworker's; once recorded, everyone on the case reads the letter.
    shown: (kase) =>
      kase.viewerCan.includes('recordDecision') ||
      ['DECIDED', 'HANDED_OVER', 'CLOSED'].includes(kase.status),
  },
  {
    path: 'handover',
    label: 'decision.sections.handover',
    shown: (kase) => kase.viewerCan.includes('handOverCase') || kase.status === 'HANDED_OVER',
  },
  {
    path: 'follow-up',
    label: 'receiving.page.title',
    shown: (k) => k.status === 'HANDED_OVER' || k.viewerCan.includes('recordFollowUp'),
  },
  { path: 'journal', label: 'casePage.sections.journal', shown: () => true },
];

/** Links from the case page to the case's other screens. */
export function CaseSections({ kase }: { kase: CaseDetailsFragment }) {
  const { t } = useTranslation();
  const shown = SECTIONS.filter((section) => section.shown(kase));
  return (
    <nav aria-label={t('casePage.sections.label')} className="case-sections">
      <ul>
        {shown.map((section) => (
          <li key={section.path}>
            <Link asChild>
              <RouterLink to={`/cases/${kase.id}/${section.path}`}>{t(section.label)}</RouterLink>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
