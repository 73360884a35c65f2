import { Injectable } from '@nestjs/common';
import type { Caller } from 'src/common/auth/caller';
import { DomainError } from 'src/common/graphql/domain-error';
import type { Touched } from 'src/modules/audit/audit-collector';
import { Profession } from 'src/modules/identity/identity.enums';

/**
 * The one place that decides who may do what (DESIGN.md "Who may do what").
 * Services ask it before reading or writing; list queries take its SQL filters.
 * A refusal on person data is audited before it is thrown.
 */
@Injectable()
export class AccessPolicyService {
  /** Refuses with FORBIDDEN and records the refused attempt in the audit trail. */
  refuse(caller: Caller, action: string, touched: Touched, reason: string, message: string): never {
    caller.audit.refused(action, touched, { reason });
    throw new DomainError('FORBIDDEN', reason, message);
  }

  requireProfession(
    caller: Caller,
    action: string,
    allowed: readonly Profession[],
    touched: Touched = {},
  ): void {
    if (!allowed.includes(caller.actor.profession)) {
      this.refuse(
        caller,
        action,
        touched,
        'PROFESSION_NOT_ALLOWED',
        `Only ${allowed.join(', ')} may do this`,
      );
    }
  }

  /** Register a patient or referral: CASEWORKER or COORDINATOR of a team in the patient's district. */
  canRegisterInDistrict(caller: Caller, districtId: string): boolean {
    const { profession, teamDistrictIds } = caller.actor;
    return (
      (profession === Profession.CASEWORKER || profession === Profession.COORDINATOR) &&
      teamDistrictIds.includes(districtId)
    );
  }

  /**
   * SQL condition: the caller may see this patient. Until the person has a case,
   * staff of the teams in the person's district may; the privacy officer may look
   * a person up (never journal contents). `p` is the patients alias.
   */
  patientVisibleSql(caller: Caller, params: unknown[]): string {
    const { profession, teamDistrictIds } = caller.actor;
    if (profession === Profession.PRIVACY_OFFICER) return 'TRUE';
    if (profession === Profession.ADMIN) return 'FALSE';
    params.push(teamDistrictIds);
    return `p.district_id = ANY($${params.length}::uuid[])`;
  }
}
