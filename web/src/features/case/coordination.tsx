import { useMutation, useQuery } from '@apollo/client/react';
import {
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetailsFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { ActionDialog } from './action-dialog';
import { can } from './case-actions';
import {
  SetCoordinatingCaseworkerMutation,
  SetCoordinationLevelMutation,
  TeamStaffQuery,
} from './case-operations';

const LEVELS = ['1', '2', '3'] as const;

/** What the level asks for before the decision, each item in place or missing. */
function Requirements({ kase }: { kase: CaseDetailsFragment }) {
  const { t } = useTranslation();
  const r = kase.coordinationRequirements;
  if (!r) return null;
  if (r.professionsRequired === 0 && !r.meetingRequired)
    return <Paragraph data-size="sm">{t('coordination.nothingRequired')}</Paragraph>;
  const item = (label: string, met: boolean, detail?: string) => (
    <li>
      <Tag data-color={met ? 'success' : 'warning'} data-size="sm">
        {met ? t('coordination.met') : t('coordination.missing')}
      </Tag>{' '}
      {label}
      {detail && <span className="muted">{detail}</span>}
    </li>
  );
  return (
    <>
      <Heading level={3} data-size="2xs">
        {t('coordination.requirements')}
      </Heading>
      <ul className="case-list-plain coordination-requirements">
        {r.professionsRequired > 0 &&
          item(
            t('coordination.professions', {
              required: r.professionsRequired,
              count: r.professionsAssessed.length,
            }),
            r.professionsAssessed.length >= r.professionsRequired,
            r.professionsAssessed.length === 0
              ? t('coordination.professionsNone')
              : r.professionsAssessed.map((p) => t(`profession.${p}`)).join(', '),
          )}
        {r.meetingRequired && item(t('coordination.meeting'), r.meetingHeld)}
      </ul>
    </>
  );
}

/** The person's coordinating caseworker, chosen among the caseworkers of the case's team. */
function CaseworkerDialog({
  kase,
  onDone,
}: {
  kase: CaseDetailsFragment;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const current = kase.patient.coordinatingCaseworker?.id ?? '';
  const [staffId, setStaffId] = useState(current);
  const [save] = useMutation(SetCoordinatingCaseworkerMutation);
  const staff = useQuery(TeamStaffQuery, { variables: { teamId: kase.teamId } });
  const name = `${kase.patient.givenName} ${kase.patient.familyName}`;
  return (
    <ActionDialog
      trigger={t('coordination.changeCaseworker')}
      title={t('coordination.caseworkerTitle', { name })}
      intro={t('coordination.caseworkerIntro')}
      submit={t('coordination.caseworkerSubmit')}
      fieldLabels={{ staffId: t('coordination.caseworkerChoice') }}
      onSubmit={() => save({ variables: { patientId: kase.patient.id, staffId: staffId || null } })}
      onDone={() => onDone(t('casePage.actions.done'))}
    >
      {staff.error ? (
        <ErrorAlert error={staff.error} onRetry={() => void staff.refetch()} />
      ) : !staff.data ? (
        <Loading label={t('casePage.actions.loadingStaff')} />
      ) : (
        <Field>
          <Label>{t('coordination.caseworkerChoice')}</Label>
          <Select value={staffId} onChange={(event) => setStaffId(event.target.value)}>
            <Select.Option value="">{t('coordination.clearCaseworker')}</Select.Option>
            {staff.data.teamStaff
              // The schema's rule for the argument: a CASEWORKER (the API decides).
              .filter((s) => s.profession === 'CASEWORKER')
              .map((s) => (
                <Select.Option key={s.id} value={s.id}>
                  {s.name}
                </Select.Option>
              ))}
          </Select>
        </Field>
      )}
    </ActionDialog>
  );
}

/**
 * Billund's coordination on the case page: the case's level (changed by the coordinator),
 * what it asks for before the decision, and the person's coordinating caseworker. Shown for a
 * case that opened with coordination levels, or a person who has a coordinating caseworker.
 */
export function Coordination({
  kase,
  onDone,
}: {
  kase: CaseDetailsFragment;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [level, setLevel] = useState('');
  const [reason, setReason] = useState('');
  const [change] = useMutation(SetCoordinationLevelMutation);
  const caseworker = kase.patient.coordinatingCaseworker;
  if (kase.coordinationLevel === null && !caseworker) return null;
  const mayChangeLevel = can(kase, 'setCoordinationLevel');
  return (
    <section aria-labelledby="case-coordination-heading" className="case-section">
      <Heading level={2} data-size="xs" id="case-coordination-heading">
        {t('coordination.heading')}
      </Heading>
      <dl className="case-facts">
        <div>
          <dt>{t('coordination.level')}</dt>
          <dd data-testid="coordination-level">
            {kase.coordinationLevel === null
              ? t('coordination.noLevel')
              : t(`coordination.levelName.${kase.coordinationLevel}`)}
          </dd>
        </div>
        <div>
          <dt>{t('coordination.caseworker')}</dt>
          <dd>
            {caseworker ? caseworker.name : t('coordination.noCaseworker')}
            <span className="muted">{t('coordination.caseworkerHelp')}</span>
          </dd>
        </div>
      </dl>
      <Requirements kase={kase} />
      <div className="case-actions">
        {mayChangeLevel && (
          <ActionDialog
            trigger={t('coordination.change')}
            title={t('coordination.changeTitle')}
            intro={t('coordination.changeIntro')}
            submit={t('coordination.submit')}
            fieldLabels={{ level: t('coordination.newLevel'), reason: t('coordination.reason') }}
            onSubmit={() =>
              change({
                variables: {
                  caseId: kase.id,
                  level: Number(level || kase.coordinationLevel),
                  reason,
                },
              })
            }
            onDone={() => {
              setLevel('');
              setReason('');
              onDone(t('casePage.actions.done'));
            }}
          >
            <Field>
              <Label>{t('coordination.newLevel')}</Label>
              <Select
                value={level || String(kase.coordinationLevel ?? '')}
                onChange={(event) => setLevel(event.target.value)}
              >
                {LEVELS.map((l) => (
                  <Select.Option key={l} value={l}>
                    {t(`coordination.levelName.${l}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Textfield
              label={t('coordination.reason')}
              multiline
              rows={3}
              required
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </ActionDialog>
        )}
        {kase.coordinationLevel !== null &&
          kase.status !== 'CLOSED' &&
          kase.status !== 'CANCELLED' && <CaseworkerDialog kase={kase} onDone={onDone} />}
      </div>
    </section>
  );
}
