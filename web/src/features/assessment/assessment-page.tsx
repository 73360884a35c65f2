import { useQuery } from '@apollo/client/react';
import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import type {
  AssessmentDetailsFragment,
  AssessmentPageQuery as PageData,
  FunctionScale,
  ServiceLevel,
} from '../../gql/graphql';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { NotFoundPage } from '../not-found-page';
import { can } from '../case/case-actions';
import { errorCode, formatDateTime } from '../case/case-format';
import '../case/case-page.css';
import { ForbiddenPage } from '../case/forbidden-page';
import { AssessmentForm } from './assessment-form';
import { ANSWER_FIELDS, stepOf } from './assessment-model';
import './assessment.css';
import { AssessmentPageQuery } from './operations';

type Case = PageData['assessmentCase'];
type Reason = NonNullable<Case['suggestedLevelReason']>;
type Tf = TFunction<'translation', 'assessment'>;

function levelText(t: Tf, level: ServiceLevel): string {
  return t('level.step', { step: stepOf(level), name: t(`level.${level}`) });
}

function scoreText(t: Tf, scale: FunctionScale, score: number): string {
  return t('scoreValue', { score, label: t(`scale.${scale}.${score}`, { defaultValue: '' }) });
}

/** "Why this level", put into words from the API's codes and values. */
function LevelReason({ reason, scale }: { reason: Reason; scale: FunctionScale }) {
  const { t } = useTranslation('translation', { keyPrefix: 'assessment' });
  const { t: tr } = useTranslation();
  const source = reason.assessment;
  const steps = reason.answers.filter((a) => a.question !== 'WHAT_MATTERS');
  const whatMatters = reason.answers.find((a) => a.question === 'WHAT_MATTERS');
  return (
    <>
      <Paragraph className="assessment-level">{levelText(t, reason.level)}</Paragraph>
      <Paragraph>{t(`reason.rule.${reason.rule}`)}</Paragraph>
      <Paragraph>
        {t('reason.by', {
          name: source.author.name,
          profession: tr(`profession.${source.authorProfession}`),
          version: source.version,
          when: formatDateTime(source.recordedAt),
        })}
      </Paragraph>
      {reason.suggestions.length > 1 && (
        <div>
          <Heading level={3} data-size="2xs" id="assessment-suggestions-heading">
            {t('reason.others')}
          </Heading>
          <ol className="assessment-list" aria-labelledby="assessment-suggestions-heading">
            {reason.suggestions.map((s) => (
              <li key={s.id}>
                {t('reason.suggestion', {
                  name: s.author.name,
                  profession: tr(`profession.${s.authorProfession}`),
                  level: s.suggestedLevel ? levelText(t, s.suggestedLevel) : '',
                })}
              </li>
            ))}
          </ol>
        </div>
      )}
      <div>
        <Heading level={3} data-size="2xs" id="assessment-reason-scores">
          {t('reason.scoresHeading')}
        </Heading>
        {reason.scores.length === 0 ? (
          <Paragraph data-size="sm">{t('reason.noScores')}</Paragraph>
        ) : (
          <ul className="assessment-list" aria-labelledby="assessment-reason-scores">
            {reason.scores.map((s) => (
              <li key={s.id}>
                {t('reason.scoreLine', {
                  variable: s.variable.name,
                  value: scoreText(t, scale, s.score),
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <Heading level={3} data-size="2xs" id="assessment-reason-answers">
          {t('reason.answersHeading')}
        </Heading>
        {steps.length === 0 ? (
          <Paragraph data-size="sm">{t('reason.noAnswers')}</Paragraph>
        ) : (
          <dl className="assessment-answers" aria-labelledby="assessment-reason-answers">
            {steps.map((a) => (
              <div key={a.question}>
                <dt>
                  {a.level ? `${levelText(t, a.level)} · ` : ''}
                  {t(`question.${a.question}`)}
                </dt>
                <dd>{a.text}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
      {whatMatters && (
        <div>
          <Heading level={3} data-size="2xs">
            {t('reason.whatMatters')}
          </Heading>
          <blockquote className="assessment-quote">{whatMatters.text}</blockquote>
        </div>
      )}
    </>
  );
}

/** One recorded version, opened on demand: who, when, and what. */
function Version({ assessment }: { assessment: AssessmentDetailsFragment }) {
  const { t } = useTranslation('translation', { keyPrefix: 'assessment' });
  const { t: tr } = useTranslation();
  const when = formatDateTime(assessment.recordedAt);
  return (
    <li>
      <details className="assessment-version">
        <summary>
          {t('versions.summary', {
            name: assessment.author.name,
            profession: tr(`profession.${assessment.authorProfession}`),
            version: assessment.version,
            when,
          })}
          {assessment.isLatest && (
            <Tag data-size="sm" data-color="info" className="assessment-latest">
              {t('versions.latest')}
            </Tag>
          )}
        </summary>
        <div className="assessment-version__body">
          <Paragraph data-size="sm">
            {t('versions.recordedBy', { name: assessment.author.name, when })}
          </Paragraph>
          <dl className="assessment-answers">
            {ANSWER_FIELDS.map(({ field, question }) => (
              <div key={field}>
                <dt>{t(`question.${question}`)}</dt>
                <dd>
                  {assessment[field] ?? <span className="muted">{t('versions.noAnswer')}</span>}
                </dd>
              </div>
            ))}
            <div>
              <dt>{t('versions.suggestedLevel')}</dt>
              <dd>
                {assessment.suggestedLevel
                  ? levelText(t, assessment.suggestedLevel)
                  : t('level.none')}
              </dd>
            </div>
            <div>
              <dt>{t('versions.scores')}</dt>
              <dd>
                {assessment.scores.length === 0 ? (
                  t('versions.noScores')
                ) : (
                  <ul className="assessment-list">
                    {assessment.scores.map((s) => (
                      <li key={s.id}>
                        {t('reason.scoreLine', {
                          variable: s.variable.name,
                          value: scoreText(t, assessment.scale, s.score),
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
        </div>
      </details>
    </li>
  );
}

function AssessmentView({ data }: { data: PageData }) {
  const { t } = useTranslation('translation', { keyPrefix: 'assessment' });
  const kase = data.assessmentCase;
  const name = `${kase.patient.givenName} ${kase.patient.familyName}`;
  const scale = data.functionVariables[0]?.scale ?? 'IPLOS';
  const own = kase.assessments.find((a) => a.isLatest && a.author.id === data.me.id);
  const [message, setMessage] = useState('');
  return (
    <>
      <Link asChild>
        <RouterLink to={`/cases/${kase.id}`}>{t('back')}</RouterLink>
      </Link>
      <Heading level={1} data-size="md">
        {t('person', { name })}
      </Heading>
      <section aria-labelledby="assessment-reason-heading" className="case-section">
        <Heading level={2} data-size="xs" id="assessment-reason-heading">
          {t('reason.heading')}
        </Heading>
        {kase.suggestedLevelReason ? (
          <LevelReason reason={kase.suggestedLevelReason} scale={scale} />
        ) : (
          <Paragraph>{t('reason.none')}</Paragraph>
        )}
      </section>
      {can(kase, 'recordAssessment') ? (
        <AssessmentForm
          key={own?.id ?? 'none'}
          caseId={kase.id}
          variables={data.functionVariables}
          own={own}
          message={message}
          onRecorded={setMessage}
        />
      ) : (
        <Paragraph className="assessment-readonly">{t('form.readOnly')}</Paragraph>
      )}
      <section aria-labelledby="assessment-versions-heading" className="case-section">
        <Heading level={2} data-size="xs" id="assessment-versions-heading">
          {t('versions.heading')}
        </Heading>
        {kase.assessments.length === 0 ? (
          <Paragraph>{t('versions.empty')}</Paragraph>
        ) : (
          <ol
            className="case-list-plain assessment-versions"
            aria-labelledby="assessment-versions-heading"
          >
            {kase.assessments.map((a) => (
              <Version key={a.id} assessment={a} />
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

/**
 * `/cases/:caseId/assessment`: the mapping of a case. The suggested level with its reason,
 * the caller's next version (when the API allows it), and every earlier version.
 */
export function AssessmentPage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation('translation', { keyPrefix: 'assessment' });
  // Every visit asks the API, which decides access and audits the read.
  const { data, error, refetch } = useQuery(AssessmentPageQuery, {
    variables: { id: caseId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const code = errorCode(error);
  if (code === 'FORBIDDEN') return <ForbiddenPage />;
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <NotFoundPage />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading label={t('loading')} />;
  return <AssessmentView data={data} />;
}
