import 'reflect-metadata';
import { signLocalToken } from 'src/common/auth/tokens';
import { loadConfig } from 'src/config/app-config';

/** Prints a bearer token for a staff member: `npm run dev:token -- nurse.nord@demo.local`. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.NODE_ENV === 'production' || config.AUTH_MODE !== 'local') {
    process.stderr.write(
      'dev:token is for development only (NODE_ENV != production, AUTH_MODE=local)\n',
    );
    process.exit(1);
  }
  const email = process.argv[2];
  if (!email) {
    process.stderr.write('usage: npm run dev:token -- <email>   e.g. nurse.nord@demo.local\n');
    process.exit(2);
  }
  // Demo staff have their e-mail as token subject.
  process.stdout.write(
    `${await signLocalToken(email.trim().toLowerCase(), config.AUTH_LOCAL_SIGNING_KEY)}\n`,
  );
}

void main();
