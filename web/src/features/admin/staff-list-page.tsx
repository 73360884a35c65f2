import { useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { errorCode } from '../case/case-format';
import { describeAdminError } from './admin-error';
import './admin.css';
import { AdminStaffQuery } from './operations';

/** `/admin`: every staff member with profession, status, teams and units (ADMIN only). */
export function StaffListPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(AdminStaffQuery, { fetchPolicy: 'cache-and-network' });
  const staff = data?.staffMembers ?? [];
  const sorted = [...staff].sort(
    (a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name),
  );

  let body;
  if (errorCode(error) === 'FORBIDDEN')
    body = (
      <Alert data-color="warning">
        <Paragraph>{describeAdminError(error, t)}</Paragraph>
      </Alert>
    );
  else if (error && !data) body = <ErrorAlert error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <Loading label={t('admin.loading')} />;
  else
    body = (
      <Table zebra border className="admin-table">
        <caption className="visually-hidden">{t('admin.list.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('admin.list.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('admin.list.profession')}</Table.HeaderCell>
            <Table.HeaderCell>{t('admin.list.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('admin.list.memberships')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {sorted.map((member) => {
            const memberships = [...member.teams, ...member.serviceUnits].map((m) => m.name);
            return (
              <Table.Row key={member.id}>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/admin/staff/${member.id}`}>{member.name}</RouterLink>
                  </Link>
                  <span className="muted">{member.email}</span>
                </Table.Cell>
                <Table.Cell data-label={t('admin.list.profession')}>
                  {t(`profession.${member.profession}`)}
                </Table.Cell>
                <Table.Cell data-label={t('admin.list.status')}>
                  <Tag data-size="sm" data-color={member.active ? 'success' : 'neutral'}>
                    {member.active ? t('admin.list.active') : t('admin.list.deactivated')}
                  </Tag>
                </Table.Cell>
                <Table.Cell data-label={t('admin.list.memberships')}>
                  {memberships.length ? memberships.join(', ') : t('admin.list.none')}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    );

  return (
    <div className="admin-page">
      <Heading level={1} data-size="md">
        {t('admin.list.title')}
      </Heading>
      <Paragraph>{t('admin.list.intro')}</Paragraph>
      {data && (
        <div>
          <Button asChild variant="primary">
            <RouterLink to="/admin/staff/new">{t('admin.list.create')}</RouterLink>
          </Button>
        </div>
      )}
      {body}
    </div>
  );
}
