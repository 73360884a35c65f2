/** Texts of sign-in with OIDC, the session's end and idle sign-out (namespace key `session`). */
export const en = {
  oidcIntro: 'Sign in with the municipality’s login. You will be sent there and back again.',
  oidcButton: 'Sign in with the municipality’s login',
  redirecting: 'Sending you to the login …',
  callbackWorking: 'Completing sign-in …',
  callbackFailed: 'Sign-in was not completed. Try again.',
  backToSignIn: 'Back to sign-in',
  configLoading: 'Loading …',
  idle_one: 'You were signed out after {{count}} minute without activity.',
  idle_other: 'You were signed out after {{count}} minutes without activity.',
  idleDraftsGone: 'Unsent drafts were deleted, because the device may be shared.',
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const nb: Shape<typeof en> = {
  oidcIntro: 'Logg inn med kommunens innlogging. Du sendes dit og tilbake igjen.',
  oidcButton: 'Logg inn med kommunens innlogging',
  redirecting: 'Sender deg til innloggingen …',
  callbackWorking: 'Fullfører innloggingen …',
  callbackFailed: 'Innloggingen ble ikke fullført. Prøv igjen.',
  backToSignIn: 'Tilbake til innlogging',
  configLoading: 'Laster …',
  idle_one: 'Du ble logget ut etter {{count}} minutt uten aktivitet.',
  idle_other: 'Du ble logget ut etter {{count}} minutter uten aktivitet.',
  idleDraftsGone: 'Utkast som ikke var sendt, ble slettet fordi enheten kan være delt.',
};

export const da: Shape<typeof en> = {
  oidcIntro: 'Log ind med kommunens login. Du sendes derhen og tilbage igen.',
  oidcButton: 'Log ind med kommunens login',
  redirecting: 'Sender dig til login …',
  callbackWorking: 'Fuldfører login …',
  callbackFailed: 'Login blev ikke fuldført. Prøv igen.',
  backToSignIn: 'Tilbage til login',
  configLoading: 'Indlæser …',
  idle_one: 'Du blev logget ud efter {{count}} minut uden aktivitet.',
  idle_other: 'Du blev logget ud efter {{count}} minutter uden aktivitet.',
  idleDraftsGone: 'Kladder, der ikke var sendt, blev slettet, fordi enheden kan være delt.',
};
