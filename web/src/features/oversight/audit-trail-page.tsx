import { useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Tag,
  Textfield,
  useMediaQuery,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import type { AuditAccess, PersonAuditTrailQuery } from '../../gql/graphql';
import { ViewerQuery } from '../../ui/app-shell';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDate } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { formatMunicipalDateTime } from '../referrals/municipal-time';
import { AuditTrailQuery, FindPersonQuery } from './operations';
import { lastYear, type Period, periodInstants } from './period';
import { PeriodForm } from './period-fields';
import './oversight.css';

const PAGE_SIZE = 20;
const KINDS: readonly AuditAccess[] = ['READ', 'WRITE', 'REFUSED'];

type Access = PersonAuditTrailQuery['auditTrail']['edges'][number]['node'];
interface Person {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
}
interface Filters {
  period: Period;
  staffId: string;
  kinds: AuditAccess[];
}

/** Finds the person by their whole national identity number (the privacy officer's way). */
function FindPerson({ onFound }: { onFound: (person: Person) => void }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { data, error, loading } = useQuery(FindPersonQuery, {
    variables: { query: searched ?? '' },
    skip: searched === null,
    fetchPolicy: 'network-only',
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const digits = number.replace(/[\s-]/g, '');
    if (!/^\d{10,11}$/.test(digits)) {
      setProblem(t('oversight.audit.find.invalid'));
      return;
    }
    setProblem(null);
    setSearched(digits);
  };
  const found = searched !== null ? data?.searchPatients.edges.map((e) => e.node) : undefined;
  return (
    <form className="oversight-filter" onSubmit={submit} noValidate>
      <Fieldset>
        <Fieldset.Legend>{t('oversight.audit.find.legend')}</Fieldset.Legend>
        <Fieldset.Description>{t('oversight.audit.find.help')}</Fieldset.Description>
        <div className="oversight-filter__row">
          <Textfield
            label={t('oversight.audit.find.nationalId')}
            value={number}
            inputMode="numeric"
            autoComplete="off"
            error={problem ?? undefined}
            onChange={(event) => setNumber(event.target.value)}
          />
          <div className="oversight-filter__button">
            <Button type="submit" loading={loading}>
              {t('oversight.audit.find.submit')}
            </Button>
          </div>
        </div>
      </Fieldset>
      {error && <ErrorAlert error={error} />}
      {found && found.length === 0 && (
        <Paragraph role="status">{t('oversight.audit.find.notFound')}</Paragraph>
      )}
      {found && found.length > 0 && (
        <ul className="found-people">
          {found.map((person) => (
            <li key={person.id}>
              <Button variant="secondary" type="button" onClick={() => onFound(person)}>
                {t('oversight.audit.find.found', {
                  name: `${person.givenName} ${person.familyName}`,
                  born: formatDate(person.birthDate),
                })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

function Who({ access }: { access: Access }) {
  const { t } = useTranslation();
  const profession = access.actor?.profession ?? access.actorProfession;
  return (
    <>
      {access.actor?.name ?? t('oversight.audit.unknownActor')}{' '}
      {profession && <span className="muted">{t(`profession.${profession}`)}</span>}
    </>
  );
}

function Kind({ access }: { access: Access }) {
  const { t } = useTranslation();
  return (
    <span className="access-kind">
      {t(`oversight.audit.kind.${access.access}`)}{' '}
      {access.emergency && (
        <Tag data-color="danger" data-size="sm" className="emergency-tag">
          {t('oversight.audit.emergency')}
        </Tag>
      )}
    </span>
  );
}

function Cases({ access }: { access: Access }) {
  const { t } = useTranslation();
  if (access.caseIds.length === 0)
    return <span className="muted">{t('oversight.audit.noCase')}</span>;
  return (
    <>
      {access.caseIds.map((id) => (
        <code key={id} title={id} className="case-ref">
          {id.slice(0, 8)}
        </code>
      ))}
    </>
  );
}

function AccessTable({ rows, caption }: { rows: Access[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table border data-size="sm" className="access-table">
      <caption className="visually-hidden">{caption}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('oversight.audit.when')}</Table.HeaderCell>
          <Table.HeaderCell>{t('oversight.audit.who')}</Table.HeaderCell>
          <Table.HeaderCell>{t('oversight.audit.what')}</Table.HeaderCell>
          <Table.HeaderCell>{t('oversight.audit.operation')}</Table.HeaderCell>
          <Table.HeaderCell>{t('oversight.audit.case')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((access) => (
          <Table.Row
            key={access.id}
            className={access.emergency ? 'access-row access-row--emergency' : 'access-row'}
          >
            <Table.Cell>{formatMunicipalDateTime(access.occurredAt)}</Table.Cell>
            <Table.Cell>
              <Who access={access} />
            </Table.Cell>
            <Table.Cell>
              <Kind access={access} />
            </Table.Cell>
            <Table.Cell>
              <code>{access.action}</code>
            </Table.Cell>
            <Table.Cell>
              <Cases access={access} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

/** On a narrow screen: each access as a short card, the same facts as the table's columns. */
function AccessList({ rows, caption }: { rows: Access[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <ul className="access-list" aria-label={caption}>
      {rows.map((access) => (
        <li
          key={access.id}
          className={access.emergency ? 'access-row access-row--emergency' : 'access-row'}
        >
          <dl>
            <dt>{t('oversight.audit.when')}</dt>
            <dd>{formatMunicipalDateTime(access.occurredAt)}</dd>
            <dt>{t('oversight.audit.who')}</dt>
            <dd>
              <Who access={access} />
            </dd>
            <dt>{t('oversight.audit.what')}</dt>
            <dd>
              <Kind access={access} />
            </dd>
            <dt>{t('oversight.audit.operation')}</dt>
            <dd>
              <code>{access.action}</code>
            </dd>
            <dt>{t('oversight.audit.case')}</dt>
            <dd>
              <Cases access={access} />
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

function PersonTrail({ person }: { person: Person }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)');
  const [filters, setFilters] = useState<Filters>({ period: lastYear(), staffId: '', kinds: [] });
  const [staffDraft, setStaffDraft] = useState('');
  const [kindsDraft, setKindsDraft] = useState<AuditAccess[]>([]);
  const [cursors, setCursors] = useState<string[]>([]);
  const { data, previousData, error, loading, refetch } = useQuery(AuditTrailQuery, {
    variables: {
      patientId: person.id,
      ...periodInstants(filters.period),
      staffId: filters.staffId || null,
      kinds: filters.kinds.length ? filters.kinds : null,
      first: PAGE_SIZE,
      after: cursors.at(-1) ?? null,
    },
    fetchPolicy: 'network-only',
  });
  const trail = (data ?? previousData)?.auditTrail;
  const name = `${person.givenName} ${person.familyName}`;
  const caption = t('oversight.audit.caption', { name });
  const rows = data?.auditTrail.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PeriodForm
        value={filters.period}
        submitLabel={t('oversight.audit.filter.apply')}
        onApply={(period) => {
          setCursors([]);
          setFilters({ period, staffId: staffDraft, kinds: kindsDraft });
        }}
      >
        <Fieldset>
          <Fieldset.Legend>{t('oversight.audit.filter.legend')}</Fieldset.Legend>
          <div className="oversight-filter__row">
            <Field>
              <Label>{t('oversight.audit.filter.staff')}</Label>
              <Select value={staffDraft} onChange={(event) => setStaffDraft(event.target.value)}>
                <Select.Option value="">{t('oversight.audit.filter.anyone')}</Select.Option>
                {trail?.actors.map((actor) => (
                  <Select.Option key={actor.id} value={actor.id}>
                    {`${actor.name} (${t(`profession.${actor.profession}`)})`}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Fieldset className="kind-choice">
              <Fieldset.Legend>{t('oversight.audit.filter.kinds')}</Fieldset.Legend>
              <Fieldset.Description>{t('oversight.audit.filter.kindsHelp')}</Fieldset.Description>
              {KINDS.map((kind) => (
                <Checkbox
                  key={kind}
                  label={t(`oversight.audit.kind.${kind}`)}
                  value={kind}
                  checked={kindsDraft.includes(kind)}
                  onChange={(event) =>
                    setKindsDraft((current) =>
                      event.target.checked
                        ? KINDS.filter((k) => k === kind || current.includes(k))
                        : current.filter((k) => k !== kind),
                    )
                  }
                />
              ))}
            </Fieldset>
          </div>
        </Fieldset>
      </PeriodForm>
      <section aria-labelledby="access-heading" aria-busy={loading} className="access-results">
        <Heading level={2} data-size="xs" id="access-heading">
          {caption}
        </Heading>
        {error && !data ? (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        ) : !data || loading ? (
          <Loading label={t('oversight.audit.loading')} />
        ) : (
          <>
            <Paragraph role="status" data-size="sm">
              {t('oversight.audit.count', { count: data.auditTrail.totalCount })}
              {cursors.length > 0 || data.auditTrail.pageInfo.hasNextPage
                ? ` · ${t('oversight.audit.page', { page: cursors.length + 1 })}`
                : ''}
            </Paragraph>
            {rows.some((row) => row.emergency) && (
              <Paragraph data-size="sm">{t('oversight.audit.emergencyNote')}</Paragraph>
            )}
            {rows.length === 0 ? (
              <Paragraph>{t('oversight.audit.empty')}</Paragraph>
            ) : wide ? (
              <AccessTable rows={rows} caption={caption} />
            ) : (
              <AccessList rows={rows} caption={caption} />
            )}
            <div className="pager">
              {cursors.length > 0 && (
                <Button variant="secondary" onClick={() => setCursors((c) => c.slice(0, -1))}>
                  {t('oversight.audit.previous')}
                </Button>
              )}
              {data.auditTrail.pageInfo.hasNextPage && data.auditTrail.pageInfo.endCursor && (
                <Button
                  variant="secondary"
                  onClick={() => setCursors((c) => [...c, data.auditTrail.pageInfo.endCursor!])}
                >
                  {t('oversight.audit.next')}
                </Button>
              )}
            </div>
          </>
        )}
      </section>
    </>
  );
}

/** `/access-log`: who has read, changed or tried to reach a person's data (privacy officer). */
export function AuditTrailPage() {
  // Following the navigation's link again starts afresh with another person.
  return <AccessLog key={useLocation().key} />;
}

function AccessLog() {
  const { t } = useTranslation();
  const { data } = useQuery(ViewerQuery);
  const [person, setPerson] = useState<Person | null>(null);
  const chosenRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The chosen person replaces the button that chose them: focus moves to them.
    if (person) chosenRef.current?.focus();
  }, [person]);
  const title = (
    <Heading level={1} data-size="md">
      {t('oversight.audit.title')}
    </Heading>
  );
  if (!data) return title;
  if (data.me.profession !== 'PRIVACY_OFFICER')
    return (
      <>
        {title}
        <Paragraph>{t('oversight.audit.forbidden')}</Paragraph>
      </>
    );
  return (
    <>
      {title}
      <Paragraph>{t('oversight.audit.intro')}</Paragraph>
      {person ? (
        <div className="chosen-person">
          <Paragraph tabIndex={-1} ref={chosenRef}>
            <strong>
              {t('oversight.audit.find.found', {
                name: `${person.givenName} ${person.familyName}`,
                born: formatDate(person.birthDate),
              })}
            </strong>
          </Paragraph>
          <Button variant="tertiary" data-size="sm" onClick={() => setPerson(null)}>
            {t('oversight.audit.find.other')}
          </Button>
        </div>
      ) : (
        <FindPerson onFound={setPerson} />
      )}
      {person && <PersonTrail key={person.id} person={person} />}
    </>
  );
}
