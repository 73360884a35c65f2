import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AssessmentDetailsFragment,
  AssessmentPageQuery,
  FunctionScale,
  ServiceLevel,
} from '../../gql/graphql';
import { ErrorAlert } from '../../ui/error-alert';
import { errorCode } from '../case/case-format';
import { fieldErrorsOf } from '../referrals/field-errors';
import { ANSWER_FIELDS, LEVELS, SCALE_SCORES, type AnswerField } from './assessment-model';
import { AssessmentPageQuery as PageQuery, RecordAssessmentMutation } from './operations';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

type Variable = AssessmentPageQuery['functionVariables'][number];

interface FormState {
  answers: Record<AnswerField, string>;
  /** Score per variable code; '' is not scored. */
  scores: Record<string, string>;
  suggestedLevel: ServiceLevel | '';
}

/** The form starts from the author's own latest version: a new version is complete. */
function initialState(own: AssessmentDetailsFragment | undefined): FormState {
  const answers = Object.fromEntries(
    ANSWER_FIELDS.map(({ field }) => [field, own?.[field] ?? '']),
  ) as Record<AnswerField, string>;
  const scores = Object.fromEntries(
    (own?.scores ?? []).map((s) => [s.variable.code, String(s.score)]),
  );
  return { answers, scores, suggestedLevel: own?.suggestedLevel ?? '' };
}

function reasonOf(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const reason = error.errors[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/** Areas of the code list in their order, each with its variables. */
function byArea(variables: readonly Variable[], other: string): [string, Variable[]][] {
  const areas = new Map<string, Variable[]>();
  for (const v of variables) {
    const area = v.area ?? other;
    areas.set(area, [...(areas.get(area) ?? []), v]);
  }
  return [...areas.entries()];
}

/** Recording the caller's next version: the five questions, what matters, scores and level. */
export function AssessmentForm({
  caseId,
  variables,
  own,
  message,
  onRecorded,
}: {
  caseId: string;
  variables: readonly Variable[];
  own: AssessmentDetailsFragment | undefined;
  /** The confirmation of the last recording (kept by the page: the form starts anew after it). */
  message: string;
  onRecorded: (message: string) => void;
}) {
  const { t } = useTranslation('translation', { keyPrefix: 'assessment' });
  const [form, setForm] = useState(() => initialState(own));
  const sent = useRef<string[]>([]);
  const statusRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // The form is built anew from the version just recorded: focus goes to its confirmation.
  useEffect(() => {
    if (message) statusRef.current?.focus();
  }, [message]);
  const [record, { loading, error, reset }] = useMutation(RecordAssessmentMutation, {
    refetchQueries: [{ query: PageQuery, variables: { id: caseId } }],
    awaitRefetchQueries: true,
  });
  const scale: FunctionScale = variables[0]?.scale ?? 'IPLOS';

  // API field paths (`input.scores.2.score`) back to this form's fields.
  const errors: Record<string, string> = {};
  for (const [field, text] of Object.entries(error ? fieldErrorsOf(error, t) : {})) {
    const score = /^scores\.(\d+)\./.exec(field);
    errors[score ? `score:${sent.current[Number(score[1])]}` : field] = text;
  }
  const atField = Object.keys(errors).length > 0;
  // An input error moves focus to the first field it names (they may be far above the button).
  useEffect(() => {
    if (atField) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [atField, error]);
  const reason = reasonOf(error);
  const sentence =
    error && !atField
      ? t(`error.${reason ?? ''}`, { defaultValue: '' }) ||
        t(`error.${errorCode(error) ?? ''}`, { defaultValue: '' })
      : '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    onRecorded('');
    const scores = variables
      .filter((v) => form.scores[v.code])
      .map((v) => ({ variableCode: v.code, score: Number(form.scores[v.code]) }));
    sent.current = scores.map((s) => s.variableCode);
    const answers = Object.fromEntries(
      ANSWER_FIELDS.map(({ field }) => [field, form.answers[field].trim() || null]),
    );
    try {
      const result = await record({
        variables: {
          caseId,
          input: {
            ...answers,
            scores,
            suggestedLevel: form.suggestedLevel === '' ? null : form.suggestedLevel,
          },
        },
      });
      if (result.data) {
        onRecorded(t('form.recorded', { version: result.data.recordAssessment.version }));
      }
    } catch {
      // Shown at the fields or as a sentence below.
    }
  };

  const setAnswer = (field: AnswerField, value: string) => {
    if (error) reset();
    setForm((f) => ({ ...f, answers: { ...f.answers, [field]: value } }));
  };

  return (
    <section aria-labelledby="assessment-form-heading" className="case-section">
      <Heading level={2} data-size="xs" id="assessment-form-heading">
        {t('form.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('form.intro')}</Paragraph>
      <div role="status" tabIndex={-1} ref={statusRef} className="assessment-status">
        {message && (
          <Alert data-color="success" data-size="sm">
            <Paragraph>{message}</Paragraph>
          </Alert>
        )}
      </div>
      <form
        ref={formRef}
        onSubmit={(event) => void submit(event)}
        className="assessment-form"
        noValidate
      >
        <Fieldset>
          <Fieldset.Legend>{t('form.questions')}</Fieldset.Legend>
          {ANSWER_FIELDS.map(({ field, question }) => (
            <Textfield
              key={field}
              label={t(`question.${question}`)}
              multiline
              rows={3}
              value={form.answers[field]}
              onChange={(event) => setAnswer(field, event.target.value)}
              error={errors[field]}
            />
          ))}
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('form.scores', { scale: t(`scale.${scale}.name`) })}</Fieldset.Legend>
          <Fieldset.Description>{t('form.scoresIntro')}</Fieldset.Description>
          {byArea(variables, t('form.otherArea')).map(([area, list]) => (
            <div key={area} className="assessment-area">
              <Heading level={3} data-size="2xs">
                {area}
              </Heading>
              <div className="assessment-scores">
                {list.map((v) => {
                  const problem = errors[`score:${v.code}`];
                  return (
                    <Field key={v.code}>
                      <Label>{v.name}</Label>
                      <Select
                        value={form.scores[v.code] ?? ''}
                        aria-invalid={problem ? true : undefined}
                        onChange={(event) => {
                          if (error) reset();
                          setForm((f) => ({
                            ...f,
                            scores: { ...f.scores, [v.code]: event.target.value },
                          }));
                        }}
                      >
                        <Select.Option value="">{t('notScored')}</Select.Option>
                        {SCALE_SCORES[scale].map((score) => (
                          <Select.Option key={score} value={String(score)}>
                            {t('scoreValue', { score, label: t(`scale.${scale}.${score}`) })}
                          </Select.Option>
                        ))}
                      </Select>
                      {problem && <ValidationMessage>{problem}</ValidationMessage>}
                    </Field>
                  );
                })}
              </div>
            </div>
          ))}
        </Fieldset>
        <Field>
          <Label>{t('form.suggestedLevel')}</Label>
          <Select
            value={form.suggestedLevel}
            aria-invalid={errors.suggestedLevel ? true : undefined}
            onChange={(event) => {
              if (error) reset();
              setForm((f) => ({ ...f, suggestedLevel: event.target.value as ServiceLevel | '' }));
            }}
          >
            <Select.Option value="">{t('level.none')}</Select.Option>
            {LEVELS.map((level, index) => (
              <Select.Option key={level} value={level}>
                {t('level.step', { step: index + 1, name: t(`level.${level}`) })}
              </Select.Option>
            ))}
          </Select>
          {errors.suggestedLevel && <ValidationMessage>{errors.suggestedLevel}</ValidationMessage>}
        </Field>
        {atField && (
          <Alert data-color="danger">
            <Paragraph>{t('form.fixErrors')}</Paragraph>
          </Alert>
        )}
        {sentence ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{sentence}</Paragraph>
          </Alert>
        ) : (
          error && !atField && <ErrorAlert error={error} />
        )}
        <div>
          <Button type="submit" loading={loading}>
            {loading ? t('form.saving') : t('form.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
