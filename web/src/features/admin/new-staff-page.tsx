import { useMutation } from '@apollo/client/react';
import {
  Button,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import type { Profession } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/error-alert';
import { invalidFields, reasonOf } from './admin-error';
import './admin.css';
import { CreateStaffMemberMutation } from './operations';

const PROFESSIONS: Profession[] = [
  'NURSE',
  'PHYSIOTHERAPIST',
  'OCCUPATIONAL_THERAPIST',
  'SOCIAL_EDUCATOR',
  'CASEWORKER',
  'COORDINATOR',
  'LEADER',
  'HOME_CARE',
  'PRIVACY_OFFICER',
  'ADMIN',
];

type FieldName = 'name' | 'email' | 'profession' | 'subject';

/** A rough check only: the API decides (class-validator IsEmail). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `/admin/staff/new`: a new staff member; teams and units are added on their own page. */
export function NewStaffPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState({ name: '', email: '', profession: '', subject: '' });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [create, { loading, error, reset }] = useMutation(CreateStaffMemberMutation, {
    refetchQueries: ['AdminStaff'],
  });
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const set = (key: FieldName, value: string) => setValues((v) => ({ ...v, [key]: value }));

  const validate = () => {
    const found: Partial<Record<FieldName, string>> = {};
    if (!values.name.trim()) found.name = t('admin.form.required');
    if (!values.email.trim()) found.email = t('admin.form.required');
    else if (!EMAIL.test(values.email.trim())) found.email = t('admin.form.invalidEmail');
    if (!values.profession) found.profession = t('admin.form.professionRequired');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return setFocusRequest((n) => n + 1);
    try {
      const result = await create({
        variables: {
          input: {
            name: values.name.trim(),
            email: values.email.trim(),
            profession: values.profession as Profession,
            subject: values.subject.trim() || undefined,
          },
        },
      });
      const created = result.data?.createStaffMember;
      if (created)
        void navigate(`/admin/staff/${created.id}`, {
          state: { created: values.name.trim() },
        });
    } catch (caught) {
      const byField: Partial<Record<FieldName, string>> = {};
      if (reasonOf(caught) === 'STAFF_EMAIL_TAKEN') byField.email = t('admin.form.emailTaken');
      for (const field of invalidFields(caught))
        if (field in values)
          byField[field as FieldName] =
            field === 'email' ? t('admin.form.invalidEmail') : t('admin.form.invalid');
      setErrors(byField);
      setFocusRequest((n) => n + 1);
    }
  };

  const shownAtField = Object.keys(errors).length > 0;
  return (
    <div className="admin-page">
      <Link asChild>
        <RouterLink to="/admin">{t('admin.form.back')}</RouterLink>
      </Link>
      <Heading level={1} data-size="md">
        {t('admin.form.title')}
      </Heading>
      <Paragraph>{t('admin.form.intro')}</Paragraph>
      <form ref={formRef} className="admin-form" noValidate onSubmit={(e) => void submit(e)}>
        <Textfield
          label={t('admin.form.name')}
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          error={errors.name}
          autoComplete="off"
          required
        />
        <Textfield
          label={t('admin.form.email')}
          type="email"
          value={values.email}
          onChange={(e) => set('email', e.target.value)}
          error={errors.email}
          autoComplete="off"
          required
        />
        <Field>
          <Label>{t('admin.form.profession')}</Label>
          <Select
            value={values.profession}
            onChange={(e) => set('profession', e.target.value)}
            aria-invalid={errors.profession ? true : undefined}
            required
          >
            <Select.Option value="" disabled>
              {t('admin.form.chooseProfession')}
            </Select.Option>
            {PROFESSIONS.map((p) => (
              <Select.Option key={p} value={p}>
                {t(`profession.${p}`)}
              </Select.Option>
            ))}
          </Select>
          {errors.profession && <ValidationMessage>{errors.profession}</ValidationMessage>}
        </Field>
        <Textfield
          label={t('admin.form.subject')}
          description={t('admin.form.subjectHelp')}
          value={values.subject}
          onChange={(e) => set('subject', e.target.value)}
          error={errors.subject}
          autoComplete="off"
        />
        {error && !shownAtField && <ErrorAlert error={error} />}
        <Button type="submit" loading={loading}>
          {t('admin.form.submit')}
        </Button>
      </form>
    </div>
  );
}
