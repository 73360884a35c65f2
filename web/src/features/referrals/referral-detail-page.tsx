import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Dialog,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { CaseRole, Operation, ReferralDetailQuery } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDate } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { fieldErrorsOf } from './field-errors';
import { formatMunicipalDateTime } from './municipal-time';
import {
  AcceptReferralMutation,
  DistrictCoordinationQuery,
  RedirectReferralMutation,
  ReferralDetailQuery as DetailQuery,
  RejectReferralMutation,
  TeamStaffQuery,
} from './operations';
import { CallbackTag, SingleEntryActions, SingleEntryFacts } from './single-entry';
import './referrals.css';

type Referral = ReferralDetailQuery['referral'];
type Action = 'accept' | 'reject' | 'redirect';
const ROLES: CaseRole[] = ['ASSESSOR', 'PRIMARY_CONTACT', 'CONSULTANT'];
const REFRESH = ['ReferralNavCounts', 'ReferralInbox'];

/** Accepting: the coordinator and the first members, from the receiving team's staff. */
function AcceptForm({ referral, onDone }: { referral: Referral; onDone: () => void }) {
  const { t } = useTranslation('referrals');
  const navigate = useNavigate();
  const staff = useQuery(TeamStaffQuery, { variables: { teamId: referral.team.id } });
  const settings = useQuery(DistrictCoordinationQuery);
  const [coordinatorId, setCoordinatorId] = useState('');
  const [coordinationLevel, setCoordinationLevel] = useState('1');
  const [members, setMembers] = useState<Record<string, CaseRole>>({});
  const [accept, { loading, error }] = useMutation(AcceptReferralMutation, {
    // The referral is ACCEPTED now, with its case: its page reads it anew.
    refetchQueries: [...REFRESH, 'ReferralDetail'],
  });
  if (staff.error) return <ErrorAlert error={staff.error} onRetry={() => void staff.refetch()} />;
  if (!staff.data) return <Loading label={t('triage.loadingStaff')} />;
  // Only a COORDINATOR may coordinate a case (the API refuses others with NOT_A_COORDINATOR).
  const coordinators = staff.data.teamStaff.filter((s) => s.profession === 'COORDINATOR');
  const chosenCoordinator = coordinatorId || coordinators[0]?.id || '';
  // Billund: a case opening where coordination levels are on takes a level (the API decides).
  const levels =
    settings.data?.municipalitySettings.districts.find(
      (d) => d.district.id === referral.team.districtId,
    )?.effective.coordinationLevels === true;
  const others = staff.data.teamStaff.filter(
    (s) => s.id !== chosenCoordinator && s.profession !== 'LEADER',
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await accept({
      variables: {
        referralId: referral.id,
        input: {
          coordinatorId: chosenCoordinator || undefined,
          members: Object.entries(members)
            .filter(([staffId]) => staffId !== chosenCoordinator)
            .map(([staffId, role]) => ({ staffId, role })),
          ...(levels ? { coordinationLevel: Number(coordinationLevel) } : {}),
        },
      },
    }).catch(() => null);
    if (result?.data) {
      onDone();
      void navigate(`/cases/${result.data.acceptReferral.id}`);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="triage-form">
      <Field>
        <Label>{t('triage.coordinator')}</Label>
        <Select value={chosenCoordinator} onChange={(e) => setCoordinatorId(e.target.value)}>
          {coordinators.map((s) => (
            <Select.Option key={s.id} value={s.id}>
              {s.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {levels && (
        <Field>
          <Label>{t('coordination.accept.label', { ns: 'translation' })}</Label>
          <Field.Description>
            {t('coordination.accept.description', { ns: 'translation' })}
          </Field.Description>
          <Select value={coordinationLevel} onChange={(e) => setCoordinationLevel(e.target.value)}>
            {['1', '2', '3'].map((level) => (
              <Select.Option key={level} value={level}>
                {t(`coordination.levelName.${level}`, { ns: 'translation' })}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <Fieldset>
        <Fieldset.Legend>{t('triage.members')}</Fieldset.Legend>
        {others.map((s) => (
          <div key={s.id} className="member-choice">
            <Checkbox
              label={`${s.name} (${t(`profession.${s.profession}`, { ns: 'translation' })})`}
              checked={s.id in members}
              onChange={(e) =>
                setMembers((m) => {
                  const next = { ...m };
                  if (e.target.checked) next[s.id] = 'ASSESSOR';
                  else delete next[s.id];
                  return next;
                })
              }
            />
            {s.id in members && (
              <Field data-size="sm">
                <Label>{t('triage.memberRole', { name: s.name })}</Label>
                <Select
                  value={members[s.id]}
                  onChange={(e) =>
                    setMembers((m) => ({ ...m, [s.id]: e.target.value as CaseRole }))
                  }
                >
                  {ROLES.map((r) => (
                    <Select.Option key={r} value={r}>
                      {t(`role.${r}`)}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            )}
          </div>
        ))}
      </Fieldset>
      {error && <ErrorAlert error={error} />}
      <div className="form-actions">
        <Button type="submit" loading={loading}>
          {t('triage.confirmAccept')}
        </Button>
        <Button variant="tertiary" onClick={onDone}>
          {t('triage.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Rejecting or sending on: a reason, and for sending on, to whom. */
function ReasonForm({
  referral,
  action,
  onDone,
}: {
  referral: Referral;
  action: 'reject' | 'redirect';
  onDone: () => void;
}) {
  const { t } = useTranslation('referrals');
  const [reason, setReason] = useState('');
  const [redirectedTo, setRedirectedTo] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [reject, rejected] = useMutation(RejectReferralMutation, { refetchQueries: REFRESH });
  const [redirect, redirected] = useMutation(RedirectReferralMutation, {
    refetchQueries: REFRESH,
  });
  const state = action === 'reject' ? rejected : redirected;
  const apiErrors = fieldErrorsOf(state.error, t);
  const errors = { ...apiErrors, ...missing };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!reason.trim()) found.reason = t('form.required');
    if (action === 'redirect' && !redirectedTo.trim()) found.redirectedTo = t('form.required');
    setMissing(found);
    if (Object.keys(found).length > 0) return;
    const done =
      action === 'reject'
        ? await reject({
            variables: { referralId: referral.id, input: { reason: reason.trim() } },
          }).catch(() => null)
        : await redirect({
            variables: {
              referralId: referral.id,
              input: { reason: reason.trim(), redirectedTo: redirectedTo.trim() },
            },
          }).catch(() => null);
    if (done?.data) onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="triage-form" noValidate>
      {action === 'redirect' && (
        <Textfield
          label={t('triage.redirectTo')}
          value={redirectedTo}
          onChange={(e) => setRedirectedTo(e.target.value)}
          error={errors.redirectedTo}
        />
      )}
      <Textfield
        multiline
        rows={3}
        label={t(action === 'reject' ? 'triage.rejectReason' : 'triage.redirectReason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.reason}
      />
      {state.error && Object.keys(apiErrors).length === 0 && <ErrorAlert error={state.error} />}
      <div className="form-actions">
        <Button
          type="submit"
          loading={state.loading}
          data-color={action === 'reject' ? 'danger' : undefined}
        >
          {t(action === 'reject' ? 'triage.confirmReject' : 'triage.confirmRedirect')}
        </Button>
        <Button variant="tertiary" onClick={onDone}>
          {t('triage.cancel')}
        </Button>
      </div>
    </form>
  );
}

const ACTIONS: { action: Action; operation: Operation }[] = [
  { action: 'accept', operation: 'acceptReferral' },
  { action: 'reject', operation: 'rejectReferral' },
  { action: 'redirect', operation: 'redirectReferral' },
];

/** Triage: each button only when the API lists its operation in `viewerCan`. */
function Triage({ referral }: { referral: Referral }) {
  const { t } = useTranslation('referrals');
  const [open, setOpen] = useState<Action | null>(null);
  const allowed = ACTIONS.filter((a) => referral.viewerCan.includes(a.operation));
  if (allowed.length === 0) return null;
  const close = () => setOpen(null);
  return (
    <section aria-labelledby="triage-heading" className="triage">
      <Heading level={2} data-size="xs" id="triage-heading">
        {t('triage.heading')}
      </Heading>
      <div className="form-actions">
        {allowed.map(({ action }) => (
          <Button
            key={action}
            variant={action === 'accept' ? 'primary' : 'secondary'}
            onClick={() => setOpen(action)}
          >
            {t(`triage.${action}`)}
          </Button>
        ))}
      </div>
      {open && (
        <Dialog
          open
          modal
          onClose={close}
          closeButton={t('triage.cancel')}
          aria-labelledby="triage-dialog-heading"
        >
          <Heading level={2} data-size="xs" id="triage-dialog-heading">
            {t(`triage.${open}`)}
          </Heading>
          {open === 'accept' ? (
            <AcceptForm referral={referral} onDone={close} />
          ) : (
            <ReasonForm referral={referral} action={open} onDone={close} />
          )}
        </Dialog>
      )}
    </section>
  );
}

function Facts({ referral }: { referral: Referral }) {
  const { t } = useTranslation('referrals');
  const rows: [string, string | null | undefined][] = [
    [t('detail.received'), formatMunicipalDateTime(referral.receivedAt)],
    [t('inbox.source'), `${t(`source.${referral.source}`)} · ${t(`channel.${referral.channel}`)}`],
    [
      t('detail.referrer'),
      [referral.referrerName, referral.referrerContact].filter(Boolean).join(', ') || null,
    ],
    [t('detail.team'), referral.team.name],
    [t('detail.description'), referral.description],
    [t('detail.helpRequested'), referral.helpRequested],
    [
      t('detail.requestedLevel'),
      referral.requestedLevel ? t(`level.${referral.requestedLevel}`) : null,
    ],
    [t('detail.triagedAt'), referral.triagedAt && formatMunicipalDateTime(referral.triagedAt)],
    [t('detail.rejectionReason'), referral.rejectionReason],
    [t('detail.redirectedTo'), referral.redirectedTo],
    [t('detail.redirectReason'), referral.redirectReason],
  ];
  return (
    <dl className="facts">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** One referral: what it says, its status and, for those who may, its triage. */
export function ReferralDetailPage() {
  const { t } = useTranslation('referrals');
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(DetailQuery, { variables: { id } });
  const referral = data?.referral;
  return (
    <>
      <Link to="/referrals">{t('detail.back')}</Link>
      {error && !data ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !referral ? (
        <Loading label={t('detail.loading')} />
      ) : (
        <>
          <Heading level={1} data-size="md">
            {referral.patient
              ? `${referral.patient.givenName} ${referral.patient.familyName}`
              : t('detail.title')}
          </Heading>
          {referral.patient ? (
            <Paragraph>
              {t('detail.born', { date: formatDate(referral.patient.birthDate) })}
            </Paragraph>
          ) : (
            <Paragraph>{t('inbox.personHidden')}</Paragraph>
          )}
          <div className="flags">
            <Tag data-size="sm">{t(`status.${referral.status}`)}</Tag>
            <Tag data-color={referral.urgency === 'URGENT' ? 'warning' : 'neutral'} data-size="sm">
              {t(`urgency.${referral.urgency}`)}
            </Tag>
            {referral.triageOverdue && (
              <Tag data-color="danger" data-size="sm">
                {t('inbox.triageOverdue')}
              </Tag>
            )}
            <CallbackTag callback={referral.callback} />
            {referral.triageDeadline && referral.status === 'RECEIVED' && (
              <span className="muted">
                {t('inbox.triageBy', { time: formatMunicipalDateTime(referral.triageDeadline) })}
              </span>
            )}
          </div>
          <Facts referral={referral} />
          <SingleEntryFacts referral={referral} />
          {referral.caseId && <Link to={`/cases/${referral.caseId}`}>{t('detail.openCase')}</Link>}
          <Triage referral={referral} />
          <SingleEntryActions referral={referral} />
        </>
      )}
    </>
  );
}
