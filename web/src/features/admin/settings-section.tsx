import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminMunicipalitySettingsFragment } from '../../gql/graphql';
import { currentLanguage, LOCALES } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { errorCode } from '../case/case-format';
import { invalidFields, reasonOf } from './admin-error';
import { MunicipalitySettingsQuery, UpdateMunicipalitySettingsMutation } from './operations';

/** The form's values: the default, and each district's override ('' inherits). */
interface Form {
  clarificationDays: string;
  overrides: Record<string, string>;
}

const MIN_DAYS = 1;
const MAX_DAYS = 60;

function formOf(settings: AdminMunicipalitySettingsFragment): Form {
  return {
    clarificationDays: String(settings.defaults.clarificationDays),
    overrides: Object.fromEntries(
      settings.districts.map((d) => [
        d.district.id,
        d.overrides.clarificationDays === null ? '' : String(d.overrides.clarificationDays),
      ]),
    ),
  };
}

/** A whole number of days in range, or null. */
function daysOf(value: string): number | null {
  if (!/^\d+$/.test(value.trim())) return null;
  const days = Number(value.trim());
  return days >= MIN_DAYS && days <= MAX_DAYS ? days : null;
}

function formatInstant(iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[currentLanguage()], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/**
 * The municipality's settings on the administrator's page: the municipal default and each
 * district's override, saved against the version read (a stale one is refused, and the
 * values now in force are shown again).
 */
export function SettingsSection({ headingLevel = 2 }: { headingLevel?: 1 | 2 }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error, refetch } = useQuery(MunicipalitySettingsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [save, { loading }] = useMutation(UpdateMunicipalitySettingsMutation, {
    refetchQueries: ['MunicipalitySettings'],
    awaitRefetchQueries: true,
  });
  const settings = data?.municipalitySettings;
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ kind: 'success' | 'warning'; text: string } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  // The form starts from the settings read, and again after a save or a conflict.
  const [formVersion, setFormVersion] = useState<number | null>(null);
  if (settings && formVersion !== settings.version) {
    setFormVersion(settings.version);
    setForm(formOf(settings));
  }

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!settings || !form) return <Loading label={t('adminSettings.loading')} />;

  const validate = (): Record<string, string> => {
    const found: Record<string, string> = {};
    if (daysOf(form.clarificationDays) === null) found.clarificationDays = t('adminSettings.range');
    for (const [id, value] of Object.entries(form.overrides))
      if (value.trim() !== '' && daysOf(value) === null) found[id] = t('adminSettings.range');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    setFailure(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return setFocusRequest((n) => n + 1);
    try {
      const result = await save({
        variables: {
          expectedVersion: settings.version,
          input: {
            defaults: { clarificationDays: daysOf(form.clarificationDays) },
            districts: settings.districts.map((d) => {
              const value = (form.overrides[d.district.id] ?? '').trim();
              return { districtId: d.district.id, clarificationDays: value ? daysOf(value) : null };
            }),
          },
        },
      });
      const saved = result.data?.updateMunicipalitySettings;
      if (saved)
        setNotice({
          kind: 'success',
          text:
            saved.version === settings.version
              ? t('adminSettings.unchanged')
              : t('adminSettings.saved', { version: saved.version }),
        });
    } catch (caught) {
      const reason = reasonOf(caught);
      if (reason === 'STALE_VERSION' || reason === 'DISTRICT_NOT_FOUND') {
        setNotice({
          kind: 'warning',
          text:
            reason === 'STALE_VERSION'
              ? t('adminSettings.conflict')
              : t('adminSettings.unknownDistrict'),
        });
        await refetch();
        return;
      }
      if (errorCode(caught) === 'FORBIDDEN') {
        setNotice({ kind: 'warning', text: t('adminSettings.forbidden') });
        return;
      }
      const byField: Record<string, string> = {};
      for (const field of invalidFields(caught)) {
        if (field === 'defaults.clarificationDays')
          byField.clarificationDays = t('adminSettings.range');
        const district = /^districts\.(\d+)\./.exec(field);
        if (district)
          byField[settings.districts[Number(district[1])].district.id] = t('adminSettings.range');
      }
      setErrors(byField);
      if (Object.keys(byField).length > 0) setFocusRequest((n) => n + 1);
      else setFailure(caught);
    }
  };

  const defaultDays = daysOf(form.clarificationDays) ?? settings.defaults.clarificationDays;
  return (
    <section className="admin-settings" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size={headingLevel === 1 ? 'md' : 'sm'} id={headingId}>
        {t('adminSettings.title')}
      </Heading>
      <Paragraph>{t('adminSettings.intro')}</Paragraph>
      <Paragraph data-size="sm" className="muted">
        {settings.updatedBy
          ? t('adminSettings.lastChanged', {
              version: settings.version,
              when: formatInstant(settings.updatedAt),
              name: settings.updatedBy.name,
            })
          : t('adminSettings.firstStart', {
              version: settings.version,
              when: formatInstant(settings.updatedAt),
            })}
      </Paragraph>
      <form ref={formRef} className="admin-form" noValidate onSubmit={(e) => void submit(e)}>
        <dl className="admin-settings-language">
          <dt>{t('adminSettings.language')}</dt>
          <dd>
            {t(`adminSettings.languages.${settings.language}`)}
            <span className="muted">{t('adminSettings.languageHelp')}</span>
          </dd>
        </dl>
        <Textfield
          label={t('adminSettings.clarificationDays')}
          description={t('adminSettings.clarificationDaysHelp')}
          inputMode="numeric"
          value={form.clarificationDays}
          onChange={(e) => setForm({ ...form, clarificationDays: e.target.value })}
          error={errors.clarificationDays}
          autoComplete="off"
          required
        />
        <Table border className="admin-table admin-settings-table">
          <caption>{t('adminSettings.districtsCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('adminSettings.district')}</Table.HeaderCell>
              <Table.HeaderCell>{t('adminSettings.districtsCaption')}</Table.HeaderCell>
              <Table.HeaderCell>{t('adminSettings.effective')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {settings.districts.map(({ district }) => {
              const value = form.overrides[district.id] ?? '';
              const own = value.trim() !== '' ? daysOf(value) : null;
              return (
                <Table.Row key={district.id}>
                  <Table.Cell>{district.name}</Table.Cell>
                  <Table.Cell data-label={t('adminSettings.districtsCaption')}>
                    <Textfield
                      label={t('adminSettings.override', { district: district.name })}
                      description={t('adminSettings.overrideHelp', { days: defaultDays })}
                      inputMode="numeric"
                      value={value}
                      onChange={(e) =>
                        setForm({
                          ...form,
                          overrides: { ...form.overrides, [district.id]: e.target.value },
                        })
                      }
                      error={errors[district.id]}
                      autoComplete="off"
                    />
                  </Table.Cell>
                  <Table.Cell data-label={t('adminSettings.effective')}>
                    {t('adminSettings.days', { count: own ?? defaultDays })}{' '}
                    <Tag data-size="sm" data-color={own === null ? 'neutral' : 'info'}>
                      {own === null ? t('adminSettings.inherited') : t('adminSettings.overridden')}
                    </Tag>
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
        {notice && (
          <Alert data-color={notice.kind} role="status">
            <Paragraph>{notice.text}</Paragraph>
          </Alert>
        )}
        {failure !== null && <ErrorAlert error={failure} />}
        <div>
          <Button type="submit" loading={loading}>
            {t('adminSettings.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
