import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Field,
  Heading,
  Paragraph,
  Select,
  Switch,
  Table,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type CSSProperties, type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type {
  AdminMunicipalitySettingsFragment,
  DistrictOverridesInput,
  MunicipalDefaultsInput,
} from '../../gql/graphql';
import { currentLanguage, LOCALES } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { errorCode } from '../case/case-format';
import { invalidFields, reasonOf } from './admin-error';
import { MunicipalitySettingsQuery, UpdateMunicipalitySettingsMutation } from './operations';
import {
  bandOrderBroken,
  MODELS,
  type Model,
  SETTING_FIELDS,
  SETTING_KEYS,
  type SettingKey,
  type SettingValues,
  unitOf,
} from './setting-fields';

type Settings = AdminMunicipalitySettingsFragment;
type Value = SettingValues[SettingKey];

/**
 * The form as typed: a text per key (a switch 'true'/'false', the frame kind its name), for
 * the municipal defaults and for each district ('' inherits the default).
 */
type Texts = Record<SettingKey, string>;
interface Form {
  defaults: Texts;
  districts: Record<string, Texts>;
}

/** A field's place in the form and in the error map: `defaults.<key>` or `<districtId>.<key>`. */
const fieldId = (scope: string, key: SettingKey) => `${scope}.${key}`;

function locale(): string {
  return LOCALES[currentLanguage()];
}

function decimalSeparator(): string {
  return (
    new Intl.NumberFormat(locale()).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ??
    '.'
  );
}

/** A value as the form shows it (a figure without grouping, with the language's decimal mark). */
function textOf(value: Value | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', decimalSeparator());
  return String(value);
}

function textsOf(values: { [K in SettingKey]?: Value | null }): Texts {
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, textOf(values[key])])) as Texts;
}

function formOf(settings: Settings): Form {
  return {
    defaults: textsOf(settings.defaults),
    districts: Object.fromEntries(
      settings.districts.map((d) => [d.district.id, textsOf(d.overrides)]),
    ),
  };
}

/** A typed text as a value: null when empty (inherit), undefined when it is not a valid one. */
function parse(key: SettingKey, text: string): Value | null | undefined {
  const field = SETTING_FIELDS[key];
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (field.kind === 'switch')
    return trimmed === 'true' ? true : trimmed === 'false' ? false : undefined;
  if (field.kind === 'choice')
    return (field.choices as readonly string[]).includes(trimmed)
      ? (trimmed as SettingValues['delegatedFrameKind'])
      : undefined;
  const plain = trimmed.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const pattern = field.kind === 'integer' ? /^\d+$/ : /^\d+(\.\d+)?$/;
  if (!pattern.test(plain)) return undefined;
  const number = Number(plain);
  return number >= field.min && number <= field.max ? number : undefined;
}

/** The values the form's texts stand for, falling back where a text is empty or invalid. */
function valuesOf(texts: Texts, fallback: SettingValues): SettingValues {
  return Object.fromEntries(
    SETTING_KEYS.map((key) => [key, parse(key, texts[key]) ?? fallback[key]]),
  ) as SettingValues;
}

function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(value);
}

/** A value as a reader sees it: "On", "14 days", "5 hours a week". */
function describe(t: TFunction, key: SettingKey, value: Value, values: SettingValues): string {
  const field = SETTING_FIELDS[key];
  if (field.kind === 'switch') return value ? t('adminSettings.on') : t('adminSettings.off');
  if (field.kind === 'choice') return t(`adminSettings.choices.${String(value)}`);
  const unit = unitOf(field, values);
  return t(`adminSettings.units.${unit}`, {
    count: value as number,
    value: formatNumber(value as number),
  });
}

function formatInstant(iso: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** The message of a text that is not a valid value of its key. */
function rangeMessage(t: TFunction, key: SettingKey): string {
  const field = SETTING_FIELDS[key];
  if (field.kind !== 'integer' && field.kind !== 'number') return t('adminSettings.refused');
  return t(field.kind === 'integer' ? 'adminSettings.wholeNumber' : 'adminSettings.number', {
    min: formatNumber(field.min),
    max: formatNumber(field.max),
  });
}

/** The message of a band limit out of order, naming the limit it must pass. */
function orderMessage(
  t: TFunction,
  key: 'tariffBand2Below' | 'tariffBand3UpTo',
  values: SettingValues,
): string {
  return key === 'tariffBand2Below'
    ? t('adminSettings.band2Order', {
        limit: describe(t, 'tariffBand1Below', values.tariffBand1Below, values),
      })
    : t('adminSettings.band3Order', {
        limit: describe(t, 'tariffBand2Below', values.tariffBand2Below, values),
      });
}

const BAND_KEYS: SettingKey[] = ['tariffBand1Below', 'tariffBand2Below', 'tariffBand3UpTo'];

/**
 * The municipality's settings on the administrator's page: every key, by the municipality
 * whose model it comes from, with the municipal default and each district's override, saved
 * against the version read (a stale one is refused, and the values now in force are shown).
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
    setErrors({});
  }

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!settings || !form) return <Loading label={t('adminSettings.loading')} />;

  const defaults = valuesOf(form.defaults, settings.defaults);
  const effectiveOf = (districtId: string) =>
    valuesOf(
      Object.fromEntries(
        SETTING_KEYS.map((key) => [key, form.districts[districtId]?.[key] || form.defaults[key]]),
      ) as Texts,
      defaults,
    );

  const setText = (scope: string, key: SettingKey, text: string) =>
    setForm((current) =>
      current === null
        ? current
        : scope === 'defaults'
          ? { ...current, defaults: { ...current.defaults, [key]: text } }
          : {
              ...current,
              districts: {
                ...current.districts,
                [scope]: { ...current.districts[scope], [key]: text },
              },
            },
    );

  /** The mistakes in the form, by field; the band order as the API checks it. */
  const validate = (): Record<string, string> => {
    const found: Record<string, string> = {};
    for (const key of SETTING_KEYS) {
      const value = parse(key, form.defaults[key]);
      if (value === null || value === undefined)
        found[fieldId('defaults', key)] = rangeMessage(t, key);
    }
    for (const { district } of settings.districts)
      for (const key of SETTING_KEYS)
        if (parse(key, form.districts[district.id]?.[key] ?? '') === undefined)
          found[fieldId(district.id, key)] = rangeMessage(t, key);
    const bandsValid = (scope: string) =>
      BAND_KEYS.every((key) => !found[fieldId(scope, key)] && !found[fieldId('defaults', key)]);
    if (bandsValid('defaults'))
      for (const key of bandOrderBroken(defaults))
        found[fieldId('defaults', key)] = orderMessage(t, key, defaults);
    for (const { district } of settings.districts) {
      const own = form.districts[district.id];
      if (!BAND_KEYS.some((key) => own?.[key]?.trim()) || !bandsValid(district.id)) continue;
      const values = effectiveOf(district.id);
      for (const key of bandOrderBroken(values))
        found[fieldId(district.id, key)] = orderMessage(t, key, values);
    }
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    setFailure(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return setFocusRequest((n) => n + 1);
    const input = {
      defaults: Object.fromEntries(
        SETTING_KEYS.map((key) => [key, parse(key, form.defaults[key])]),
      ) as MunicipalDefaultsInput,
      districts: settings.districts.map(
        ({ district }) =>
          ({
            districtId: district.id,
            ...Object.fromEntries(
              SETTING_KEYS.map((key) => [
                key,
                parse(key, form.districts[district.id]?.[key] ?? ''),
              ]),
            ),
          }) as DistrictOverridesInput,
      ),
    };
    try {
      const result = await save({ variables: { expectedVersion: settings.version, input } });
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
      // The API's field paths: `defaults.<key>`, `districts.<index>.<key>`.
      const byField: Record<string, string> = {};
      for (const path of invalidFields(caught)) {
        const match = /^(?:defaults|districts\.(\d+))\.(\w+)$/.exec(path);
        const key = match?.[2] as SettingKey | undefined;
        if (!match || !key || !(key in SETTING_FIELDS)) continue;
        const district = match[1] === undefined ? undefined : settings.districts[Number(match[1])];
        if (match[1] !== undefined && !district) continue;
        const scope = district ? district.district.id : 'defaults';
        const values = district ? effectiveOf(district.district.id) : defaults;
        byField[fieldId(scope, key)] =
          reason === 'INCONSISTENT_SETTINGS' &&
          (key === 'tariffBand2Below' || key === 'tariffBand3UpTo')
            ? orderMessage(t, key, values)
            : rangeMessage(t, key);
      }
      setErrors(byField);
      if (Object.keys(byField).length > 0) setFocusRequest((n) => n + 1);
      else setFailure(caught);
    }
  };

  const errorCount = Object.keys(errors).length;
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
      <form
        ref={formRef}
        className="admin-settings-form"
        noValidate
        onSubmit={(e) => void submit(e)}
      >
        <dl className="admin-settings-language">
          <dt>{t('adminSettings.language')}</dt>
          <dd>
            {t(`adminSettings.languages.${settings.language}`)}
            <span className="muted">{t('adminSettings.languageHelp')}</span>
          </dd>
        </dl>
        {MODELS.map((model) => (
          <ModelSettings
            key={model}
            model={model}
            headingLevel={headingLevel === 1 ? 2 : 3}
            settings={settings}
            form={form}
            defaults={defaults}
            effectiveOf={effectiveOf}
            errors={errors}
            setText={setText}
          />
        ))}
        {errorCount > 0 && (
          <Alert data-color="danger">
            <Paragraph>{t('adminSettings.invalidSummary', { count: errorCount })}</Paragraph>
          </Alert>
        )}
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

interface ModelProps {
  model: Model;
  headingLevel: 2 | 3;
  settings: Settings;
  form: Form;
  defaults: SettingValues;
  effectiveOf: (districtId: string) => SettingValues;
  errors: Record<string, string>;
  setText: (scope: string, key: SettingKey, text: string) => void;
}

/** One model's keys: a row per key, the municipal default and a column per district. */
function ModelSettings({
  model,
  headingLevel,
  settings,
  form,
  defaults,
  effectiveOf,
  errors,
  setText,
}: ModelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const keys = SETTING_KEYS.filter((key) => SETTING_FIELDS[key].model === model);
  return (
    <section className="admin-settings-model" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {t(`adminSettings.models.${model}.title`)}
      </Heading>
      <Paragraph data-size="sm">{t(`adminSettings.models.${model}.intro`)}</Paragraph>
      <div className="admin-settings-scroll">
        <Table
          border
          className="admin-table admin-settings-table"
          style={{ '--settings-columns': settings.districts.length + 1 } as CSSProperties}
        >
          <caption className="visually-hidden">{t(`adminSettings.models.${model}.title`)}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('adminSettings.setting')}</Table.HeaderCell>
              <Table.HeaderCell>{t('adminSettings.municipal')}</Table.HeaderCell>
              {settings.districts.map(({ district }) => (
                <Table.HeaderCell key={district.id}>{district.name}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {keys.map((key) => {
              const field = SETTING_FIELDS[key];
              const label = t(`adminSettings.keys.${key}.label`);
              return (
                <Table.Row key={key} data-key={key}>
                  <Table.HeaderCell scope="row">
                    <span className="admin-settings-key">{label}</span>
                    <span className="muted">
                      {t(`adminSettings.keys.${key}.help`)}
                      {field.kind === 'integer' || field.kind === 'number'
                        ? ` ${t('adminSettings.range', { min: formatNumber(field.min), max: formatNumber(field.max) })}.`
                        : ''}
                    </span>
                  </Table.HeaderCell>
                  <Table.Cell data-label={t('adminSettings.municipal')}>
                    <SettingControl
                      settingKey={key}
                      label={t('adminSettings.defaultLabel', { setting: label })}
                      text={form.defaults[key]}
                      values={defaults}
                      error={errors[fieldId('defaults', key)]}
                      onChange={(text) => setText('defaults', key, text)}
                    />
                  </Table.Cell>
                  {settings.districts.map(({ district }) => {
                    const text = form.districts[district.id]?.[key] ?? '';
                    const values = effectiveOf(district.id);
                    const own = text.trim() !== '';
                    return (
                      <Table.Cell key={district.id} data-label={district.name}>
                        <SettingControl
                          settingKey={key}
                          label={t('adminSettings.override', {
                            setting: label,
                            district: district.name,
                          })}
                          text={text}
                          values={values}
                          inherits={describe(t, key, defaults[key], defaults)}
                          error={errors[fieldId(district.id, key)]}
                          onChange={(next) => setText(district.id, key, next)}
                        />
                        <span className="admin-settings-effective">
                          {t('adminSettings.effective', {
                            value: describe(t, key, values[key], values),
                          })}{' '}
                          <Tag data-size="sm" data-color={own ? 'info' : 'neutral'}>
                            {own ? t('adminSettings.overridden') : t('adminSettings.inherited')}
                          </Tag>
                        </span>
                      </Table.Cell>
                    );
                  })}
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}

interface ControlProps {
  settingKey: SettingKey;
  label: string;
  text: string;
  /** The values in force where the control is (the unit of the frame follows its kind). */
  values: SettingValues;
  /** A district's control: the municipal default it inherits, described; absent for a default. */
  inherits?: string;
  error?: string;
  onChange: (text: string) => void;
}

/**
 * One key's control: a switch for the municipal default of a switch; for a district's, a
 * choice of inheriting, on or off; a choice for the frame kind; a text field with its unit
 * for a figure (empty in a district: inherit).
 */
function SettingControl({
  settingKey,
  label,
  text,
  values,
  inherits,
  error,
  onChange,
}: ControlProps) {
  const { t } = useTranslation();
  const field = SETTING_FIELDS[settingKey];
  const district = inherits !== undefined;
  if (field.kind === 'switch' && !district)
    return (
      <Switch
        aria-label={label}
        checked={text === 'true'}
        onChange={(e) => onChange(e.target.checked ? 'true' : 'false')}
      />
    );
  if (field.kind === 'switch' || field.kind === 'choice') {
    const options =
      field.kind === 'switch'
        ? [
            { value: 'true', text: t('adminSettings.on') },
            { value: 'false', text: t('adminSettings.off') },
          ]
        : field.choices.map((choice) => ({
            value: choice,
            text: t(`adminSettings.choices.${choice}`),
          }));
    return (
      <Field>
        <Select
          aria-label={label}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
        >
          {district && (
            <Select.Option value="">
              {t('adminSettings.inherit', { value: inherits })}
            </Select.Option>
          )}
          {options.map((option) => (
            <Select.Option key={option.value} value={option.value}>
              {option.text}
            </Select.Option>
          ))}
        </Select>
        {error && <ValidationMessage>{error}</ValidationMessage>}
      </Field>
    );
  }
  return (
    <div className="admin-settings-figure">
      <Textfield
        aria-label={label}
        inputMode={field.kind === 'integer' ? 'numeric' : 'decimal'}
        suffix={t(`adminSettings.suffix.${unitOf(field, values)}`)}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        autoComplete="off"
        required={!district}
      />
      {district && text.trim() !== '' && (
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          aria-label={`${t('adminSettings.useDefault')}: ${label}`}
          onClick={() => onChange('')}
        >
          {t('adminSettings.useDefault')}
        </Button>
      )}
    </div>
  );
}
