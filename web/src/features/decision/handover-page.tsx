import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
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
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import type {
  HandoverDestination,
  HandoverScreenQuery,
  HandoverSummaryPreviewQuery as Preview,
  ServiceUnitKind,
} from '../../gql/graphql';
import { formatDate } from '../../ui/format';
import { describeDecisionError } from './describe-decision-error';
import { screenFallback } from './screen-fallback';
import {
  HandOverCaseMutation,
  HandoverScreenQuery as ScreenQuery,
  HandoverSummaryPreviewQuery,
} from './operations';
import { PrintableDocument } from './printable-document';

type Case = HandoverScreenQuery['assessmentCase'];
type Unit = HandoverScreenQuery['districts'][number]['serviceUnits'][number];

const DESTINATIONS: readonly HandoverDestination[] = [
  'ORDINARY_HOME_CARE',
  'OTHER_SERVICES',
  'LOW_THRESHOLD',
  'CLOSED',
];

/** Which units receive which destination (as the API checks it; CLOSED goes to none). */
const RECEIVES: Record<HandoverDestination, readonly ServiceUnitKind[]> = {
  ORDINARY_HOME_CARE: ['HOME_CARE'],
  LOW_THRESHOLD: ['LOW_THRESHOLD'],
  OTHER_SERVICES: ['OTHER', 'HOME_CARE', 'LOW_THRESHOLD'],
  CLOSED: [],
};

function HandoverForm({ kase, units }: { kase: Case; units: Unit[] }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [destination, setDestination] = useState<HandoverDestination>('ORDINARY_HOME_CARE');
  const receiving = units.filter((unit) => RECEIVES[destination].includes(unit.kind));
  const [unitId, setUnitId] = useState('');
  // Pre-filled from the preview (the decision's tariff category gives it); the coordinator may change it.
  const [followUpDate, setFollowUpDate] = useState('');
  const [preview, setPreview] = useState<Preview['handoverSummaryPreview'] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [handOver] = useMutation(HandOverCaseMutation, {
    refetchQueries: [{ query: ScreenQuery, variables: { id: kase.id } }],
    awaitRefetchQueries: true,
  });

  const closure = destination === 'CLOSED';
  // The API refuses every destination but closure without an agreed plan: so does the form.
  const planAgreed = kase.goalPlan?.status === 'AGREED';
  const blocked = !closure && !planAgreed;
  const chosenUnit = receiving.some((unit) => unit.id === unitId) ? unitId : '';

  const choose = (next: HandoverDestination) => {
    setDestination(next);
    setUnitId('');
    setPreview(null);
    setError(null);
  };

  const showSummary = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { data } = await client.query({
        query: HandoverSummaryPreviewQuery,
        variables: { caseId: kase.id, destination },
        fetchPolicy: 'network-only',
      });
      setPreview(data?.handoverSummaryPreview ?? null);
      setFollowUpDate(data?.handoverSummaryPreview.followUpDate ?? '');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await handOver({
        variables: {
          caseId: kase.id,
          input: {
            destination,
            receivingUnitId: closure ? null : chosenUnit || null,
            followUpDate: !closure && followUpDate ? followUpDate : null,
          },
        },
      });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const destinationName = t(`decision.handover.destinations.${destination}`);
  return (
    <>
      <form className="decision-form" onSubmit={(event) => void showSummary(event)}>
        <Fieldset>
          <Fieldset.Legend>{t('decision.handover.destination')}</Fieldset.Legend>
          {DESTINATIONS.map((option) => (
            <Radio
              key={option}
              name="destination"
              value={option}
              label={t(`decision.handover.destinations.${option}`)}
              checked={destination === option}
              onChange={() => choose(option)}
            />
          ))}
        </Fieldset>
        {!closure &&
          (receiving.length === 0 ? (
            <Paragraph>{t('decision.handover.noUnits')}</Paragraph>
          ) : (
            <Field>
              <Label>{t('decision.handover.unit')}</Label>
              <Select
                value={chosenUnit}
                onChange={(event) => {
                  setUnitId(event.target.value);
                  setError(null);
                }}
                required
              >
                <option value="">{t('decision.handover.chooseUnit')}</option>
                {receiving.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.isExternal
                      ? `${unit.name} (${t('decision.handover.external')})`
                      : unit.name}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        <Paragraph data-size="sm">
          {t(`decision.handover.planStatus.${kase.goalPlan?.status ?? 'NONE'}`)}
        </Paragraph>
        {blocked && (
          <Alert data-color="warning">
            <Paragraph>
              {t('decision.handover.needsPlan', { destination: destinationName })}
            </Paragraph>
          </Alert>
        )}
        {error !== null && (
          <Alert data-color="danger" role="alert">
            <Paragraph>
              {describeDecisionError(error, t, { receivingUnitId: t('decision.handover.unit') })}
            </Paragraph>
          </Alert>
        )}
        {!blocked && (
          <div className="decision-actions">
            <Button type="submit" variant={preview ? 'secondary' : 'primary'} disabled={busy}>
              {t('decision.handover.preview')}
            </Button>
          </div>
        )}
      </form>
      {preview && !blocked && (
        <PrintableDocument
          heading={t('decision.handover.summaryHeading')}
          text={preview.text}
          printLabel={t('decision.handover.printSummary')}
          notes={
            !closure && (
              <>
                <Paragraph data-size="sm">
                  {t('decision.handover.followUp', { date: formatDate(preview.followUpDate) })}
                </Paragraph>
                <Textfield
                  data-print="hide"
                  label={t('tariff.handover.followUpDate')}
                  description={t('tariff.handover.followUpHelp')}
                  type="date"
                  value={followUpDate}
                  onChange={(event) => setFollowUpDate(event.target.value)}
                />
              </>
            )
          }
          actions={
            <Button type="button" disabled={busy} onClick={() => void send()}>
              {closure ? t('decision.handover.close') : t('decision.handover.send')}
            </Button>
          }
        />
      )}
    </>
  );
}

function Sent({ handover }: { handover: Case['handovers'][number] }) {
  const { t } = useTranslation();
  const date = formatDate(handover.sentAt.slice(0, 10));
  return (
    <>
      <Alert data-color="success">
        <Paragraph>
          {handover.receivingUnit
            ? t('decision.handover.sent', { unit: handover.receivingUnit.name, date })
            : t('decision.handover.closed', { date })}
        </Paragraph>
      </Alert>
      <PrintableDocument
        heading={t('decision.handover.sentHeading')}
        text={handover.summaryText}
        printLabel={t('decision.handover.printSummary')}
      />
    </>
  );
}

function HandoverView({ data }: { data: HandoverScreenQuery }) {
  const { t } = useTranslation();
  const kase = data.assessmentCase;
  const mayHandOver = kase.viewerCan.includes('handOverCase');
  // The handover in force: the latest one the receiving unit has not returned.
  const current = kase.handovers.filter((h) => h.status !== 'RETURNED').at(-1);
  const units = data.districts.find((d) => d.id === kase.team.districtId)?.serviceUnits ?? [];
  return (
    <>
      <Link asChild>
        <RouterLink to={`/cases/${kase.id}`}>{t('decision.backToCase')}</RouterLink>
      </Link>
      <Heading level={1} data-size="md">
        {t('decision.handover.title')}: {kase.patient.givenName} {kase.patient.familyName}
      </Heading>
      {mayHandOver ? (
        <>
          <Paragraph>{t('decision.handover.intro')}</Paragraph>
          <HandoverForm kase={kase} units={units} />
        </>
      ) : current ? (
        <Sent handover={current} />
      ) : (
        <Alert data-color="info">
          <Paragraph>{t('decision.handover.refused')}</Paragraph>
        </Alert>
      )}
    </>
  );
}

/** `/cases/:caseId/handover`: the coordinator's handover, its summary previewed and printable. */
export function HandoverPage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const { data, error } = useQuery(ScreenQuery, {
    variables: { id: caseId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const fallback = screenFallback(error, Boolean(data), t);
  if (fallback || !data) return fallback;
  return <HandoverView data={data} />;
}
