import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Tag,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useParams } from 'react-router-dom';
import type { AdminStaffMemberFragment, AdminStaffQuery } from '../../gql/graphql';
import { ViewerQuery } from '../../ui/app-shell';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { ActionDialog } from '../case/action-dialog';
import { errorCode, formatDateTime } from '../case/case-format';
import { describeAdminError } from './admin-error';
import './admin.css';
import {
  AddTeamMembershipMutation,
  AddUnitMembershipMutation,
  AdminStaffQuery as StaffQuery,
  DeactivateStaffMemberMutation,
  RemoveTeamMembershipMutation,
  RemoveUnitMembershipMutation,
} from './operations';

type Staff = AdminStaffMemberFragment;
type Group = { id: string; name: string; options: { id: string; name: string }[] };

/** A list of a staff member's teams (or units), each removable, and a choice to add one. */
function Memberships({
  staff,
  kind,
  groups,
  onMessage,
}: {
  staff: Staff;
  kind: 'team' | 'unit';
  groups: Group[];
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const current = kind === 'team' ? staff.teams : staff.serviceUnits;
  const [chosen, setChosen] = useState('');
  const [missing, setMissing] = useState(false);
  const [add, adding] = useMutation(
    kind === 'team' ? AddTeamMembershipMutation : AddUnitMembershipMutation,
  );
  const [remove, removing] = useMutation(
    kind === 'team' ? RemoveTeamMembershipMutation : RemoveUnitMembershipMutation,
  );
  const [error, setError] = useState<unknown>(null);
  // A removed membership's button is gone: focus goes on to the choice of a new one.
  const selectRef = useRef<HTMLSelectElement>(null);
  const input = (id: string) =>
    kind === 'team' ? { staffId: staff.id, teamId: id } : { staffId: staff.id, unitId: id };
  const nameOf = (id: string) =>
    groups.flatMap((g) => g.options).find((o) => o.id === id)?.name ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!chosen) return setMissing(true);
    setMissing(false);
    try {
      // Both mutations take the same input shape for their kind.
      await add({ variables: { input: input(chosen) as never } });
      onMessage(t('admin.staff.added', { name: nameOf(chosen) }));
      setChosen('');
    } catch (caught) {
      setError(caught);
    }
  };

  const drop = async (id: string, name: string) => {
    setError(null);
    try {
      await remove({ variables: { input: input(id) as never } });
      onMessage(t('admin.staff.removed', { name }));
      selectRef.current?.focus();
    } catch (caught) {
      setError(caught);
    }
  };

  const taken = new Set(current.map((c) => c.id));
  const selectId = `${headingId}-add`;
  return (
    <section aria-labelledby={headingId} className="admin-section">
      <Heading level={2} data-size="xs" id={headingId}>
        {kind === 'team' ? t('admin.staff.teams') : t('admin.staff.units')}
      </Heading>
      {current.length === 0 ? (
        <Paragraph>
          {kind === 'team' ? t('admin.staff.noTeams') : t('admin.staff.noUnits')}
        </Paragraph>
      ) : (
        <ul className="admin-memberships" aria-labelledby={headingId}>
          {current.map((m) => (
            <li key={m.id}>
              <span>{m.name}</span>
              {staff.active && (
                <Button
                  variant="tertiary"
                  data-size="sm"
                  data-color="danger"
                  aria-label={t('admin.staff.remove', { name: m.name })}
                  loading={removing.loading}
                  onClick={() => void drop(m.id, m.name)}
                >
                  {t('admin.staff.removeShort')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {staff.active && (
        <form className="admin-add" noValidate onSubmit={(e) => void submit(e)}>
          <Field>
            <Label htmlFor={selectId}>
              {kind === 'team' ? t('admin.staff.addTeam') : t('admin.staff.addUnit')}
            </Label>
            <Select
              ref={selectRef}
              id={selectId}
              value={chosen}
              onChange={(e) => setChosen(e.target.value)}
              aria-invalid={missing ? true : undefined}
            >
              <Select.Option value="" disabled>
                {kind === 'team' ? t('admin.staff.chooseTeam') : t('admin.staff.chooseUnit')}
              </Select.Option>
              {groups.map((group) => (
                <Select.Optgroup key={group.id} label={group.name}>
                  {group.options
                    .filter((o) => !taken.has(o.id))
                    .map((o) => (
                      <Select.Option key={o.id} value={o.id}>
                        {o.name}
                      </Select.Option>
                    ))}
                </Select.Optgroup>
              ))}
            </Select>
            {missing && <ValidationMessage>{t('admin.staff.chooseFirst')}</ValidationMessage>}
          </Field>
          <Button type="submit" variant="secondary" loading={adding.loading}>
            {t('admin.staff.add')}
          </Button>
        </form>
      )}
      {error !== null && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{describeAdminError(error, t)}</Paragraph>
        </Alert>
      )}
    </section>
  );
}

function StaffView({
  staff,
  districts,
  created,
}: {
  staff: Staff;
  districts: AdminStaffQuery['districts'];
  created?: string;
}) {
  const { t } = useTranslation();
  const viewer = useQuery(ViewerQuery);
  const [message, setMessage] = useState(
    created ? t('admin.staff.created', { name: created }) : '',
  );
  const [deactivate] = useMutation(DeactivateStaffMemberMutation);
  const teams = districts.map((d) => ({ id: d.id, name: d.name, options: d.teams }));
  const units = districts.map((d) => ({ id: d.id, name: d.name, options: d.serviceUnits }));
  const isSelf = viewer.data?.me.id === staff.id;
  // The dialog's button is gone once they are deactivated: focus goes back to the page.
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <div className="admin-page">
      <Link asChild>
        <RouterLink to="/admin">{t('admin.staff.back')}</RouterLink>
      </Link>
      <header>
        <Heading level={1} data-size="md" ref={headingRef} tabIndex={-1}>
          {staff.name}
        </Heading>
        <Paragraph>
          {t(`profession.${staff.profession}`)} · {staff.email}{' '}
          <Tag data-size="sm" data-color={staff.active ? 'success' : 'neutral'}>
            {staff.active
              ? t('admin.list.active')
              : staff.deactivatedAt
                ? t('admin.staff.deactivatedAt', { date: formatDateTime(staff.deactivatedAt) })
                : t('admin.list.deactivated')}
          </Tag>
        </Paragraph>
      </header>
      <div role="status" className={message ? undefined : 'visually-hidden'}>
        {message && (
          <Alert data-color="success">
            <Paragraph>{message}</Paragraph>
          </Alert>
        )}
      </div>
      <div className="admin-columns">
        {staff.profession !== 'HOME_CARE' && (
          <Memberships staff={staff} kind="team" groups={teams} onMessage={setMessage} />
        )}
        <Memberships staff={staff} kind="unit" groups={units} onMessage={setMessage} />
      </div>
      {staff.active && !isSelf && (
        <div>
          <ActionDialog
            trigger={t('admin.staff.deactivate')}
            title={t('admin.staff.deactivateTitle', { name: staff.name })}
            intro={t('admin.staff.deactivateIntro')}
            submit={t('admin.staff.deactivateConfirm')}
            danger
            onSubmit={() => deactivate({ variables: { staffId: staff.id } })}
            onDone={() => {
              setMessage(t('admin.staff.deactivatedNow', { name: staff.name }));
              headingRef.current?.focus();
            }}
          />
        </div>
      )}
    </div>
  );
}

/** `/admin/staff/:staffId`: one staff member's teams and units, and deactivation (ADMIN only). */
export function StaffPage() {
  const { t } = useTranslation();
  const { staffId = '' } = useParams();
  const location = useLocation();
  const created = (location.state as { created?: string } | null)?.created;
  // A staff member created a moment ago is not in a list cached before: ask the API too.
  const { data, error, refetch, loading } = useQuery(StaffQuery, {
    fetchPolicy: 'cache-and-network',
  });
  if (errorCode(error) === 'FORBIDDEN')
    return (
      <Alert data-color="warning">
        <Paragraph>{describeAdminError(error, t)}</Paragraph>
      </Alert>
    );
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading label={t('admin.loading')} />;
  const staff = data.staffMembers.find((s) => s.id === staffId);
  if (!staff && loading) return <Loading label={t('admin.loading')} />;
  if (!staff)
    return (
      <div className="admin-page">
        <Link asChild>
          <RouterLink to="/admin">{t('admin.staff.back')}</RouterLink>
        </Link>
        <Paragraph>{t('admin.staff.notFound')}</Paragraph>
      </div>
    );
  return <StaffView staff={staff} districts={data.districts} created={created} />;
}
