import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { missingItems } from '../case/coordination-texts';
import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Link,
  Paragraph,
  Radio,
  Select,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import {
  type DecisionLetterPreviewQuery as Preview,
  type DecisionOutcome,
  type DecisionScreenQuery,
  type RecordDecisionInput,
  type TariffCategory,
} from '../../gql/graphql';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate } from '../../ui/format';
import { describeDecisionError } from './describe-decision-error';
import { screenFallback } from './screen-fallback';
import {
  DecisionLetterPreviewQuery,
  DecisionScreenQuery as ScreenQuery,
  RecordDecisionMutation,
} from './operations';
import { PrintableDocument } from './printable-document';
import { TariffFields, TariffSummary, type TariffForm } from '../tariff/tariff-fields';

type Case = DecisionScreenQuery['assessmentCase'];
type Level = DecisionScreenQuery['serviceLevels'][number];
type LegalBasis = DecisionScreenQuery['legalBases'][number];

interface ServiceRow {
  key: number;
  serviceCode: string;
  per: 'hours' | 'visits';
  amount: string;
  /** Minutes per visit, for a service given in visits (empty: the catalogue's). */
  minutes: string;
  /** Kolding: the decision's own narrower frame for delegated adjustment (empty: the setting's). */
  frame: string;
  fromDate: string;
  toDate: string;
}

interface DecisionForm extends TariffForm {
  outcome: DecisionOutcome;
  legalBasisCode: string;
  services: ServiceRow[];
  justification: string;
  reviewDate: string;
}

const OUTCOMES: readonly DecisionOutcome[] = ['GRANTED', 'PARTLY_GRANTED', 'NO_SERVICES'];

/** Today on the device, as the API writes dates. */
const today = () => new Date().toLocaleDateString('sv-SE');

let nextKey = 1;
const emptyService = (): ServiceRow => ({
  key: nextKey++,
  serviceCode: '',
  per: 'hours',
  amount: '',
  minutes: '',
  frame: '',
  fromDate: today(),
  toDate: '',
});

/** A typed number ("2,5" or "2.5"), or null when empty. */
export function numberOf(text: string): number | null {
  return text.trim() === '' ? null : Number(text.replace(',', '.'));
}

/** The form as the API's input; empty optional fields are left out. */
function inputOf(form: DecisionForm, tariffOn: boolean, delegatedOn: boolean): RecordDecisionInput {
  const granting = form.outcome !== 'NO_SERVICES';
  const tariff = tariffOn && granting && form.tariffCategory !== '';
  return {
    ...(tariff
      ? {
          tariffCategory: form.tariffCategory as TariffCategory,
          nursingWeeks: form.tariffCategory === 'SHORT_NURSING' ? Number(form.nursingWeeks) : null,
          individualJustification: form.individualJustification.trim() || null,
        }
      : {}),
    outcome: form.outcome,
    legalBasisCode: form.legalBasisCode,
    justification: form.justification,
    reviewDate: form.reviewDate || null,
    services: granting
      ? form.services.map((row) => {
          const amount = numberOf(row.amount);
          return {
            serviceCode: row.serviceCode,
            hoursPerWeek: row.per === 'hours' ? amount : null,
            visitsPerWeek: row.per === 'visits' ? amount : null,
            minutesPerVisit: row.per === 'visits' ? numberOf(row.minutes) : null,
            ...(delegatedOn ? { delegatedFrameHours: numberOf(row.frame) } : {}),
            fromDate: row.fromDate,
            toDate: row.toDate || null,
          };
        })
      : [],
  };
}

function levelName(level: Level): string {
  const language = currentLanguage();
  return language === 'da' ? level.nameDa : language === 'en' ? level.nameEn : level.nameNb;
}

function serviceName(service: Level['services'][number]): string {
  return currentLanguage() === 'da' ? service.nameDa : service.nameNb;
}

function ServiceFields({
  row,
  number,
  levels,
  delegatedOn,
  onChange,
  onRemove,
}: {
  row: ServiceRow;
  number: number;
  levels: Level[];
  /** The case opened with delegated adjustment (Kolding): the decision may narrow its frame. */
  delegatedOn: boolean;
  onChange: (row: ServiceRow) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const set =
    <K extends keyof ServiceRow>(key: K) =>
    (event: { target: { value: string } }) =>
      onChange({ ...row, [key]: event.target.value as ServiceRow[K] });
  return (
    <fieldset className="decision-service">
      <legend>{t('decision.decision.service', { number })}</legend>
      <Field className="decision-service__service">
        <Label>{t('decision.decision.chooseService')}</Label>
        <Select value={row.serviceCode} onChange={set('serviceCode')} required>
          <option value="">{t('decision.decision.chooseService')}</option>
          {levels.map((level) => (
            <optgroup key={level.code} label={`${level.step}. ${levelName(level)}`}>
              {level.services.map((service) => (
                <option key={service.code} value={service.code}>
                  {serviceName(service)}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('decision.decision.amountKind')}</Label>
        <Select value={row.per} onChange={set('per')}>
          <option value="hours">{t('decision.decision.hours')}</option>
          <option value="visits">{t('decision.decision.visits')}</option>
        </Select>
      </Field>
      <Textfield
        label={row.per === 'hours' ? t('decision.decision.hours') : t('decision.decision.visits')}
        inputMode="decimal"
        required
        value={row.amount}
        onChange={set('amount')}
      />
      {row.per === 'visits' && (
        <Textfield
          label={t('tariff.decision.minutesPerVisit')}
          inputMode="numeric"
          value={row.minutes}
          onChange={set('minutes')}
        />
      )}
      {delegatedOn && (
        <Textfield
          label={t('tariff.decision.delegatedFrame')}
          inputMode="decimal"
          value={row.frame}
          onChange={set('frame')}
        />
      )}
      <Textfield
        label={t('decision.decision.fromDate')}
        type="date"
        required
        value={row.fromDate}
        onChange={set('fromDate')}
      />
      <Textfield
        label={t('decision.decision.toDate')}
        type="date"
        value={row.toDate}
        onChange={set('toDate')}
      />
      {onRemove && (
        <Button variant="tertiary" data-size="sm" type="button" onClick={onRemove}>
          {t('decision.decision.removeService', { number })}
        </Button>
      )}
    </fieldset>
  );
}

function DecisionForm({
  kase,
  levels,
  legalBases,
}: {
  kase: Case;
  levels: Level[];
  legalBases: LegalBasis[];
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [form, setForm] = useState<DecisionForm>(() => ({
    outcome: 'GRANTED',
    legalBasisCode: '',
    services: [emptyService()],
    justification: '',
    reviewDate: '',
    tariffCategory: '',
    nursingWeeks: '3',
    individualJustification: '',
  }));
  const tariffOn = kase.settings.tariffCategories;
  const delegatedOn = kase.settings.delegatedAdjustment;
  const minutesOf = new Map(
    levels.flatMap((level) => level.services.map((s) => [s.code, s.minutesPerVisit ?? null])),
  );
  const [preview, setPreview] = useState<Preview['decisionLetterPreview'] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [record] = useMutation(RecordDecisionMutation, {
    refetchQueries: [{ query: ScreenQuery, variables: { id: kase.id } }],
    awaitRefetchQueries: true,
  });

  // Any change makes the letter read so far out of date: it must be read again.
  const change = (next: Partial<DecisionForm>) => {
    setForm((current) => ({ ...current, ...next }));
    setPreview(null);
    setError(null);
  };
  const setText =
    (key: 'legalBasisCode' | 'justification' | 'reviewDate') =>
    (event: { target: { value: string } }) =>
      change({ [key]: event.target.value });

  const showLetter = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { data } = await client.query({
        query: DecisionLetterPreviewQuery,
        variables: { caseId: kase.id, input: inputOf(form, tariffOn, delegatedOn) },
        fetchPolicy: 'network-only',
      });
      setPreview(data?.decisionLetterPreview ?? null);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const recordIt = async () => {
    setBusy(true);
    setError(null);
    try {
      await record({ variables: { caseId: kase.id, input: inputOf(form, tariffOn, delegatedOn) } });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const granting = form.outcome !== 'NO_SERVICES';
  const fieldLabels = {
    legalBasisCode: t('decision.decision.legalBasis'),
    justification: t('decision.decision.justification'),
    reviewDate: t('decision.decision.reviewDate'),
    serviceCode: t('decision.decision.chooseService'),
    fromDate: t('decision.decision.fromDate'),
    toDate: t('decision.decision.toDate'),
    tariffCategory: t('tariff.decision.legend'),
    individualJustification: t('tariff.decision.individualJustification'),
    nursingWeeks: t('tariff.decision.nursingWeeks'),
  };
  return (
    <>
      <form className="decision-form" onSubmit={(event) => void showLetter(event)}>
        <Fieldset>
          <Fieldset.Legend>{t('decision.decision.outcome')}</Fieldset.Legend>
          {OUTCOMES.map((outcome) => (
            <Radio
              key={outcome}
              name="outcome"
              value={outcome}
              label={t(`decision.decision.outcomes.${outcome}`)}
              checked={form.outcome === outcome}
              onChange={() => change({ outcome })}
            />
          ))}
        </Fieldset>
        <Field>
          <Label>{t('decision.decision.legalBasis')}</Label>
          <Select value={form.legalBasisCode} onChange={setText('legalBasisCode')} required>
            <option value="">{t('decision.decision.chooseLegalBasis')}</option>
            {legalBases.map((basis) => (
              <option key={basis.code} value={basis.code}>
                {basis.citation} ({basis.covers})
              </option>
            ))}
          </Select>
        </Field>
        {granting && (
          <Fieldset>
            <Fieldset.Legend>{t('decision.decision.services')}</Fieldset.Legend>
            {form.services.map((row, index) => (
              <ServiceFields
                key={row.key}
                row={row}
                number={index + 1}
                levels={levels}
                delegatedOn={delegatedOn}
                onChange={(next) =>
                  change({
                    services: form.services.map((r) => (r.key === row.key ? next : r)),
                  })
                }
                onRemove={
                  form.services.length > 1
                    ? () => change({ services: form.services.filter((r) => r.key !== row.key) })
                    : undefined
                }
              />
            ))}
            <div>
              <Button
                variant="secondary"
                data-size="sm"
                type="button"
                onClick={() => change({ services: [...form.services, emptyService()] })}
              >
                {t('decision.decision.addService')}
              </Button>
            </div>
          </Fieldset>
        )}
        {granting && tariffOn && (
          <TariffFields
            form={form}
            settings={kase.settings}
            services={form.services.map((row) => ({
              hoursPerWeek: row.per === 'hours' ? numberOf(row.amount) : null,
              visitsPerWeek: row.per === 'visits' ? numberOf(row.amount) : null,
              minutesPerVisit: numberOf(row.minutes) ?? minutesOf.get(row.serviceCode) ?? null,
            }))}
            onChange={change}
          />
        )}
        <Textfield
          label={t('decision.decision.justification')}
          description={t('decision.decision.justificationHelp')}
          multiline
          rows={4}
          required
          value={form.justification}
          onChange={setText('justification')}
        />
        <Textfield
          label={t('decision.decision.reviewDate')}
          type="date"
          value={form.reviewDate}
          onChange={setText('reviewDate')}
        />
        {error !== null && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{describeDecisionError(error, t, fieldLabels)}</Paragraph>
          </Alert>
        )}
        <div className="decision-actions">
          <Button type="submit" variant={preview ? 'secondary' : 'primary'} disabled={busy}>
            {t('decision.decision.preview')}
          </Button>
        </div>
      </form>
      {preview && (
        <PrintableDocument
          heading={t('decision.decision.letterHeading')}
          text={preview.letter}
          printLabel={t('decision.decision.printLetter')}
          notes={
            <>
              <Paragraph data-size="sm">
                {t(`decision.decision.letterLanguage.${preview.language === 'da' ? 'da' : 'nb'}`)}
              </Paragraph>
              {preview.isLate && (
                <Tag data-color="warning" data-size="sm">
                  {t('decision.decision.lateTag')}
                </Tag>
              )}
            </>
          }
          actions={
            <Button type="button" disabled={busy} onClick={() => void recordIt()}>
              {t('decision.decision.record')}
            </Button>
          }
        />
      )}
    </>
  );
}

function Recorded({ decision }: { decision: NonNullable<Case['decision']> }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert data-color="success">
        <Paragraph>
          {t('decision.decision.recorded', { date: formatDate(decision.decidedOn) })}{' '}
          {decision.isLate && t('decision.decision.recordedLate')}
        </Paragraph>
        <TariffSummary decision={decision} />
      </Alert>
      <PrintableDocument
        heading={t('decision.decision.recordedHeading')}
        text={decision.letter}
        printLabel={t('decision.decision.printLetter')}
        notes={
          decision.isLate && (
            <Tag data-color="warning" data-size="sm">
              {t('decision.decision.lateTag')}
            </Tag>
          )
        }
      />
    </>
  );
}

function DecisionView({ data }: { data: DecisionScreenQuery }) {
  const { t } = useTranslation();
  const kase = data.assessmentCase;
  const mayDecide = kase.viewerCan.includes('recordDecision');
  return (
    <>
      <Link asChild data-print="hide">
        <RouterLink to={`/cases/${kase.id}`}>{t('decision.backToCase')}</RouterLink>
      </Link>
      <Heading level={1} data-size="md">
        {t('decision.decision.title')}: {kase.patient.givenName} {kase.patient.familyName}
      </Heading>
      {!kase.decision && kase.coordinationRequirements && !kase.coordinationRequirements.met && (
        <Alert data-color="warning" data-testid="coordination-missing">
          <Heading level={2} data-size="xs">
            {t('coordination.decision.title')}
          </Heading>
          <Paragraph>
            {t('coordination.decision.intro', {
              level: kase.coordinationRequirements.level,
            })}
          </Paragraph>
          <ul>
            {missingItems(kase.coordinationRequirements.missing, t).map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </Alert>
      )}
      {kase.decision ? (
        <Recorded decision={kase.decision} />
      ) : mayDecide ? (
        <>
          <Paragraph>{t('decision.decision.intro')}</Paragraph>
          {kase.isOverdue && (
            <Alert data-color="warning">
              <Paragraph>
                {t('decision.decision.late', { date: formatDate(kase.deadlineDate) })}
              </Paragraph>
            </Alert>
          )}
          <DecisionForm kase={kase} levels={data.serviceLevels} legalBases={data.legalBases} />
        </>
      ) : (
        <Alert data-color="info">
          <Paragraph>{t('decision.decision.refused')}</Paragraph>
        </Alert>
      )}
    </>
  );
}

/** `/cases/:caseId/decision`: the caseworker's decision, its letter previewed, printed, recorded. */
export function DecisionPage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const { data, error } = useQuery(ScreenQuery, {
    variables: { id: caseId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const fallback = screenFallback(error, Boolean(data), t);
  if (fallback || !data) return fallback;
  return <DecisionView data={data} />;
}
