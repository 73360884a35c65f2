import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Heading,
  Link,
  Paragraph,
  Radio,
  Fieldset,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import type {
  GoalPlanAgreedBy,
  GoalPlanFieldsFragment,
  GoalPlanPageQuery as PageData,
  Operation,
} from '../../gql/graphql';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { errorCode, formatDateTime } from '../case/case-format';
import { ForbiddenPage } from '../case/forbidden-page';
import { NotFoundPage } from '../not-found-page';
import { loadFormDraft } from './drafts';
import { codeOf, describePlanError, type PlanEnv, PlanEnvContext } from './env';
import { GoalCard } from './goal-card';
import { GoalEditor } from './goal-editor';
import './goal-plan.css';
import { History } from './history';
import {
  AgreeGoalPlanMutation,
  GoalPlanPageQuery,
  ReorderGoalsMutation,
  ReorderMeasuresMutation,
} from './operations';

/**
 * How often the open plan asks for colleagues' changes (besides on returning to the tab).
 * Each ask is an audited read of the plan: 30 s keeps an open page to 120 audit rows an hour.
 */
const POLL_MS = 30_000;

type Plan = GoalPlanFieldsFragment;

/**
 * Records the person's agreement with the plan as shown. A colleague's save in between makes
 * it stale: the refusal says so and the plan is read again, so what is agreed is what is shown.
 */
function Agreement({
  plan,
  onDone,
  onStale,
}: {
  plan: Plan;
  onDone: () => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [agreedBy, setAgreedBy] = useState<GoalPlanAgreedBy>('PERSON');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [agree] = useMutation(AgreeGoalPlanMutation);
  const canAgree = plan.viewerCan.includes('agreeGoalPlan') && plan.status !== 'AGREED';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await agree({
        variables: {
          caseId: plan.caseId,
          expectedVersion: plan.version,
          agreedBy,
          representativeName: agreedBy === 'REPRESENTATIVE' ? name : null,
        },
      });
      setOpen(false);
      onDone();
    } catch (caught) {
      setError(describePlanError(caught, t));
      if (codeOf(caught) === 'CONFLICT') onStale();
    } finally {
      setBusy(false);
    }
  };

  const recorded =
    plan.agreedAt && plan.agreementRecordedBy
      ? t(
          plan.agreedBy === 'REPRESENTATIVE'
            ? 'goalPlan.agreement.agreedRepresentative'
            : 'goalPlan.agreement.agreedPerson',
          {
            date: formatDateTime(plan.agreedAt),
            version: plan.agreedVersion,
            name: plan.agreementRecordedBy.name,
            representative: plan.representativeName,
          },
        )
      : t('goalPlan.agreement.none');
  return (
    <section aria-labelledby="plan-agreement-heading" className="goal-plan__section">
      <Heading level={2} data-size="xs" id="plan-agreement-heading">
        {t('goalPlan.agreement.heading')}
      </Heading>
      <Paragraph data-testid="agreement">{recorded}</Paragraph>
      {canAgree &&
        (open ? (
          <form className="goal-form" onSubmit={(e) => void submit(e)} data-print="hide">
            <Fieldset>
              <Fieldset.Legend>{t('goalPlan.agreement.who')}</Fieldset.Legend>
              {(['PERSON', 'REPRESENTATIVE'] as const).map((who) => (
                <Radio
                  key={who}
                  name="agreed-by"
                  value={who}
                  label={t(`goalPlan.agreement.${who}`)}
                  checked={agreedBy === who}
                  onChange={() => setAgreedBy(who)}
                />
              ))}
            </Fieldset>
            {agreedBy === 'REPRESENTATIVE' && (
              <Textfield
                label={t('goalPlan.agreement.representativeName')}
                required
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            )}
            {error && (
              <Alert data-color="danger" role="alert">
                <Paragraph>{error}</Paragraph>
              </Alert>
            )}
            <div className="goal-plan__buttons">
              <Button type="submit" loading={busy}>
                {t('goalPlan.agreement.confirm')}
              </Button>
              <Button type="button" variant="tertiary" onClick={() => setOpen(false)}>
                {t('goalPlan.agreement.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <div className="goal-plan__controls">
            <Button variant="primary" data-size="sm" onClick={() => setOpen(true)}>
              {t('goalPlan.agreement.record')}
            </Button>
          </div>
        ))}
    </section>
  );
}

/** Moves the item `id` by `delta` in `ids` (a new array). */
function moved(ids: string[], id: string, delta: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + delta;
  const next = [...ids];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/** After a move the buttons are re-rendered in the new place: focus follows the item. */
function focusMoveButton(id: string, delta: -1 | 1) {
  window.setTimeout(() => {
    const same = document.getElementById(`move-${delta < 0 ? 'up' : 'down'}-${id}`);
    const other = document.getElementById(`move-${delta < 0 ? 'down' : 'up'}-${id}`);
    const target = same && !(same as HTMLButtonElement).disabled ? same : other;
    target?.focus();
  }, 50);
}

function PlanView({ data, caseId }: { data: PageData; caseId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const kase = data.assessmentCase;
  const plan = kase.goalPlan ?? null;
  const staffId = data.me.id;
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(() => loadFormDraft(staffId, `new-goal.${caseId}`) !== null);
  // The goals' versions as first seen on this page: a higher one by a colleague is marked.
  const [seen, setSeen] = useState<Record<string, number>>(() =>
    Object.fromEntries((plan?.goals ?? []).map((g) => [g.id, g.version])),
  );
  const [reorderGoals] = useMutation(ReorderGoalsMutation);
  const [reorderMeasures] = useMutation(ReorderMeasuresMutation);

  const refresh = useCallback(async () => {
    const result = await client.query({
      query: GoalPlanPageQuery,
      variables: { caseId },
      fetchPolicy: 'network-only',
    });
    return result.data?.assessmentCase.goalPlan ?? null;
  }, [client, caseId]);

  const env = useMemo<PlanEnv>(() => {
    const operations = new Set<Operation>([...kase.viewerCan, ...(plan?.viewerCan ?? [])]);
    return {
      caseId,
      staffId,
      lowest: kase.lowestSuggestedLevel ?? null,
      can: (operation) => operations.has(operation),
      refresh,
      announce: setMessage,
    };
  }, [caseId, staffId, kase.viewerCan, kase.lowestSuggestedLevel, plan?.viewerCan, refresh]);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await action();
      await refresh();
      setMessage(done);
    } catch (caught) {
      await refresh();
      setError(describePlanError(caught, t));
    }
  };

  const moveGoal = (goalId: string, delta: -1 | 1) => {
    if (!plan) return;
    const goalIds = moved(
      plan.goals.map((g) => g.id),
      goalId,
      delta,
    );
    void run(
      () => reorderGoals({ variables: { caseId, goalIds, expectedVersion: plan.version } }),
      t('goalPlan.goal.moved', { number: goalIds.indexOf(goalId) + 1 }),
    ).then(() => focusMoveButton(goalId, delta));
  };

  const moveMeasure = (goalId: string, measureId: string, delta: -1 | 1) => {
    const goal = plan?.goals.find((g) => g.id === goalId);
    if (!goal) return;
    const measureIds = moved(
      goal.measures.map((m) => m.id),
      measureId,
      delta,
    );
    void run(
      () => reorderMeasures({ variables: { goalId, measureIds, expectedVersion: goal.version } }),
      t('goalPlan.measure.moved', { number: measureIds.indexOf(measureId) + 1 }),
    ).then(() => focusMoveButton(measureId, delta));
  };

  const name = `${kase.patient.givenName} ${kase.patient.familyName}`;
  const editable = env.can('addGoal') || env.can('updateGoal');
  return (
    <PlanEnvContext.Provider value={env}>
      <div className="goal-plan">
        <Link asChild data-print="hide">
          <RouterLink to={`/cases/${caseId}`}>{t('goalPlan.back')}</RouterLink>
        </Link>
        <header className="goal-plan__header">
          <div>
            <Heading level={1} data-size="md">
              {t('goalPlan.title')}
            </Heading>
            <Paragraph>{t('goalPlan.person', { name })}</Paragraph>
          </div>
          <div className="goal-plan__header-side">
            {plan && (
              <Paragraph className="goal-plan__status">
                {t('goalPlan.status.label')}:{' '}
                <Tag
                  data-testid="plan-status"
                  data-color={
                    plan.status === 'AGREED'
                      ? 'success'
                      : plan.status === 'CHANGED_SINCE_AGREEMENT'
                        ? 'warning'
                        : 'neutral'
                  }
                >
                  {t(`goalPlan.status.${plan.status}`)}
                </Tag>
              </Paragraph>
            )}
            <Button
              variant="secondary"
              data-size="sm"
              data-print="hide"
              onClick={() => window.print()}
            >
              {t('goalPlan.print')}
            </Button>
          </div>
        </header>
        <div role="status" className="visually-hidden">
          {message}
        </div>
        {plan?.status === 'CHANGED_SINCE_AGREEMENT' && plan.agreedAt && (
          <Alert data-color="warning">
            <Paragraph>
              {t('goalPlan.changedSinceAgreement', { date: formatDateTime(plan.agreedAt) })}
            </Paragraph>
          </Alert>
        )}
        {!editable && <Paragraph data-print="hide">{t('goalPlan.readOnly')}</Paragraph>}
        {error && (
          <Alert data-color="danger" role="alert" data-print="hide">
            <Paragraph>{error}</Paragraph>
          </Alert>
        )}
        <section aria-labelledby="plan-goals-heading" className="goal-plan__section">
          <Heading level={2} data-size="xs" id="plan-goals-heading" className="visually-hidden">
            {t('goalPlan.goal.listLabel')}
          </Heading>
          {!plan || plan.goals.length === 0 ? (
            <Paragraph>{t('goalPlan.empty')}</Paragraph>
          ) : (
            <ol className="goals" aria-labelledby="plan-goals-heading">
              {plan.goals.map((goal, index) => {
                const colleague =
                  goal.updatedBy.id !== staffId && goal.version > (seen[goal.id] ?? 0);
                return (
                  <GoalCard
                    key={goal.id}
                    goal={goal}
                    index={index}
                    count={plan.goals.length}
                    changedBy={colleague ? { name: goal.updatedBy.name, at: goal.updatedAt } : null}
                    onSeen={() => setSeen((s) => ({ ...s, [goal.id]: goal.version }))}
                    onMove={(delta) => moveGoal(goal.id, delta)}
                    onMoveMeasure={(measureId, delta) => moveMeasure(goal.id, measureId, delta)}
                  />
                );
              })}
            </ol>
          )}
          {env.can('addGoal') &&
            (adding ? (
              <GoalEditor onClose={() => setAdding(false)} />
            ) : (
              <div className="goal-plan__controls">
                <Button variant="secondary" onClick={() => setAdding(true)}>
                  {t('goalPlan.goal.add')}
                </Button>
              </div>
            ))}
          <Paragraph data-size="xs" className="muted" data-print="hide">
            {t('goalPlan.live')}
          </Paragraph>
        </section>
        {plan && (
          <Agreement
            plan={plan}
            onDone={() => void run(refresh, t('goalPlan.agreement.done'))}
            onStale={() => void refresh()}
          />
        )}
        {plan && <History plan={plan} />}
      </div>
    </PlanEnvContext.Provider>
  );
}

/**
 * `/cases/:caseId/plan`: the goal and action plan. Read again every 15 seconds and when the
 * tab gets focus, so a colleague's change shows while the page is open.
 */
export function GoalPlanPage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(GoalPlanPageQuery, {
    variables: { caseId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
    pollInterval: POLL_MS,
  });
  useEffect(() => {
    const again = () => {
      if (document.visibilityState === 'visible') void refetch();
    };
    window.addEventListener('focus', again);
    document.addEventListener('visibilitychange', again);
    return () => {
      window.removeEventListener('focus', again);
      document.removeEventListener('visibilitychange', again);
    };
  }, [refetch]);
  const code = errorCode(error);
  if (code === 'FORBIDDEN') return <ForbiddenPage />;
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <NotFoundPage />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading label={t('goalPlan.loading')} />;
  return <PlanView data={data} caseId={caseId} />;
}

/** For the router's `lazy`: the screen is its own chunk. */
export { GoalPlanPage as Component };
