import { useMutation, useQuery } from '@apollo/client/react';
import { Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetailsFragment, CaseRole, Operation } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { ActionDialog } from './action-dialog';
import {
  AssignCaseMemberMutation,
  CancelCaseMutation,
  ChangeCaseCoordinatorMutation,
  ExtendDeadlineMutation,
  PutCaseOnHoldMutation,
  RemoveCaseMemberMutation,
  ResumeCaseMutation,
  TeamStaffQuery,
} from './case-operations';

const ROLES: CaseRole[] = ['ASSESSOR', 'PRIMARY_CONTACT', 'CONSULTANT'];

/** Whether the API offers the operation on this case now (`viewerCan`). */
export function can(kase: Pick<CaseDetailsFragment, 'viewerCan'>, operation: Operation): boolean {
  return kase.viewerCan.includes(operation);
}

function ReasonField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <Textfield
      label={t('casePage.actions.reason')}
      multiline
      rows={3}
      required
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** The team's staff as a select; `only` narrows the candidates (e.g. coordinators). */
function StaffSelect({
  teamId,
  label,
  value,
  onChange,
  exclude,
  only,
}: {
  teamId: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  exclude: string[];
  only?: (profession: string) => boolean;
}) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(TeamStaffQuery, { variables: { teamId } });
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading label={t('casePage.actions.loadingStaff')} />;
  const candidates = data.teamStaff.filter(
    (s) => !exclude.includes(s.id) && (!only || only(s.profession)),
  );
  if (candidates.length === 0) return <Paragraph>{t('casePage.actions.noCandidates')}</Paragraph>;
  return (
    <Field>
      <Label>{label}</Label>
      <Select required value={value} onChange={(event) => onChange(event.target.value)}>
        <Select.Option value="">{t('casePage.actions.choose')}</Select.Option>
        {candidates.map((s) => (
          <Select.Option key={s.id} value={s.id}>
            {`${s.name} (${t(`profession.${s.profession}`)})`}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

/** The coordinator's actions on the case, each shown only when `viewerCan` lists it. */
export function CaseActions({
  kase,
  onDone,
}: {
  kase: CaseDetailsFragment;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const caseId = kase.id;
  const [holdReason, setHoldReason] = useState('');
  const [extendDays, setExtendDays] = useState('');
  const [extendReason, setExtendReason] = useState('');
  const [memberId, setMemberId] = useState('');
  const [memberRole, setMemberRole] = useState<CaseRole>('ASSESSOR');
  const [coordinatorId, setCoordinatorId] = useState('');
  const [cancelReason, setCancelReason] = useState('');
  const [putOnHold] = useMutation(PutCaseOnHoldMutation);
  const [resume] = useMutation(ResumeCaseMutation);
  const [extend] = useMutation(ExtendDeadlineMutation);
  const [assign] = useMutation(AssignCaseMemberMutation);
  const [changeCoordinator] = useMutation(ChangeCaseCoordinatorMutation);
  const [cancel] = useMutation(CancelCaseMutation);
  const done = () => onDone(t('casePage.actions.done'));
  const reasonLabel = { reason: t('casePage.actions.reason') };

  const actions = [
    can(kase, 'putCaseOnHold') && (
      <ActionDialog
        key="hold"
        trigger={t('casePage.actions.putOnHold')}
        title={t('casePage.actions.holdTitle')}
        intro={t('casePage.actions.holdIntro')}
        submit={t('casePage.actions.holdSubmit')}
        fieldLabels={reasonLabel}
        onSubmit={() => putOnHold({ variables: { caseId, reason: holdReason } })}
        onDone={() => {
          setHoldReason('');
          done();
        }}
      >
        <ReasonField value={holdReason} onChange={setHoldReason} />
      </ActionDialog>
    ),
    can(kase, 'resumeCase') && (
      <ActionDialog
        key="resume"
        trigger={t('casePage.actions.resume')}
        title={t('casePage.actions.resumeTitle')}
        intro={t('casePage.actions.resumeIntro')}
        submit={t('casePage.actions.resumeSubmit')}
        onSubmit={() => resume({ variables: { caseId } })}
        onDone={done}
      />
    ),
    can(kase, 'extendDeadline') && (
      <ActionDialog
        key="extend"
        trigger={t('casePage.actions.extend')}
        title={t('casePage.actions.extendTitle')}
        submit={t('casePage.actions.extendSubmit')}
        fieldLabels={{ ...reasonLabel, days: t('casePage.actions.days') }}
        onSubmit={() =>
          extend({ variables: { caseId, days: Number(extendDays), reason: extendReason } })
        }
        onDone={() => {
          setExtendDays('');
          setExtendReason('');
          done();
        }}
      >
        <Textfield
          label={t('casePage.actions.days')}
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          required
          value={extendDays}
          onChange={(event) => setExtendDays(event.target.value)}
        />
        <ReasonField value={extendReason} onChange={setExtendReason} />
      </ActionDialog>
    ),
    can(kase, 'assignCaseMember') && (
      <ActionDialog
        key="assign"
        trigger={t('casePage.actions.assign')}
        title={t('casePage.actions.assignTitle')}
        submit={t('casePage.actions.assignSubmit')}
        fieldLabels={{ staffId: t('casePage.actions.staff'), role: t('casePage.actions.role') }}
        onSubmit={() => assign({ variables: { caseId, staffId: memberId, role: memberRole } })}
        onDone={() => {
          setMemberId('');
          done();
        }}
      >
        <StaffSelect
          teamId={kase.teamId}
          label={t('casePage.actions.staff')}
          value={memberId}
          onChange={setMemberId}
          exclude={[kase.coordinator.id, ...kase.members.map((m) => m.staff.id)]}
        />
        <Field>
          <Label>{t('casePage.actions.role')}</Label>
          <Select
            value={memberRole}
            onChange={(event) => setMemberRole(event.target.value as CaseRole)}
          >
            {ROLES.map((role) => (
              <Select.Option key={role} value={role}>
                {t(`casePage.role.${role}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </ActionDialog>
    ),
    can(kase, 'changeCaseCoordinator') && (
      <ActionDialog
        key="coordinator"
        trigger={t('casePage.actions.changeCoordinator')}
        title={t('casePage.actions.coordinatorTitle')}
        submit={t('casePage.actions.coordinatorSubmit')}
        fieldLabels={{ coordinatorId: t('casePage.actions.newCoordinator') }}
        onSubmit={() => changeCoordinator({ variables: { caseId, coordinatorId } })}
        onDone={() => {
          setCoordinatorId('');
          done();
        }}
      >
        <StaffSelect
          teamId={kase.teamId}
          label={t('casePage.actions.newCoordinator')}
          value={coordinatorId}
          onChange={setCoordinatorId}
          exclude={[kase.coordinator.id]}
          // The schema's rule for the argument: a COORDINATOR of the team (the API decides).
          only={(profession) => profession === 'COORDINATOR'}
        />
      </ActionDialog>
    ),
    can(kase, 'cancelCase') && (
      <ActionDialog
        key="cancel"
        danger
        trigger={t('casePage.actions.cancel')}
        title={t('casePage.actions.cancelTitle')}
        intro={t('casePage.actions.cancelIntro')}
        submit={t('casePage.actions.cancelSubmit')}
        fieldLabels={reasonLabel}
        onSubmit={() => cancel({ variables: { caseId, reason: cancelReason } })}
        onDone={() => {
          setCancelReason('');
          done();
        }}
      >
        <ReasonField value={cancelReason} onChange={setCancelReason} />
      </ActionDialog>
    ),
  ].filter(Boolean);

  if (actions.length === 0) return null;
  return (
    <section aria-labelledby="case-actions-heading" className="case-section">
      <Heading level={2} data-size="xs" id="case-actions-heading">
        {t('casePage.actions.heading')}
      </Heading>
      <div className="case-actions">{actions}</div>
    </section>
  );
}

/** Removing one member, with a reason kept in the case history. */
export function RemoveMemberAction({
  caseId,
  staffId,
  name,
  onDone,
}: {
  caseId: string;
  staffId: string;
  name: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [remove] = useMutation(RemoveCaseMemberMutation);
  return (
    <ActionDialog
      danger
      trigger={t('casePage.actions.remove', { name })}
      title={t('casePage.actions.removeTitle', { name })}
      submit={t('casePage.actions.removeSubmit')}
      fieldLabels={{ reason: t('casePage.actions.reason') }}
      onSubmit={() => remove({ variables: { caseId, staffId, reason } })}
      onDone={() => {
        setReason('');
        onDone(t('casePage.actions.done'));
      }}
    >
      <ReasonField value={reason} onChange={setReason} />
    </ActionDialog>
  );
}
