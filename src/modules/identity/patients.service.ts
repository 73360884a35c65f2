import { Inject, Injectable } from '@nestjs/common';
import { entityColumns } from 'src/database/entity-columns';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import {
  type Connection,
  PageArgs,
  pageQuery,
  pageSize,
  toConnection,
} from 'src/common/graphql/pagination';
import { findGroupedBy } from 'src/common/graphql/loaders';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { AccessPolicyService } from 'src/modules/access';
import { findsByNumberOnly } from 'src/modules/access/model';
import { AuditService } from 'src/modules/audit';
import { DistrictEntity } from 'src/modules/identity/district.entity';
import { RegisterPatientInput } from 'src/modules/identity/dto/register-patient.input';
import { IdentityErrors } from 'src/modules/identity/identity.errors';
import { NationalIdCountryEnum } from 'src/modules/identity/identity.enums';
import { parseNationalId } from 'src/modules/identity/national-id';
import { PatientContactEntity, PatientEntity } from 'src/modules/identity/patient.entity';

@Injectable()
export class PatientsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async getPatient(caller: Caller, id: string): Promise<PatientEntity> {
    const params: unknown[] = [id];
    const visible = this.policy.patientVisibleSql(caller, params);
    const rows: (PatientEntity & { visible: boolean })[] = await this.dataSource.query(
      `SELECT ${entityColumns(this.dataSource, PatientEntity, 'p')}, (${visible}) AS visible FROM patients p WHERE p.id = $1`,
      params,
    );
    const row = rows[0];
    if (!row) throw IdentityErrors.patientNotFound();
    this.policy.require(caller, 'patient', { visible: row.visible }, { patientIds: [id] });
    caller.audit.read('patient', { patientIds: [id] });
    const { visible: _visible, ...patient } = row;
    return patient as PatientEntity;
  }

  /**
   * Search by name (any part) or national identity number (digits). Only persons the
   * caller may see are listed; the privacy officer finds by exact number only.
   */
  async searchPatients(
    caller: Caller,
    query: string,
    page: PageArgs,
  ): Promise<Connection<PatientEntity>> {
    const limit = pageSize(page.first);
    const params: unknown[] = [];
    const visible = this.policy.patientVisibleSql(caller, params);
    const digits = query.replace(/[\s-]/g, '');
    const byNumber = /^[0-9]{6,11}$/.test(digits);
    const byNumberOnly = findsByNumberOnly(caller.actor);
    if (byNumberOnly && !byNumber) {
      // The privacy officer looks a person up by number, never browses by name.
      caller.audit.read('searchPatients', {}, { query, first: limit });
      return toConnection([], limit, 0, () => [], page.after);
    }
    let match: string;
    if (byNumber) {
      params.push(byNumberOnly ? digits : `${digits}%`);
      match = `p.national_id LIKE $${params.length}`;
    } else {
      params.push(`%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      match = `(p.given_name || ' ' || p.family_name) ILIKE $${params.length}`;
    }
    const where = `(${visible}) AND ${match}`;
    const { connection } = await pageQuery<PatientEntity>({
      db: this.dataSource,
      params,
      first: page.first,
      after: page.after,
      order: {
        keys: [
          { sql: 'p.family_name', part: 'text' },
          { sql: 'p.given_name', part: 'text' },
          { sql: 'p.id', part: 'uuid' },
        ],
        direction: 'ASC',
      },
      rows: (
        at,
      ) => `SELECT ${entityColumns(this.dataSource, PatientEntity, 'p')} FROM patients p WHERE ${where} ${at.keyset}
          ORDER BY p.family_name, p.given_name, p.id LIMIT ${at.limit}`,
      count: `SELECT count(*)::int AS n FROM patients p WHERE ${where}`,
      cursorOf: (p) => [p.familyName, p.givenName, p.id],
    });
    caller.audit.read(
      'searchPatients',
      { patientIds: connection.edges.map((e) => e.node.id) },
      { query, first: limit },
    );
    return connection;
  }

  async registerPatient(caller: Caller, input: RegisterPatientInput): Promise<PatientEntity> {
    const parsed = this.parseForRegistration(input);
    const district = await this.dataSource
      .getRepository(DistrictEntity)
      .findOneBy({ id: input.districtId });
    if (!district) throw IdentityErrors.districtNotFound();
    this.policy.require(caller, 'registerPatient', { districtId: input.districtId });
    return this.dataSource.transaction(async (manager) => {
      const patient = await this.insertPatient(manager, caller, input, parsed);
      if (!patient) {
        const existing = await manager.findOneByOrFail(PatientEntity, {
          nationalId: parsed.normalized,
        });
        return this.refuseExisting(manager, caller, existing.id);
      }
      await this.audit.recordWrite(
        manager,
        caller,
        'registerPatient',
        { patientIds: [patient.id] },
        {
          districtId: input.districtId,
          contacts: input.contacts?.length ?? 0,
        },
      );
      return patient;
    });
  }

  /**
   * The number as registration reads it: checked, digits only, with the birth date (from the
   * number, or from `birthYear` for numbers issued under the rule from 2032). `prefix` names
   * the input object in error fields when it is nested (`person.`).
   */
  parseForRegistration(
    input: Pick<RegisterPatientInput, 'nationalId' | 'nationalIdCountry' | 'birthYear'>,
    prefix = '',
  ): { normalized: string; country: NationalIdCountryEnum; birthDate: string } {
    const country =
      input.nationalIdCountry ??
      (this.config.MUNICIPALITY_LANGUAGE === 'da'
        ? NationalIdCountryEnum.DK
        : NationalIdCountryEnum.NO);
    const parsed = parseNationalId(input.nationalId, country, { birthYear: input.birthYear });
    if (!parsed.ok) {
      switch (parsed.code) {
        case 'BIRTH_YEAR_REQUIRED':
          throw IdentityErrors.birthYearRequired(parsed.reason, prefix);
        case 'BIRTH_YEAR_MISMATCH':
          throw IdentityErrors.birthYearMismatch(parsed.reason, prefix);
        case undefined:
          throw IdentityErrors.invalidNationalId(parsed.reason, `${prefix}nationalId`);
      }
    }
    return { normalized: parsed.value.normalized, country, birthDate: parsed.value.birthDate };
  }

  /**
   * Inserts a new person with their contacts; null, changing nothing, when the number is
   * already registered (in any district). The caller audits the write.
   */
  async insertPatient(
    manager: EntityManager,
    caller: Caller,
    input: RegisterPatientInput,
    parsed: { normalized: string; country: NationalIdCountryEnum; birthDate: string },
  ): Promise<PatientEntity | null> {
    // ON CONFLICT DO NOTHING: two registrations at once, the unique index decides, and the
    // transaction stays usable for the answer.
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(PatientEntity)
      .values({
        nationalId: parsed.normalized,
        nationalIdCountry: parsed.country,
        givenName: input.givenName.trim(),
        familyName: input.familyName.trim(),
        birthDate: parsed.birthDate,
        address: input.address.trim(),
        postalCode: input.postalCode ?? null,
        city: input.city ?? null,
        phone: input.phone ?? null,
        districtId: input.districtId,
        createdBy: caller.actor.staffId,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (!id) return null;
    const contacts = (input.contacts ?? []).map((c) =>
      manager.create(PatientContactEntity, {
        patientId: id,
        name: c.name,
        relation: c.relation,
        phone: c.phone ?? null,
        isNextOfKin: c.isNextOfKin ?? false,
        helpGiven: c.helpGiven ?? null,
      }),
    );
    if (contacts.length) await manager.insert(PatientContactEntity, contacts);
    return manager.findOneByOrFail(PatientEntity, { id });
  }

  /**
   * A number that is already registered. Only a caller who may see that person is told so
   * (PATIENT_ALREADY_REGISTERED); anyone else is steered to a referral by number
   * (REGISTER_BY_REFERRAL), which links to the person without disclosing them. Both are
   * audited as refusals naming the person.
   */
  private async refuseExisting(
    manager: EntityManager,
    caller: Caller,
    patientId: string,
  ): Promise<never> {
    const params: unknown[] = [patientId];
    const visible = this.policy.patientVisibleSql(caller, params);
    const [row] = (await manager.query(
      `SELECT (${visible}) AS visible FROM patients p WHERE p.id = $1`,
      params,
    )) as { visible: boolean }[];
    const reason = row.visible ? 'PATIENT_ALREADY_REGISTERED' : 'REGISTER_BY_REFERRAL';
    caller.audit.refused('registerPatient', { patientIds: [patientId] }, { reason });
    throw row.visible
      ? IdentityErrors.patientAlreadyRegistered()
      : IdentityErrors.registerByReferral();
  }

  /**
   * The person's district follows the referral a team of another district accepted: they
   * moved. Returns the district they moved from, or null when nothing changed.
   */
  async moveToDistrict(
    manager: EntityManager,
    patientId: string,
    districtId: string,
  ): Promise<string | null> {
    const rows = (await manager.query(
      `UPDATE patients p SET district_id = $2
         FROM patients old WHERE old.id = p.id AND p.id = $1 AND p.district_id <> $2
       RETURNING old.district_id AS "from"`,
      [patientId, districtId],
    )) as [{ from: string }[], number];
    return rows[0][0]?.from ?? null;
  }

  /** Contacts of many patients in one query (a DataLoader batch). */
  async contactsOf(patientIds: readonly string[]): Promise<PatientContactEntity[][]> {
    return findGroupedBy(
      this.dataSource.getRepository(PatientContactEntity),
      'patientId',
      patientIds,
      {
        name: 'ASC',
      },
    );
  }
}
