import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from 'src/common/auth/actor';
import { createTokenVerifier, TokenVerifier } from 'src/common/auth/tokens';
import { CLOCK, type Clock } from 'src/common/clock';
import { refuse } from 'src/common/graphql/domain-error';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { Profession } from 'src/modules/identity/model';

interface ActorRow {
  id: string;
  email: string;
  name: string;
  profession: Profession;
  active: boolean;
  team_ids: string[];
  unit_ids: string[];
  team_district_ids: string[];
  emergency_grants: { caseId: string; patientId: string }[];
}

function bearerToken(authorization: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
}

/** Turns a bearer token into the signed-in staff member (one query per request). */
@Injectable()
export class AuthService {
  private readonly verify: TokenVerifier;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.verify = createTokenVerifier(config);
  }

  /** Answers the actor, or throws UNAUTHENTICATED naming why. */
  async authenticate(authorization: string | undefined): Promise<Actor> {
    const token = bearerToken(authorization);
    if (!token) {
      throw refuse('TOKEN_MISSING', 'Sign in first: no bearer token');
    }
    const subject = await this.verify(token);
    return this.actorForSubject(subject);
  }

  /**
   * The subject of a token whose signature and claims hold, or null; no database lookup, so
   * it says whom to count a request against (the rate limit), never whom to serve.
   */
  async verifiedSubject(authorization: string | undefined): Promise<string | null> {
    const token = bearerToken(authorization);
    if (!token) return null;
    try {
      return await this.verify(token);
    } catch {
      return null;
    }
  }

  async actorForSubject(subject: string): Promise<Actor> {
    const row = await this.actorRow('subject', subject);
    if (!row) {
      throw refuse('UNKNOWN_SUBJECT', 'The token names no staff member');
    }
    if (!row.active) {
      throw refuse('STAFF_DEACTIVATED', 'This staff member is deactivated', {}, 'sign-in');
    }
    return this.toActor(row);
  }

  /**
   * A staff member as they stand now, for a long-lived subscription that re-decides at
   * every delivery: their memberships and grants, and whether they are still active.
   */
  async standingOf(staffId: string): Promise<{ actor: Actor; active: boolean } | null> {
    const row = await this.actorRow('id', staffId);
    return row ? { actor: this.toActor(row), active: row.active } : null;
  }

  private async actorRow(by: 'subject' | 'id', value: string): Promise<ActorRow | undefined> {
    const rows: ActorRow[] = await this.dataSource.query(
      `SELECT s.id, s.email, s.name, s.profession, s.active,
              coalesce(array_agg(DISTINCT tm.team_id) FILTER (WHERE tm.team_id IS NOT NULL), '{}') AS team_ids,
              coalesce(array_agg(DISTINCT t.district_id) FILTER (WHERE t.district_id IS NOT NULL), '{}') AS team_district_ids,
              coalesce(array_agg(DISTINCT um.unit_id) FILTER (WHERE um.unit_id IS NOT NULL), '{}') AS unit_ids,
              (SELECT coalesce(jsonb_agg(DISTINCT jsonb_build_object('caseId', g.case_id, 'patientId', g.patient_id)), '[]')
                 FROM emergency_access_grants g WHERE g.staff_id = s.id AND g.expires_at > $2::timestamptz) AS emergency_grants
         FROM staff_members s
         LEFT JOIN team_memberships tm ON tm.staff_id = s.id
         LEFT JOIN assessment_teams t ON t.id = tm.team_id
         LEFT JOIN unit_memberships um ON um.staff_id = s.id
        WHERE ${by === 'id' ? 's.id = $1::uuid' : 's.subject = $1'}
        GROUP BY s.id`,
      [value, this.clock.now()],
    );
    return rows[0];
  }

  private toActor(row: ActorRow): Actor {
    return {
      staffId: row.id,
      email: row.email,
      name: row.name,
      profession: row.profession,
      teamIds: row.team_ids,
      unitIds: row.unit_ids,
      teamDistrictIds: row.team_district_ids,
      emergencyGrants: row.emergency_grants,
    };
  }
}
