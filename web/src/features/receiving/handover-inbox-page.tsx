import { useMutation, useQuery } from '@apollo/client/react';
import {
  Details,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { HandoverInboxQuery } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDate } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { formatDateTime } from '../case/case-format';
import { addMonths, latestHandover, today } from './handovers';
import {
  AcknowledgeHandoverMutation,
  HandoverInboxQuery as InboxQuery,
  MyUnitsQuery,
  ReturnHandoverMutation,
  UnitFollowUpsQuery,
} from './operations';
import { ReceivingDialog } from './receiving-dialog';
import { InputProblem } from './receiving-errors';
import './receiving.css';

type InboxCase = HandoverInboxQuery['assessmentCases']['edges'][number]['node'];

function ReturnAction({
  kase,
  name,
  onDone,
}: {
  kase: InboxCase;
  name: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [send] = useMutation(ReturnHandoverMutation);
  return (
    <ReceivingDialog
      trigger={t('receiving.return.trigger')}
      title={t('receiving.return.title', { name })}
      intro={t('receiving.return.intro')}
      submit={t('receiving.return.submit')}
      onSubmit={async () => {
        if (!reason.trim()) {
          setMissing(true);
          throw new InputProblem(t('receiving.return.required'));
        }
        setMissing(false);
        await send({ variables: { caseId: kase.id, reason: reason.trim() } });
      }}
      onDone={() => {
        setReason('');
        onDone(t('receiving.return.done', { name }));
      }}
    >
      <Textfield
        label={t('receiving.return.reason')}
        multiline
        rows={3}
        aria-required
        error={missing ? t('receiving.return.required') : undefined}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
    </ReceivingDialog>
  );
}

function AcknowledgeAction({
  kase,
  name,
  followUpDate,
  onDone,
}: {
  kase: InboxCase;
  name: string;
  followUpDate: string | null | undefined;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  // The acknowledged case's follow-up now counts for the unit.
  const [send] = useMutation(AcknowledgeHandoverMutation, { refetchQueries: ['UnitFollowUps'] });
  return (
    <ReceivingDialog
      variant="primary"
      trigger={t('receiving.acknowledge.trigger')}
      title={t('receiving.acknowledge.title', { name })}
      intro={t('receiving.acknowledge.intro', {
        date: followUpDate ? formatDate(followUpDate) : '–',
      })}
      submit={t('receiving.acknowledge.submit')}
      onSubmit={() => send({ variables: { caseId: kase.id } })}
      onDone={() => onDone(t('receiving.acknowledge.done', { name }))}
    />
  );
}

function HandoverCard({
  kase,
  onDone,
}: {
  kase: InboxCase;
  onDone: (message: string, caseId: string) => void;
}) {
  const { t } = useTranslation();
  const handover = latestHandover(kase.handovers)!;
  const name = `${kase.patient.givenName} ${kase.patient.familyName}`;
  const headingId = `handover-${handover.id}`;
  return (
    <li>
      <article aria-labelledby={headingId} className="case-section handover-card">
        <Heading level={3} data-size="xs" id={headingId}>
          {name}
        </Heading>
        <Paragraph data-size="sm">
          {t('casePage.born', { date: formatDate(kase.patient.birthDate) })}
        </Paragraph>
        <dl className="case-facts">
          <div>
            <dt>{t('receiving.inbox.from')}</dt>
            <dd>{kase.team.name}</dd>
          </div>
          <div>
            <dt>{t('receiving.inbox.to')}</dt>
            <dd>
              {t(`receiving.destination.${handover.destination}`)}
              {handover.receivingUnit && (
                <span className="muted">{handover.receivingUnit.name}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('receiving.inbox.sent')}</dt>
            <dd>
              <time dateTime={handover.sentAt}>{formatDateTime(handover.sentAt)}</time>
              <span className="muted">
                {t('receiving.inbox.sentBy', { name: handover.sender.name })}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('receiving.inbox.followUp')}</dt>
            <dd>{handover.followUpDate ? formatDate(handover.followUpDate) : '–'}</dd>
          </div>
        </dl>
        <Details>
          <Details.Summary>{t('receiving.inbox.summary')}</Details.Summary>
          <Details.Content>
            <p className="handover-summary">{handover.summaryText}</p>
          </Details.Content>
        </Details>
        <div className="case-dialog__buttons">
          {kase.viewerCan.includes('acknowledgeHandover') && (
            <AcknowledgeAction
              kase={kase}
              name={name}
              followUpDate={handover.followUpDate}
              onDone={(message) => onDone(message, kase.id)}
            />
          )}
          {kase.viewerCan.includes('returnHandover') && (
            <ReturnAction kase={kase} name={name} onDone={(message) => onDone(message, '')} />
          )}
          <Link asChild>
            <RouterLink to={`/cases/${kase.id}`}>
              {t('receiving.inbox.openCase')}
              <span className="visually-hidden">: {name}</span>
            </RouterLink>
          </Link>
        </div>
      </article>
    </li>
  );
}

function Awaiting({ unitIds }: { unitIds: string[] }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(InboxQuery, { fetchPolicy: 'network-only' });
  const [message, setMessage] = useState('');
  const [acknowledged, setAcknowledged] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading label={t('receiving.inbox.loading')} />;
  const waiting = data.assessmentCases.edges
    .map((edge) => edge.node)
    .filter((kase) => {
      const handover = latestHandover(kase.handovers);
      return (
        handover?.status === 'SENT' &&
        handover.receivingUnitId !== null &&
        handover.receivingUnitId !== undefined &&
        unitIds.includes(handover.receivingUnitId)
      );
    })
    .sort((a, b) =>
      latestHandover(a.handovers)!.sentAt.localeCompare(latestHandover(b.handovers)!.sentAt),
    );
  const done = (text: string, caseId: string) => {
    setMessage(text);
    setAcknowledged(caseId);
    void refetch();
    // The card is gone: focus goes to the list's heading, where the message is read.
    headingRef.current?.focus();
  };
  return (
    <section aria-labelledby="handovers-awaiting" className="receiving-part">
      <Heading level={2} data-size="sm" id="handovers-awaiting" ref={headingRef} tabIndex={-1}>
        {t('receiving.inbox.awaiting')}{' '}
        <Tag data-size="sm" data-color="neutral">
          {waiting.length}
        </Tag>
      </Heading>
      <div role="status" className="receiving-status">
        {message && (
          <Paragraph>
            {message}{' '}
            {acknowledged && (
              <Link asChild>
                <RouterLink to={`/cases/${acknowledged}/follow-up`}>
                  {t('receiving.page.title')}
                </RouterLink>
              </Link>
            )}
          </Paragraph>
        )}
      </div>
      {waiting.length === 0 ? (
        <Paragraph>{t('receiving.inbox.empty')}</Paragraph>
      ) : (
        <ul className="receiving-cards" aria-label={t('receiving.inbox.caption')}>
          {waiting.map((kase) => (
            <HandoverCard key={kase.id} kase={kase} onDone={done} />
          ))}
        </ul>
      )}
    </section>
  );
}

const HORIZONS = { weeks2: 0.5, month1: 1, months3: 3, year1: 12 } as const;
type Horizon = keyof typeof HORIZONS;

function dueBefore(horizon: Horizon): string {
  const now = today();
  if (horizon === 'weeks2') {
    const date = new Date(`${now}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + 14);
    return date.toISOString().slice(0, 10);
  }
  return addMonths(now, HORIZONS[horizon]);
}

function UnitFollowUps({ unit }: { unit: { id: string; name: string } }) {
  const { t } = useTranslation();
  const [horizon, setHorizon] = useState<Horizon>('months3');
  const { data, error, refetch } = useQuery(UnitFollowUpsQuery, {
    variables: { unitId: unit.id, dueBefore: dueBefore(horizon) },
    fetchPolicy: 'network-only',
  });
  const selectId = `horizon-${unit.id}`;
  const now = today();
  return (
    <div className="receiving-unit">
      <Heading level={3} data-size="xs">
        {unit.name}
      </Heading>
      <Field className="receiving-horizon">
        <Label htmlFor={selectId}>{t('receiving.followUps.horizon')}</Label>
        <Select
          id={selectId}
          value={horizon}
          onChange={(event) => setHorizon(event.target.value as Horizon)}
        >
          {(Object.keys(HORIZONS) as Horizon[]).map((h) => (
            <Select.Option key={h} value={h}>
              {t(`receiving.followUps.horizons.${h}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {error && !data && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!data && !error && <Loading label={t('receiving.inbox.loading')} />}
      {data && data.followUps.length === 0 && (
        <Paragraph>{t('receiving.followUps.empty')}</Paragraph>
      )}
      {data && data.followUps.length > 0 && (
        <ul
          className="case-list-plain receiving-due"
          aria-label={t('receiving.followUps.caption', { unit: unit.name })}
        >
          {data.followUps.map((due) => {
            const name = `${due.assessmentCase.patient.givenName} ${due.assessmentCase.patient.familyName}`;
            const date = due.followUpDate ?? '';
            return (
              <li key={due.id}>
                <Link asChild>
                  <RouterLink to={`/cases/${due.caseId}/follow-up`}>
                    {t('receiving.followUps.open', { name })}
                  </RouterLink>
                </Link>
                <span>
                  {t('receiving.followUps.due')}: <time dateTime={date}>{formatDate(date)}</time>{' '}
                  {date < now && (
                    <Tag data-size="sm" data-color="danger">
                      {t('receiving.followUps.overdue')}
                    </Tag>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/**
 * `/handovers`: the receiving unit's inbox. Handovers waiting for the caller's unit(s), each
 * with its summary, to acknowledge or return with a reason; and the follow-ups due.
 */
export function HandoverInboxPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MyUnitsQuery);
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading label={t('receiving.inbox.loading')} />;
  const units = data.me.serviceUnits;
  return (
    <div className="receiving-page">
      <Heading level={1} data-size="md">
        {t('receiving.inbox.title')}
      </Heading>
      {units.length === 0 ? (
        <Paragraph>{t('receiving.inbox.noUnit')}</Paragraph>
      ) : (
        <>
          <Awaiting unitIds={units.map((u) => u.id)} />
          <section aria-labelledby="follow-ups-due" className="receiving-part">
            <Heading level={2} data-size="sm" id="follow-ups-due">
              {t('receiving.followUps.heading')}
            </Heading>
            {units.map((unit) => (
              <UnitFollowUps key={unit.id} unit={unit} />
            ))}
          </section>
        </>
      )}
    </div>
  );
}
