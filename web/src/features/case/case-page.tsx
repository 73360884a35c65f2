import { useApolloClient, useQuery } from '@apollo/client/react';
import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import type { CaseDetailsFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDate } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { NotFoundPage } from '../not-found-page';
import { CaseActions, can, RemoveMemberAction } from './case-actions';
import { addDays, daysBetween, errorCode, formatDateTime } from './case-format';
import { CaseQuery } from './case-operations';
import './case-page.css';
import { CaseSections } from './case-sections';
import { Coordination } from './coordination';
import { ForbiddenPage } from './forbidden-page';
import { InterimServices } from './interim-services';
import { CaseJournal } from '../journal/case-journal';
import {
  EmergencyAccessBanner,
  EmergencyAccessRequest,
  emergencyAccessOffer,
} from '../emergency-access/emergency-access';

type Case = CaseDetailsFragment;

function Flags({ kase }: { kase: Case }) {
  const { t } = useTranslation();
  return (
    <span className="flags">
      {kase.isOverdue && (
        <Tag data-color="danger" data-size="sm">
          {t('casePage.clock.overdue')}
        </Tag>
      )}
      {kase.atRisk && (
        <Tag data-color="warning" data-size="sm">
          {t('casePage.clock.atRisk')}
        </Tag>
      )}
      {kase.onHoldSince && (
        <Tag data-color="info" data-size="sm">
          {t('casePage.clock.onHoldSince', { date: formatDate(kase.onHoldSince) })}
        </Tag>
      )}
    </span>
  );
}

function daysLeftText(kase: Case, t: TFunction): string {
  if (kase.daysRemaining < 0) return t('casePage.clock.overdueBy', { count: -kase.daysRemaining });
  if (kase.daysRemaining === 0) return t('casePage.clock.lastDay');
  return t('casePage.clock.daysLeftValue', { count: kase.daysRemaining });
}

/** The clarification clock: deadline in municipal time, days used and left, holds, extensions. */
function Clock({ kase }: { kase: Case }) {
  const { t } = useTranslation();
  const original = addDays(kase.acceptedOn, kase.clarificationDays);
  const moved = daysBetween(original, kase.deadlineDate);
  return (
    <section aria-labelledby="case-clock-heading" className="case-section case-clock">
      <Heading level={2} data-size="xs" id="case-clock-heading">
        {t('casePage.clock.heading')}
      </Heading>
      <dl className="case-facts">
        <div>
          <dt>{t('casePage.clock.deadline')}</dt>
          <dd>
            <time dateTime={kase.deadline} className="case-clock__deadline">
              {formatDate(kase.deadlineDate)}
            </time>
            <span className="muted">{t('casePage.clock.deadlineTime')}</span>
            {moved !== 0 && (
              <span className="muted">
                {t('casePage.clock.moved', { count: moved })} ·{' '}
                {t('casePage.clock.originalDeadline', { date: formatDate(original) })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('casePage.clock.daysUsed')}</dt>
          <dd>
            {t('casePage.clock.daysUsedValue', { count: kase.daysElapsed })}
            <span className="muted">
              {t('casePage.clock.period', {
                count: kase.clarificationDays,
                accepted: formatDate(kase.acceptedOn),
              })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('casePage.clock.daysLeft')}</dt>
          <dd>{daysLeftText(kase, t)}</dd>
        </div>
        <div>
          <dt>{t('casePage.clock.onHold')}</dt>
          <dd>{t('casePage.clock.daysUsedValue', { count: kase.holdDays })}</dd>
        </div>
        <div>
          <dt>{t('casePage.clock.extended')}</dt>
          <dd>{t('casePage.clock.daysUsedValue', { count: kase.extensionDays })}</dd>
        </div>
      </dl>
      <Flags kase={kase} />
      <div className="case-columns">
        <div>
          <Heading level={3} data-size="2xs" id="case-holds-heading">
            {t('casePage.holds.heading')}
          </Heading>
          {kase.holds.length === 0 ? (
            <Paragraph data-size="sm">{t('casePage.holds.empty')}</Paragraph>
          ) : (
            <ul className="case-list-plain" aria-label={t('casePage.holds.caption')}>
              {kase.holds.map((hold) => (
                <li key={hold.id}>
                  {formatDate(hold.fromDate)} –{' '}
                  {hold.untilDate
                    ? `${t('casePage.holds.until')} ${formatDate(hold.untilDate)}`
                    : t('casePage.holds.ongoing')}
                  <span className="muted">{hold.reason}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <Heading level={3} data-size="2xs">
            {t('casePage.extensions.heading')}
          </Heading>
          {kase.extensions.length === 0 ? (
            <Paragraph data-size="sm">{t('casePage.extensions.empty')}</Paragraph>
          ) : (
            <ul className="case-list-plain" aria-label={t('casePage.extensions.caption')}>
              {kase.extensions.map((extension) => (
                <li key={extension.id}>
                  +{t('casePage.clock.daysUsedValue', { count: extension.days })} ·{' '}
                  {formatDateTime(extension.createdAt)}
                  <span className="muted">{extension.reason}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

function Members({ kase, onDone }: { kase: Case; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="case-members-heading" className="case-section">
      <Heading level={2} data-size="xs" id="case-members-heading">
        {t('casePage.members.heading')}
      </Heading>
      <Paragraph>
        {t('casePage.members.coordinator')}: <strong>{kase.coordinator.name}</strong>
      </Paragraph>
      {kase.members.length === 0 ? (
        <Paragraph>{t('casePage.members.empty')}</Paragraph>
      ) : (
        <ul className="case-list-plain" aria-labelledby="case-members-heading">
          {kase.members.map((member) => (
            <li key={member.id} className="case-member">
              <span>
                <strong>{member.staff.name}</strong> · {t(`profession.${member.staff.profession}`)}
                <span className="muted">
                  {t(`casePage.role.${member.role}`)} ·{' '}
                  {t('casePage.members.since', { date: formatDateTime(member.createdAt) })}
                </span>
              </span>
              {can(kase, 'removeCaseMember') && (
                <RemoveMemberAction
                  caseId={kase.id}
                  staffId={member.staff.id}
                  name={member.staff.name}
                  onDone={onDone}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function History({ kase }: { kase: Case }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="case-history-heading" className="case-section">
      <Heading level={2} data-size="xs" id="case-history-heading">
        {t('casePage.history.heading')}
      </Heading>
      {kase.history.length === 0 ? (
        <Paragraph>{t('casePage.history.empty')}</Paragraph>
      ) : (
        <ol className="case-list-plain case-history" aria-label={t('casePage.history.caption')}>
          {kase.history.map((entry) => (
            <li key={entry.id}>
              <strong>
                {t(`casePage.action.${entry.action}`, { defaultValue: entry.action })}
              </strong>{' '}
              · {entry.actor.name} ·{' '}
              <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
              {entry.reason && <span className="muted">{entry.reason}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function CaseView({ kase }: { kase: Case }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  return (
    <>
      <Link asChild>
        <RouterLink to="/">{t('casePage.back')}</RouterLink>
      </Link>
      <header className="case-header">
        <div>
          <Heading level={1} data-size="md">
            {kase.patient.givenName} {kase.patient.familyName}
          </Heading>
          <Paragraph data-size="sm">
            {t('casePage.born', { date: formatDate(kase.patient.birthDate) })}
          </Paragraph>
        </div>
        <Paragraph className="case-status">
          {t('casePage.status')}:{' '}
          <Tag
            data-color={
              kase.status === 'ACTIVE' ? 'success' : kase.status === 'ON_HOLD' ? 'info' : 'neutral'
            }
          >
            {t(`status.${kase.status}`)}
          </Tag>
        </Paragraph>
      </header>
      {kase.cancelReason && (
        <Paragraph>{t('casePage.cancelled', { reason: kase.cancelReason })}</Paragraph>
      )}
      {kase.viewerEmergencyAccessUntil && (
        <EmergencyAccessBanner until={kase.viewerEmergencyAccessUntil} />
      )}
      <div role="status" className="visually-hidden">
        {message}
      </div>
      <Clock kase={kase} />
      <CaseSections kase={kase} />
      <CaseActions kase={kase} onDone={setMessage} />
      <Coordination kase={kase} onDone={setMessage} />
      <div className="case-columns">
        <Members kase={kase} onDone={setMessage} />
        <InterimServices kase={kase} onDone={setMessage} />
      </div>
      <CaseJournal caseId={kase.id} />
      <History kase={kase} />
    </>
  );
}

/**
 * One case: person, status and clock, the coordinator's actions, members, interim services,
 * the journal and the history. FORBIDDEN shows only the forbidden page: no person data, not
 * even what the cache may hold.
 */
export function CasePage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const client = useApolloClient();
  // Every visit asks the API (which decides access and audits the read), never the cache alone.
  const { data, error, refetch } = useQuery(CaseQuery, {
    variables: { id: caseId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const code = errorCode(error);
  useEffect(() => {
    if (code !== 'FORBIDDEN') return;
    client.cache.evict({ id: client.cache.identify({ __typename: 'AssessmentCase', id: caseId }) });
    client.cache.gc();
  }, [code, caseId, client]);

  const offer = emergencyAccessOffer(error);
  if (code === 'FORBIDDEN')
    return (
      <ForbiddenPage>
        {offer && (
          <EmergencyAccessRequest
            caseId={caseId}
            hours={offer.hours}
            onGranted={() => void refetch()}
          />
        )}
      </ForbiddenPage>
    );
  // A malformed id is as unknown as a missing case.
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <NotFoundPage />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading label={t('casePage.loading')} />;
  return <CaseView kase={data.assessmentCase} />;
}
