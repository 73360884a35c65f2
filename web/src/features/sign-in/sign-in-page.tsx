import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { devSignIn, type DevStaffMember, fetchDevStaff } from '../../auth/session';
import { useSession } from '../../auth/session-context';
import { ErrorAlert } from '../../ui/error-alert';
import { SignedOutNotice } from '../session/signed-out-notice';
import { LanguageSwitcher } from '../../ui/language-switcher';
import { Loading } from '../../ui/loading';

interface StaffGroup {
  name: string;
  members: DevStaffMember[];
}

/** Teams first, then units, then staff without either: a nurse finds her team at the top. */
function groupByTeam(staff: DevStaffMember[], teamless: string): StaffGroup[] {
  const groups = new Map<string, StaffGroup & { rank: number }>();
  for (const member of staff) {
    const [name, rank] = member.teams[0]
      ? [member.teams[0], 0]
      : member.units[0]
        ? [member.units[0], 1]
        : [teamless, 2];
    const group = groups.get(name) ?? { name, rank, members: [] };
    group.members.push(member);
    groups.set(name, group);
  }
  return [...groups.values()].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
}

/** AUTH_MODE=local: choose a demo staff member and get a token from the development endpoint. */
export function SignInPage() {
  const { t } = useTranslation();
  const { token, signIn, signedOutBecause, returnTo } = useSession();
  const [staff, setStaff] = useState<DevStaffMember[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = () => {
    setError(null);
    fetchDevStaff().then(setStaff, setError);
  };
  useEffect(load, []);

  if (token) return <Navigate to={returnTo} replace />;

  const choose = (email: string) => {
    setBusy(email);
    setError(null);
    devSignIn(email).then(signIn, (reason: unknown) => {
      setError(reason);
      setBusy(null);
    });
  };

  return (
    <main id="main" className="sign-in">
      <div className="sign-in__top">
        <span className="app-header__name">{t('app.name')}</span>
        <LanguageSwitcher />
      </div>
      <Heading level={1} data-size="lg">
        {t('signIn.title')}
      </Heading>
      <Paragraph>{t('signIn.intro')}</Paragraph>
      <SignedOutNotice because={signedOutBecause} />
      {error !== null && <ErrorAlert error={error} onRetry={staff ? undefined : load} />}
      {staff === null && error === null && <Loading label={t('signIn.loading')} />}
      {staff !== null && (
        <section aria-labelledby="staff-heading">
          <Heading level={2} data-size="sm" id="staff-heading">
            {t('signIn.staffHeading')}
          </Heading>
          {staff.length === 0 ? (
            <Paragraph>{t('signIn.empty')}</Paragraph>
          ) : (
            groupByTeam(staff, t('signIn.teamless')).map((group) => (
              <section key={group.name} className="staff-group" aria-label={group.name}>
                <Heading level={3} data-size="xs">
                  {group.name}
                </Heading>
                <ul className="staff-list">
                  {group.members.map((member) => (
                    <li key={member.email}>
                      <Card className="staff-card">
                        <Heading level={4} data-size="2xs">
                          {member.name}
                        </Heading>
                        <Paragraph data-size="sm">
                          {t(`profession.${member.profession}`, {
                            defaultValue: member.profession,
                          })}
                        </Paragraph>
                        <Button
                          data-size="sm"
                          variant="secondary"
                          loading={busy === member.email}
                          disabled={busy !== null}
                          aria-label={t('signIn.signInAs', { name: member.name })}
                          onClick={() => choose(member.email)}
                        >
                          {t('signIn.title')}
                        </Button>
                      </Card>
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
        </section>
      )}
    </main>
  );
}
