import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type {
  ReferralChannel,
  ReferralSource,
  RegisterReferralInput,
  SearchPersonsQuery as SearchData,
  ServiceLevel,
  Urgency,
} from '../../gql/graphql';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDate } from '../../ui/format';
import { fieldErrorsOf } from './field-errors';
import { municipalDateTime, municipalNow } from './municipal-time';
import { IntakeContextQuery, RegisterReferralMutation, SearchPersonsQuery } from './operations';
import './referrals.css';
import { STAIRCASE } from '../../ui/staircase';

const SOURCES: ReferralSource[] = [
  'GP',
  'HOSPITAL_DISCHARGE',
  'HOME_CARE',
  'RELATIVE',
  'SELF',
  'OTHER',
];
const CHANNELS: ReferralChannel[] = ['DIGITAL', 'PHONE', 'LETTER', 'MEETING'];
const LEVELS = STAIRCASE;

type Person = SearchData['searchPatients']['edges'][number]['node'];

const EMPTY_PERSON = {
  nationalId: '',
  birthYear: '',
  givenName: '',
  familyName: '',
  address: '',
  postalCode: '',
  city: '',
  phone: '',
  districtId: '',
};
type NewPerson = typeof EMPTY_PERSON;

/** Finding the person: search among those the caller may see, or register by number. */
function PersonStep({
  chosen,
  onChoose,
  byNumber,
  onByNumber,
}: {
  chosen: Person | null;
  onChoose: (person: Person | null) => void;
  byNumber: boolean;
  onByNumber: (on: boolean) => void;
}) {
  const { t } = useTranslation('referrals');
  const [query, setQuery] = useState('');
  const [search, { data, loading, error }] = useLazyQuery(SearchPersonsQuery);
  const run = () => {
    if (query.trim().length > 0) void search({ variables: { query: query.trim() } });
  };
  const enter = (event: KeyboardEvent<HTMLInputElement>) => {
    // The search sits inside the referral form: Enter searches, it does not submit.
    if (event.key === 'Enter') {
      event.preventDefault();
      run();
    }
  };
  if (chosen) {
    return (
      <div className="chosen-person">
        <Paragraph>
          {t('form.chosen', {
            name: `${chosen.givenName} ${chosen.familyName}`,
            date: formatDate(chosen.birthDate),
          })}
        </Paragraph>
        <Button variant="secondary" data-size="sm" onClick={() => onChoose(null)}>
          {t('form.changePerson')}
        </Button>
      </div>
    );
  }
  const hits = data?.searchPatients.edges.map((e) => e.node) ?? [];
  return (
    <>
      <div className="person-search">
        <Textfield
          label={t('form.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={enter}
          autoComplete="off"
        />
        <Button variant="secondary" onClick={run} loading={loading}>
          {t('form.searchButton')}
        </Button>
      </div>
      {error && <ErrorAlert error={error} />}
      {data && hits.length === 0 && <Paragraph>{t('form.noHits')}</Paragraph>}
      {hits.length > 0 && (
        <ul className="person-hits" aria-label={t('form.hits')}>
          {hits.map((person) => (
            <li key={person.id}>
              <span>
                {person.givenName} {person.familyName}
                <span className="muted">
                  {formatDate(person.birthDate)} · {person.address}
                </span>
              </span>
              <Button
                variant="secondary"
                data-size="sm"
                onClick={() => onChoose(person)}
                aria-label={t('form.choose', { name: `${person.givenName} ${person.familyName}` })}
              >
                {t('form.choose', { name: '' }).trim()}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {!byNumber && (
        <Button variant="tertiary" onClick={() => onByNumber(true)} className="align-start">
          {t('form.byNumber')}
        </Button>
      )}
    </>
  );
}

function NewPersonFields({
  person,
  onChange,
  errors,
  districts,
}: {
  person: NewPerson;
  onChange: (person: NewPerson) => void;
  errors: Record<string, string>;
  districts: { id: string; name: string }[];
}) {
  const { t } = useTranslation('referrals');
  const text = (
    key: keyof NewPerson,
    extra: { inputMode?: 'numeric'; autoComplete?: string; width?: 'short' } = {},
  ) => (
    <Textfield
      label={t(`form.${key === 'city' ? 'city' : key}`)}
      value={person[key]}
      onChange={(event) => onChange({ ...person, [key]: event.target.value })}
      error={errors[`person.${key}`]}
      inputMode={extra.inputMode}
      autoComplete={extra.autoComplete ?? 'off'}
      className={extra.width === 'short' ? 'short-field' : undefined}
    />
  );
  return (
    <Fieldset className="form-section">
      <Fieldset.Legend>{t('form.byNumber')}</Fieldset.Legend>
      <Fieldset.Description>{t('form.byNumberHelp')}</Fieldset.Description>
      {text('nationalId', { inputMode: 'numeric' })}
      {text('birthYear', { inputMode: 'numeric' })}
      <div className="field-row">
        {text('givenName')}
        {text('familyName')}
      </div>
      {text('address')}
      <div className="field-row">
        {text('postalCode', { inputMode: 'numeric', width: 'short' })}
        {text('city')}
      </div>
      {text('phone')}
      <Field>
        <Label>{t('form.district')}</Label>
        <Select
          value={person.districtId}
          onChange={(event) => onChange({ ...person, districtId: event.target.value })}
          aria-invalid={errors['person.districtId'] ? true : undefined}
        >
          {districts.map((d) => (
            <Select.Option key={d.id} value={d.id}>
              {d.name}
            </Select.Option>
          ))}
        </Select>
        {errors['person.districtId'] && (
          <ValidationMessage>{errors['person.districtId']}</ValidationMessage>
        )}
      </Field>
    </Fieldset>
  );
}

/** Registering a referral: find or register the person, then what the referral says. */
export function RegisterReferralPage() {
  const { t } = useTranslation('referrals');
  const navigate = useNavigate();
  const context = useQuery(IntakeContextQuery);
  const [chosen, setChosen] = useState<Person | null>(null);
  const [byNumber, setByNumber] = useState(false);
  const [person, setPerson] = useState<NewPerson>(EMPTY_PERSON);
  const now = useRef(municipalNow()).current;
  const [referral, setReferral] = useState({
    source: 'GP' as ReferralSource,
    channel: 'DIGITAL' as ReferralChannel,
    receivedDate: now.date,
    receivedTime: now.time,
    referrerName: '',
    referrerContact: '',
    description: '',
    helpRequested: '',
    urgency: 'NORMAL' as Urgency,
    requestedLevel: '' as ServiceLevel | '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [register, { loading, error: mutationError, reset }] = useMutation(
    RegisterReferralMutation,
    { refetchQueries: ['ReferralNavCounts', 'ReferralInbox'] },
  );
  const formRef = useRef<HTMLFormElement>(null);

  // The person's district: the caller's own team's district, until chosen otherwise.
  const homeDistrict = context.data?.me.teams[0]?.districtId ?? context.data?.districts[0]?.id;
  useEffect(() => {
    if (homeDistrict && !person.districtId) setPerson((p) => ({ ...p, districtId: homeDistrict }));
  }, [homeDistrict, person.districtId]);

  // After the refused fields have rendered as invalid, focus goes to the first of them (an
  // effect, not an animation frame: a tab in the background gets no frames).
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);
  const focusFirstError = () => setFocusRequest((n) => n + 1);

  const set = <K extends keyof typeof referral>(key: K, value: (typeof referral)[K]) =>
    setReferral((r) => ({ ...r, [key]: value }));

  const validate = (): Record<string, string> => {
    const found: Record<string, string> = {};
    const need = t('form.required');
    if (!chosen && !byNumber) found.person = t('form.choosePerson');
    if (!chosen && byNumber) {
      for (const key of ['nationalId', 'givenName', 'familyName', 'address'] as const)
        if (!person[key].trim()) found[`person.${key}`] = need;
    }
    if (!referral.receivedDate) found.receivedDate = need;
    if (!referral.receivedTime) found.receivedTime = need;
    if (!referral.description.trim()) found.description = need;
    if (!referral.helpRequested.trim()) found.helpRequested = need;
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError();
    const optional = (value: string) => value.trim() || undefined;
    const input: RegisterReferralInput = {
      source: referral.source,
      channel: referral.channel,
      receivedAt: municipalDateTime(referral.receivedDate, referral.receivedTime),
      description: referral.description.trim(),
      helpRequested: referral.helpRequested.trim(),
      urgency: referral.urgency,
      requestedLevel: referral.requestedLevel || undefined,
      referrerName: optional(referral.referrerName),
      referrerContact: optional(referral.referrerContact),
      ...(chosen
        ? { patientId: chosen.id }
        : {
            person: {
              nationalId: person.nationalId.trim(),
              birthYear: person.birthYear.trim() ? Number(person.birthYear) : undefined,
              givenName: person.givenName.trim(),
              familyName: person.familyName.trim(),
              address: person.address.trim(),
              postalCode: optional(person.postalCode),
              city: optional(person.city),
              phone: optional(person.phone),
              districtId: person.districtId,
            },
          }),
    };
    try {
      const result = await register({ variables: { input } });
      if (result.data) void navigate(`/referrals/${result.data.registerReferral.id}`);
    } catch (error) {
      const byField = fieldErrorsOf(error, t);
      // receivedAt is built from two inputs: its message goes to the date.
      if (byField.receivedAt) byField.receivedDate = byField.receivedAt;
      setErrors(byField);
      focusFirstError();
    }
  };

  // An input error named at its field is not repeated as a general alert.
  const shownAtField =
    CombinedGraphQLErrors.is(mutationError) &&
    mutationError.errors[0]?.extensions?.code === 'BAD_USER_INPUT' &&
    Object.keys(errors).length > 0;

  return (
    <>
      <Heading level={1} data-size="md">
        {t('form.title')}
      </Heading>
      <form ref={formRef} className="referral-form" onSubmit={(e) => void submit(e)} noValidate>
        <Fieldset className="form-section">
          <Fieldset.Legend>{t('form.personHeading')}</Fieldset.Legend>
          <PersonStep
            chosen={chosen}
            onChoose={(p) => {
              setChosen(p);
              if (p) setByNumber(false);
            }}
            byNumber={byNumber}
            onByNumber={setByNumber}
          />
          {errors.person && <ValidationMessage>{errors.person}</ValidationMessage>}
        </Fieldset>
        {!chosen && byNumber && (
          <NewPersonFields
            person={person}
            onChange={setPerson}
            errors={errors}
            districts={context.data?.districts ?? []}
          />
        )}
        <Fieldset className="form-section">
          <Fieldset.Legend>{t('form.referralHeading')}</Fieldset.Legend>
          <div className="field-row">
            <Field>
              <Label>{t('form.source')}</Label>
              <Select
                value={referral.source}
                onChange={(e) => set('source', e.target.value as ReferralSource)}
              >
                {SOURCES.map((s) => (
                  <Select.Option key={s} value={s}>
                    {t(`source.${s}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Field>
              <Label>{t('form.channel')}</Label>
              <Select
                value={referral.channel}
                onChange={(e) => set('channel', e.target.value as ReferralChannel)}
              >
                {CHANNELS.map((c) => (
                  <Select.Option key={c} value={c}>
                    {t(`channel.${c}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          </div>
          <div className="field-row">
            <Textfield
              type="date"
              label={t('form.receivedDate')}
              description={t('form.receivedHelp')}
              value={referral.receivedDate}
              max={now.date}
              onChange={(e) => set('receivedDate', e.target.value)}
              error={errors.receivedDate}
            />
            <Textfield
              type="time"
              label={t('form.receivedTime')}
              value={referral.receivedTime}
              onChange={(e) => set('receivedTime', e.target.value)}
              error={errors.receivedTime}
            />
          </div>
          <div className="field-row">
            <Textfield
              label={t('form.referrerName')}
              value={referral.referrerName}
              onChange={(e) => set('referrerName', e.target.value)}
              error={errors.referrerName}
            />
            <Textfield
              label={t('form.referrerContact')}
              value={referral.referrerContact}
              onChange={(e) => set('referrerContact', e.target.value)}
              error={errors.referrerContact}
            />
          </div>
          <Textfield
            multiline
            rows={4}
            label={t('form.description')}
            value={referral.description}
            onChange={(e) => set('description', e.target.value)}
            error={errors.description}
          />
          <Textfield
            multiline
            rows={2}
            label={t('form.helpRequested')}
            value={referral.helpRequested}
            onChange={(e) => set('helpRequested', e.target.value)}
            error={errors.helpRequested}
          />
          <Fieldset>
            <Fieldset.Legend>{t('form.urgency')}</Fieldset.Legend>
            {(['NORMAL', 'URGENT'] as Urgency[]).map((u) => (
              <Radio
                key={u}
                name="urgency"
                value={u}
                label={t(`urgency.${u}`)}
                checked={referral.urgency === u}
                onChange={() => set('urgency', u)}
              />
            ))}
          </Fieldset>
          <Field>
            <Label>{t('form.requestedLevel')}</Label>
            <Select
              value={referral.requestedLevel}
              onChange={(e) => set('requestedLevel', e.target.value as ServiceLevel | '')}
            >
              <Select.Option value="">{t('form.noLevel')}</Select.Option>
              {LEVELS.map((l) => (
                <Select.Option key={l} value={l}>
                  {t(`level.${l}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
        </Fieldset>
        {Object.keys(errors).length > 0 && (
          <Alert data-color="danger">
            <Paragraph>{t('form.fixErrors')}</Paragraph>
          </Alert>
        )}
        {mutationError && !shownAtField && <ErrorAlert error={mutationError} />}
        <div className="form-actions">
          <Button type="submit" loading={loading}>
            {t('form.submit')}
          </Button>
          <Button variant="tertiary" asChild>
            <Link to="/referrals">{t('form.cancel')}</Link>
          </Button>
        </div>
      </form>
    </>
  );
}
