import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Radio,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import type {
  FollowUpCaseQuery as FollowUpCaseData,
  FollowUpGoalFragment,
  FollowUpResult,
  GoalOutcome,
} from '../../gql/graphql';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDate } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { errorCode, formatDateTime } from '../case/case-format';
import { ForbiddenPage } from '../case/forbidden-page';
import { NotFoundPage } from '../not-found-page';
import { latestHandover } from './handovers';
import { EvaluateGoalMutation, FollowUpCaseQuery, RecordFollowUpMutation } from './operations';
import { ReceivingDialog } from './receiving-dialog';
import { describeReceivingError, InputProblem } from './receiving-errors';
import './receiving.css';
import { AdjustmentSection } from '../adjustment/adjustment-section';

type Kase = FollowUpCaseData['assessmentCase'];

const OUTCOMES: GoalOutcome[] = ['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED'];
const RESULTS: FollowUpResult[] = ['CONTINUE', 'ADJUST_WITHIN_FRAME', 'END', 'REASSESS'];
const EVALUABLE = ['AGREED', 'ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED'];

function HandoverFacts({ kase }: { kase: Kase }) {
  const { t } = useTranslation();
  const handover = latestHandover(kase.handovers);
  return (
    <section aria-labelledby="follow-up-handover" className="case-section">
      <Heading level={2} data-size="xs" id="follow-up-handover">
        {t('receiving.page.handover')}
      </Heading>
      {!handover ? (
        <Paragraph>{t('receiving.page.noHandover')}</Paragraph>
      ) : (
        <>
          <dl className="case-facts">
            <div>
              <dt>{t('casePage.status')}</dt>
              <dd>
                {t(`receiving.page.status.${handover.status}`)}
                {handover.acknowledgedAt && (
                  <span className="muted">
                    {t('receiving.page.acknowledgedAt', {
                      date: formatDateTime(handover.acknowledgedAt),
                    })}
                  </span>
                )}
              </dd>
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
              <dt>{t('receiving.page.nextFollowUp')}</dt>
              <dd>
                {handover.followUpDate
                  ? formatDate(handover.followUpDate)
                  : t('receiving.page.noFollowUp')}
              </dd>
            </div>
          </dl>
          {handover.returnReason && handover.returnedAt && (
            <Paragraph>
              {t('receiving.page.returnedAt', {
                date: formatDateTime(handover.returnedAt),
                reason: handover.returnReason,
              })}
            </Paragraph>
          )}
          <details className="handover-details">
            <summary>{t('receiving.inbox.summary')}</summary>
            <p className="handover-summary">{handover.summaryText}</p>
          </details>
        </>
      )}
    </section>
  );
}

function EvaluateAction({
  goal,
  onDone,
}: {
  goal: FollowUpGoalFragment;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<GoalOutcome | ''>('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<'outcome' | 'text' | ''>('');
  const [send] = useMutation(EvaluateGoalMutation, { refetchQueries: ['FollowUpCase'] });
  const evaluated = goal.status !== 'AGREED';
  return (
    <ReceivingDialog
      trigger={t(evaluated ? 'receiving.goals.evaluateAgain' : 'receiving.goals.evaluate')}
      title={t('receiving.goals.evaluateTitle')}
      intro={goal.text}
      submit={t('receiving.goals.submit')}
      onSubmit={async () => {
        if (!outcome) {
          setProblem('outcome');
          throw new InputProblem(t('receiving.goals.outcomeRequired'));
        }
        if (!text.trim()) {
          setProblem('text');
          throw new InputProblem(t('receiving.goals.required'));
        }
        setProblem('');
        await send({
          variables: {
            goalId: goal.id,
            expectedVersion: goal.version,
            input: { outcome, evaluation: text.trim() },
          },
        });
      }}
      onDone={() => {
        setText('');
        setOutcome('');
        onDone(t('receiving.goals.done'));
      }}
    >
      <Fieldset>
        <Fieldset.Legend>{t('receiving.goals.outcome')}</Fieldset.Legend>
        {OUTCOMES.map((o) => (
          <Radio
            key={o}
            name={`outcome-${goal.id}`}
            value={o}
            label={t(`receiving.goalStatus.${o}`)}
            checked={outcome === o}
            aria-invalid={problem === 'outcome' || undefined}
            onChange={() => setOutcome(o)}
          />
        ))}
        {problem === 'outcome' && (
          <ValidationMessage>{t('receiving.goals.outcomeRequired')}</ValidationMessage>
        )}
      </Fieldset>
      <Textfield
        label={t('receiving.goals.text')}
        multiline
        rows={4}
        aria-required
        error={problem === 'text' ? t('receiving.goals.required') : undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
    </ReceivingDialog>
  );
}

function Goals({ kase, onDone }: { kase: Kase; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const goals = kase.goalPlan?.goals ?? [];
  const mayEvaluate = kase.goalPlan?.viewerCan.includes('evaluateGoal') ?? false;
  return (
    <section aria-labelledby="follow-up-goals" className="case-section">
      <Heading level={2} data-size="xs" id="follow-up-goals">
        {t('receiving.goals.heading')}
      </Heading>
      {goals.length === 0 ? (
        <Paragraph>{t('receiving.goals.empty')}</Paragraph>
      ) : (
        <ul className="case-list-plain receiving-goals" aria-label={t('receiving.goals.caption')}>
          {goals.map((goal) => (
            <li key={goal.id} className="receiving-goal">
              <div className="receiving-goal__head">
                <strong>{goal.text}</strong>
                <Tag
                  data-size="sm"
                  data-color={
                    goal.status === 'ACHIEVED'
                      ? 'success'
                      : goal.status === 'NOT_ACHIEVED'
                        ? 'danger'
                        : goal.status === 'PARTLY_ACHIEVED'
                          ? 'warning'
                          : 'neutral'
                  }
                >
                  {t(`receiving.goalStatus.${goal.status}`)}
                </Tag>
              </div>
              <span className="muted">
                {t('receiving.goals.target', { date: formatDate(goal.targetDate) })}
              </span>
              {goal.evaluation && (
                <div>
                  <span className="muted">
                    {t('receiving.goals.evaluation')}
                    {goal.evaluatedAt &&
                      ` · ${t('receiving.goals.evaluatedBy', {
                        date: formatDateTime(goal.evaluatedAt),
                        name: goal.evaluatedBy?.name ?? '',
                      })}`}
                  </span>
                  <p className="receiving-goal__evaluation">{goal.evaluation}</p>
                </div>
              )}
              {mayEvaluate && EVALUABLE.includes(goal.status) && (
                <div>
                  <EvaluateAction goal={goal} onDone={onDone} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RecordFollowUp({ kase, onDone }: { kase: Kase; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<FollowUpResult | ''>('');
  const [note, setNote] = useState('');
  const [next, setNext] = useState('');
  const [problem, setProblem] = useState<'result' | 'note' | ''>('');
  const [error, setError] = useState<unknown>(null);
  const [send, { loading }] = useMutation(RecordFollowUpMutation, {
    refetchQueries: ['FollowUpCase'],
    awaitRefetchQueries: true,
  });
  const continues = result === 'CONTINUE' || result === 'ADJUST_WITHIN_FRAME';
  const formRef = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const missing = !result ? 'result' : !note.trim() ? 'note' : '';
    setProblem(missing);
    if (missing || !result) {
      // The field found wanting says so, and takes the focus.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    try {
      const answer = await send({
        variables: {
          caseId: kase.id,
          input: {
            result,
            note: note.trim(),
            nextFollowUpDate: continues && next ? next : null,
          },
        },
      });
      const reassessed = Boolean(answer.data?.recordFollowUp.newReferralId);
      setResult('');
      setNote('');
      setNext('');
      onDone(
        reassessed
          ? `${t('receiving.record.done')} ${t('receiving.record.reassessed')}`
          : t('receiving.record.done'),
      );
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section aria-labelledby="follow-up-record" className="case-section">
      <Heading level={2} data-size="xs" id="follow-up-record">
        {t('receiving.record.heading')}
      </Heading>
      <form
        ref={formRef}
        className="case-dialog"
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <Fieldset>
          <Fieldset.Legend>{t('receiving.record.result')}</Fieldset.Legend>
          {RESULTS.map((r) => (
            <Radio
              key={r}
              name="follow-up-result"
              value={r}
              label={t(`receiving.result.${r}`)}
              checked={result === r}
              aria-invalid={problem === 'result' || undefined}
              onChange={() => setResult(r)}
            />
          ))}
          {problem === 'result' && (
            <ValidationMessage>{t('receiving.record.resultRequired')}</ValidationMessage>
          )}
        </Fieldset>
        <Textfield
          label={t('receiving.record.note')}
          multiline
          rows={4}
          aria-required
          error={problem === 'note' ? t('receiving.record.required') : undefined}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        {continues && (
          <Textfield
            label={t('receiving.record.next')}
            description={t('receiving.record.nextHint')}
            type="date"
            value={next}
            onChange={(event) => setNext(event.target.value)}
          />
        )}
        {error !== null && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{describeReceivingError(error, t)}</Paragraph>
          </Alert>
        )}
        <div className="case-dialog__buttons">
          <Button type="submit" loading={loading}>
            {t('receiving.record.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function History({ kase }: { kase: Kase }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="follow-up-history" className="case-section">
      <Heading level={2} data-size="xs" id="follow-up-history">
        {t('receiving.history.heading')}
      </Heading>
      {kase.followUps.length === 0 ? (
        <Paragraph>{t('receiving.history.empty')}</Paragraph>
      ) : (
        <ol className="case-list-plain case-history" aria-label={t('receiving.history.caption')}>
          {kase.followUps.map((followUp) => (
            <li key={followUp.id}>
              <strong>{t(`receiving.result.${followUp.result}`)}</strong> ·{' '}
              <time dateTime={followUp.recordedAt}>{formatDateTime(followUp.recordedAt)}</time>
              {followUp.nextFollowUpDate &&
                ` · ${t('receiving.history.next', { date: formatDate(followUp.nextFollowUpDate) })}`}
              <span className="muted">{followUp.note}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function FollowUpView({ kase }: { kase: Kase }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const name = `${kase.patient.givenName} ${kase.patient.familyName}`;
  const handover = latestHandover(kase.handovers);
  const mayRecord = kase.viewerCan.includes('recordFollowUp') && Boolean(handover?.followUpDate);
  return (
    <div className="receiving-page">
      <Link asChild>
        <RouterLink to={`/cases/${kase.id}`}>{t('receiving.page.back')}</RouterLink>
      </Link>
      <header>
        <Heading level={1} data-size="md">
          {t('receiving.page.title')}: {name}
        </Heading>
        <Paragraph data-size="sm">
          {t('casePage.born', { date: formatDate(kase.patient.birthDate) })}
        </Paragraph>
      </header>
      <div role="status" className="receiving-status">
        {message && <Paragraph>{message}</Paragraph>}
      </div>
      <HandoverFacts kase={kase} />
      <AdjustmentSection caseId={kase.id} onDone={setMessage} />
      <Goals kase={kase} onDone={setMessage} />
      {mayRecord && <RecordFollowUp kase={kase} onDone={setMessage} />}
      <History kase={kase} />
    </div>
  );
}

/**
 * `/cases/:caseId/follow-up`: after handover, the receiving unit (and the team) evaluates the
 * goals and records the follow-up; FORBIDDEN shows only the refusal.
 */
export function FollowUpPage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(FollowUpCaseQuery, {
    variables: { id: caseId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const code = errorCode(error);
  if (code === 'FORBIDDEN') return <ForbiddenPage />;
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <NotFoundPage />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading label={t('receiving.page.loading')} />;
  return <FollowUpView kase={data.assessmentCase} />;
}
