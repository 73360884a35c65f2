import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import { AccessPolicyService } from 'src/modules/access';
import { AuditService } from 'src/modules/audit';
import { AssessmentCaseEntity } from 'src/modules/cases/assessment-case.entity';
import { CaseChanges } from 'src/modules/cases/case-change';
import { OPEN_CASE_STATUSES } from 'src/modules/cases/case-lifecycle';
import { CaseErrors } from 'src/modules/cases/cases.errors';
import { CasesService } from 'src/modules/cases/cases.service';
import { requireCoordinationLevels } from 'src/modules/cases/coordination-level';
import {
  findPatientBy,
  IdentityErrors,
  isActiveCaseworkerInDistrict,
  lockPatientRow,
  type PatientEntity,
  setCoordinatingCaseworkerOf,
  staffNameOf,
} from 'src/modules/identity/model';
import { JournalService } from 'src/modules/journal';
import { SettingsService } from 'src/modules/settings';
import { caseSettingValues } from 'src/modules/settings/model';

/**
 * Billund's coordination (docs/models.md): the case's coordination level, changed by its
 * coordinator before the decision, and the person's one coordinating caseworker.
 */
@Injectable()
export class CoordinationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: CaseChanges,
    private readonly cases: CasesService,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    private readonly journal: JournalService,
    private readonly settings: SettingsService,
  ) {}

  /**
   * The coordinator changes the case's level with a reason (before the decision): a history
   * row with the reason, a journal event, an audit row. The same level again writes nothing.
   */
  setCoordinationLevel(
    caller: Caller,
    caseId: string,
    level: number,
    reason: string,
  ): Promise<AssessmentCaseEntity> {
    return this.changes.run(
      caller,
      {
        operation: 'setCoordinationLevel',
        caseId,
        state: { lifecycle: 'SET_COORDINATION_LEVEL' },
      },
      ({ kase, touched }) => {
        requireCoordinationLevels(caller, caseSettingValues(kase), 'setCoordinationLevel', touched);
        if (kase.coordinationLevel === level)
          return Promise.resolve({ unchanged: this.cases.present(kase) });
        const from = kase.coordinationLevel;
        return Promise.resolve({
          result: kase,
          changes: { coordinationLevel: level },
          reason,
          // The reason is free text: it stays in the case history, not in the audit arguments.
          args: { from, to: level },
          event: { type: 'COORDINATION_LEVEL' as const, from, to: level, reason },
        });
      },
    );
  }

  /**
   * Sets (or clears) the person's coordinating caseworker: a CASEWORKER or COORDINATOR of a
   * team in the person's district, with coordination levels on in that district now. The
   * caseworker relates to the person's open cases as an assigned member does, from this
   * moment and until replaced. Audited with the old and new caseworker; each open case's
   * journal says so.
   */
  async setCoordinatingCaseworker(
    caller: Caller,
    patientId: string,
    staffId: string | null,
  ): Promise<PatientEntity> {
    return this.dataSource.transaction(async (manager) => {
      // The person's row orders changes of their coordinating caseworker (and intake).
      await lockPatientRow(manager, patientId);
      const patient = await findPatientBy(manager, { id: patientId });
      if (!patient) throw IdentityErrors.patientNotFound();
      const openCases = await manager.find(AssessmentCaseEntity, {
        where: { patientId, status: In([...OPEN_CASE_STATUSES]) },
      });
      const touched = { patientIds: [patientId], caseIds: openCases.map((c) => c.id) };
      this.policy.require(
        caller,
        'setCoordinatingCaseworker',
        { districtId: patient.districtId },
        touched,
      );
      requireCoordinationLevels(
        caller,
        await this.settings.effectiveFor(manager, patient.districtId),
        'setCoordinatingCaseworker',
        touched,
      );
      if (
        staffId !== null &&
        !(await isActiveCaseworkerInDistrict(manager, staffId, patient.districtId))
      )
        throw CaseErrors.coordinatingCaseworkerInvalid();
      const from = patient.coordinatingCaseworkerId;
      if (from === staffId) {
        caller.audit.read('setCoordinatingCaseworker', touched);
        return patient;
      }
      await setCoordinatingCaseworkerOf(manager, patientId, staffId);
      const name = staffId === null ? null : await staffNameOf(manager, staffId);
      for (const kase of openCases)
        await this.journal.recordEvent(manager, caller, kase, {
          type: 'COORDINATING_CASEWORKER',
          name,
        });
      await this.audit.recordWrite(manager, caller, 'setCoordinatingCaseworker', touched, {
        patientId,
        from,
        to: staffId,
      });
      patient.coordinatingCaseworkerId = staffId;
      return patient;
    });
  }
}
