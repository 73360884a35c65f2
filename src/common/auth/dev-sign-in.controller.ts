import { Body, Controller, Get, HttpStatus, Inject, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from 'src/common/auth/public.decorator';
import { signLocalToken } from 'src/common/auth/tokens';
import { APP_CONFIG, type AppConfig } from 'src/config/app-config';

/** Development and demo only: never in production, never with a real identity provider. */
export function devSignInAllowed(config: Pick<AppConfig, 'NODE_ENV' | 'AUTH_MODE'>): boolean {
  return config.NODE_ENV !== 'production' && config.AUTH_MODE === 'local';
}

interface DevStaffRow {
  email: string;
  name: string;
  profession: string;
  teams: string[];
  units: string[];
}

function refuse(res: Response, status: HttpStatus, code: string, reason: string, message: string) {
  res.status(status).json({ error: { code, reason, message } });
}

/**
 * The web client's sign-in page with AUTH_MODE=local: lists the staff and issues a token
 * for the one chosen, as `npm run dev:token` does. Refused (403 FORBIDDEN /
 * DEV_SIGN_IN_DISABLED) in production and when AUTH_MODE is not local.
 */
@Controller('auth')
export class DevSignInController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('dev-staff')
  async staff(@Res() res: Response): Promise<void> {
    if (!this.allowed(res)) return;
    await this.answer(res, async () => {
      const rows = (await this.dataSource.query(
        `SELECT s.email, s.name, s.profession,
              COALESCE(array_agg(DISTINCT t.name) FILTER (WHERE t.name IS NOT NULL), '{}') AS teams,
              COALESCE(array_agg(DISTINCT u.name) FILTER (WHERE u.name IS NOT NULL), '{}') AS units
         FROM staff_members s
         LEFT JOIN team_memberships tm ON tm.staff_id = s.id
         LEFT JOIN assessment_teams t ON t.id = tm.team_id
         LEFT JOIN unit_memberships um ON um.staff_id = s.id
         LEFT JOIN service_units u ON u.id = um.unit_id
        WHERE s.active
        GROUP BY s.id
        ORDER BY s.name, s.email
        LIMIT 200`,
      )) as DevStaffRow[];
      res.status(HttpStatus.OK).json({ staff: rows });
    });
  }

  @Public()
  @Post('dev-sign-in')
  async signIn(@Body() body: unknown, @Res() res: Response): Promise<void> {
    if (!this.allowed(res)) return;
    const email = (body as { email?: unknown } | undefined)?.email;
    if (typeof email !== 'string' || email.length === 0 || email.length > 320) {
      refuse(
        res,
        HttpStatus.BAD_REQUEST,
        'BAD_USER_INPUT',
        'VALIDATION_FAILED',
        'email is required',
      );
      return;
    }
    await this.answer(res, async () => {
      const rows = (await this.dataSource.query(
        'SELECT subject FROM staff_members WHERE email = $1 AND active',
        [email.trim().toLowerCase()],
      )) as { subject: string }[];
      if (rows.length === 0) {
        refuse(res, HttpStatus.NOT_FOUND, 'NOT_FOUND', 'STAFF_NOT_FOUND', 'No active staff member');
        return;
      }
      const token = await signLocalToken(rows[0].subject, this.config.AUTH_LOCAL_SIGNING_KEY);
      res.status(HttpStatus.OK).json({ token });
    });
  }

  /** A database failure answers 503 rather than leaving the request open. */
  private async answer(res: Response, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch {
      refuse(
        res,
        HttpStatus.SERVICE_UNAVAILABLE,
        'SERVICE_UNAVAILABLE',
        'DATABASE_UNAVAILABLE',
        'The database did not answer',
      );
    }
  }

  private allowed(res: Response): boolean {
    if (devSignInAllowed(this.config)) return true;
    refuse(
      res,
      HttpStatus.FORBIDDEN,
      'FORBIDDEN',
      'DEV_SIGN_IN_DISABLED',
      'Development sign-in is off (production, or AUTH_MODE is not local)',
    );
    return false;
  }
}
