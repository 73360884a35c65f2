import { useMutation, useQuery } from '@apollo/client/react';
import { Heading, Link, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { AdjustmentsForReviewQuery as ReviewData } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { formatDateTime } from '../case/case-format';
import { ReceivingDialog } from '../receiving/receiving-dialog';
import { InputProblem } from '../receiving/receiving-errors';
import '../receiving/receiving.css';
import { currentIsoWeek, hoursText } from './format';
import {
  AdjustmentsForReviewQuery,
  ConfirmAdjustmentMutation,
  ReverseAdjustmentMutation,
  ReviewerQuery,
} from './operations';

type Adjustment = ReviewData['serviceAdjustmentsForReview'][number];

function ReviewActions({
  adjustment,
  name,
  onDone,
}: {
  adjustment: Adjustment;
  name: string;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [remark, setRemark] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState(false);
  const refetch = { refetchQueries: ['AdjustmentsForReview'], awaitRefetchQueries: true };
  const [confirm] = useMutation(ConfirmAdjustmentMutation, refetch);
  const [reverse] = useMutation(ReverseAdjustmentMutation, refetch);
  return (
    <div className="case-dialog__buttons">
      <ReceivingDialog
        variant="primary"
        trigger={t('adjustment.review.confirm')}
        title={t('adjustment.review.confirmTitle', { name })}
        submit={t('adjustment.review.confirm')}
        onSubmit={() =>
          confirm({ variables: { id: adjustment.id, reason: remark.trim() || null } })
        }
        onDone={() => {
          setRemark('');
          onDone(t('adjustment.review.confirmed', { name }));
        }}
      >
        <Textfield
          label={t('adjustment.review.confirmReason')}
          multiline
          rows={2}
          value={remark}
          onChange={(event) => setRemark(event.target.value)}
        />
      </ReceivingDialog>
      <ReceivingDialog
        trigger={t('adjustment.review.reverse')}
        title={t('adjustment.review.reverseTitle', { name })}
        intro={t('adjustment.review.reverseIntro', {
          hours: hoursText(adjustment.previousHours, i18n.language),
        })}
        submit={t('adjustment.review.reverse')}
        onSubmit={async () => {
          if (!reason.trim()) {
            setProblem(true);
            throw new InputProblem('reason');
          }
          setProblem(false);
          await reverse({ variables: { id: adjustment.id, reason: reason.trim() } });
        }}
        onDone={() => {
          setReason('');
          onDone(t('adjustment.review.reversed', { name }));
        }}
      >
        <Textfield
          label={t('adjustment.review.reverseReason')}
          multiline
          rows={3}
          aria-required
          error={problem ? t('adjustment.review.reverseRequired') : undefined}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </ReceivingDialog>
    </div>
  );
}

function AdjustmentItem({
  adjustment,
  onDone,
}: {
  adjustment: Adjustment;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const h = (value: number) => hoursText(value, i18n.language);
  const patient = adjustment.assessmentCase.patient;
  const name = `${patient.givenName} ${patient.familyName}`;
  const review = adjustment.review;
  return (
    <li className="receiving-goal">
      <div className="receiving-goal__head">
        <strong>{name}</strong>
        {review && (
          <Tag data-size="sm" data-color={review.verdict === 'REVERSED' ? 'danger' : 'success'}>
            {t(`adjustment.review.verdict.${review.verdict}`)}
          </Tag>
        )}
      </div>
      <span>
        {adjustment.service.serviceName}:{' '}
        {t('adjustment.review.change', {
          from: h(adjustment.previousHours),
          to: h(adjustment.hoursPerWeek),
          decided: h(adjustment.service.weeklyHours ?? adjustment.previousHours),
        })}
      </span>
      <span className="muted">
        {t('adjustment.review.by', {
          name: adjustment.adjustedBy.name,
          date: formatDateTime(adjustment.adjustedAt),
        })}
      </span>
      <p className="receiving-goal__evaluation">{adjustment.reason}</p>
      {review ? (
        <span className="muted">
          {t('adjustment.review.reviewedBy', {
            verdict: t(`adjustment.review.verdict.${review.verdict}`),
            name: review.reviewedBy.name,
            date: formatDateTime(review.reviewedAt),
          })}
          {review.reason ? ` · ${review.reason}` : ''}
        </span>
      ) : (
        <ReviewActions adjustment={adjustment} name={name} onDone={onDone} />
      )}
      <Link asChild>
        <RouterLink to={`/cases/${adjustment.assessmentCase.id}`}>
          {t('adjustment.review.openCase')}
        </RouterLink>
      </Link>
    </li>
  );
}

/** `/adjustments`: the team caseworkers' weekly review of delegated adjustments (Kolding). */
export function AdjustmentReviewPage() {
  const { t } = useTranslation();
  const { data: me } = useQuery(ReviewerQuery);
  const teams = me?.me.teams ?? [];
  const [teamId, setTeamId] = useState('');
  const [week, setWeek] = useState(currentIsoWeek());
  const [message, setMessage] = useState('');
  const team = teamId || teams[0]?.id || '';
  const caseworker = me?.me.profession === 'CASEWORKER' && teams.length > 0;
  const { data, error, refetch } = useQuery(AdjustmentsForReviewQuery, {
    variables: { teamId: team, week },
    skip: !caseworker || !team || !/^\d{4}-W\d{2}$/.test(week),
    fetchPolicy: 'network-only',
  });
  if (!me) return <Loading label={t('adjustment.review.loading')} />;
  const list = data?.serviceAdjustmentsForReview ?? [];
  const pending = list.filter((a) => !a.review);
  const reviewed = list.filter((a) => a.review);
  return (
    <div className="receiving-page">
      <header>
        <Heading level={1} data-size="md">
          {t('adjustment.review.title')}
        </Heading>
        <Paragraph data-size="sm">{t('adjustment.review.intro')}</Paragraph>
      </header>
      {!caseworker ? (
        <Paragraph>{t('adjustment.review.notCaseworker')}</Paragraph>
      ) : (
        <>
          <div className="case-facts">
            {teams.length > 1 && (
              <Select
                aria-label={t('adjustment.review.team')}
                value={team}
                onChange={(event) => setTeamId(event.target.value)}
              >
                {teams.map((option) => (
                  <Select.Option key={option.id} value={option.id}>
                    {option.name}
                  </Select.Option>
                ))}
              </Select>
            )}
            <Textfield
              label={t('adjustment.review.week')}
              type="week"
              value={week}
              onChange={(event) => setWeek(event.target.value)}
            />
          </div>
          <div role="status" className="receiving-status">
            {message && <Paragraph>{message}</Paragraph>}
          </div>
          {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
          {!data && !error ? (
            <Loading label={t('adjustment.review.loading')} />
          ) : (
            <>
              <section aria-labelledby="review-pending" className="case-section">
                <Heading level={2} data-size="xs" id="review-pending">
                  {t('adjustment.review.pending', { count: pending.length })}
                </Heading>
                {pending.length === 0 ? (
                  <Paragraph>{t('adjustment.review.emptyPending')}</Paragraph>
                ) : (
                  <ul
                    className="case-list-plain receiving-goals"
                    aria-label={t('adjustment.review.caption')}
                  >
                    {pending.map((a) => (
                      <AdjustmentItem key={a.id} adjustment={a} onDone={setMessage} />
                    ))}
                  </ul>
                )}
              </section>
              <section aria-labelledby="review-done" className="case-section">
                <Heading level={2} data-size="xs" id="review-done">
                  {t('adjustment.review.reviewed', { count: reviewed.length })}
                </Heading>
                {reviewed.length === 0 ? (
                  <Paragraph>{t('adjustment.review.emptyReviewed')}</Paragraph>
                ) : (
                  <ul
                    className="case-list-plain receiving-goals"
                    aria-label={t('adjustment.review.reviewedCaption')}
                  >
                    {reviewed.map((a) => (
                      <AdjustmentItem key={a.id} adjustment={a} onDone={setMessage} />
                    ))}
                  </ul>
                )}
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}
