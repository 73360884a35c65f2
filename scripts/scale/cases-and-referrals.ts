import type { SingleBar } from 'cli-progress';
import type { PoolClient } from 'pg';
import {
  addDays,
  type CaseAction,
  type CaseStatus,
  daysBetween,
  nextStatus,
  type TransitionContext,
} from 'src/modules/cases/model';
import { CopyWriter } from './copy-writer';
import {
  allowed,
  atWorkingHour,
  type Case,
  CLARIFICATION_DAYS,
  type Clock,
  LEVELS,
  type Team,
} from './model';
import type { Prng } from './prng';

/**
 * Phase "cases and referrals": each planned case with its referral, its history (the
 * lifecycle's transitions), holds, extensions, members and interim services; then the
 * referrals without a case (rejected, redirected, today's intake queue).
 */

export const HOLD_REASON = 'Innlagt på sykehus';

/**
 * The deadline a case row stores, as the case service keeps it (calendar days with addDays):
 * the clarification period, its extensions and the holds that have ended; an open hold moves
 * it when the case resumes. computeClock gives the same date, but it also works out the
 * deadline's last instant in the time zone: about 0.2 ms a case, half a minute at 100 000
 * patients.
 */
export function storedDeadline(c: Case): string {
  return addDays(c.acceptedOn, CLARIFICATION_DAYS + c.extensionDays + c.holdDays);
}

const CASE_COLUMNS = [
  'id',
  'patient_id',
  'team_id',
  'service_area',
  'status',
  'coordinator_id',
  'accepted_at',
  'accepted_on',
  'clarification_days',
  'extension_days',
  'hold_days',
  'deadline_date',
  'on_hold_since',
  'decided_on',
  'goal_plan_agreed',
  'cancel_reason',
  'created_at',
  'updated_at',
];

/** Cases and their records: referrals, history, holds, extensions, members, interim services. */
export async function seedCases(
  client: PoolClient,
  r: Prng,
  cases: Case[],
  teams: Team[],
  patientsByDistrict: string[][],
  { now, today }: Clock,
  bar: SingleBar,
): Promise<void> {
  const caseWriter = new CopyWriter(client, 'assessment_cases', CASE_COLUMNS);
  const referrals = new CopyWriter(client, 'referrals', [
    'id',
    'patient_id',
    'team_id',
    'source',
    'channel',
    'received_at',
    'description',
    'help_requested',
    'urgency',
    'requested_level',
    'status',
    'case_id',
    'rejection_reason',
    'redirected_to',
    'redirect_reason',
    'triaged_at',
    'triaged_by',
    'registered_by',
    'created_at',
  ]);
  const history = new CopyWriter(client, 'case_history', [
    'id',
    'case_id',
    'action',
    'from_status',
    'to_status',
    'reason',
    'actor_id',
    'occurred_at',
  ]);
  const holds = new CopyWriter(client, 'case_holds', [
    'id',
    'case_id',
    'from_date',
    'until_date',
    'reason',
    'started_by',
  ]);
  const extensions = new CopyWriter(client, 'deadline_extensions', [
    'id',
    'case_id',
    'days',
    'reason',
    'extended_by',
    'created_at',
  ]);
  const members = new CopyWriter(client, 'case_members', [
    'id',
    'case_id',
    'staff_id',
    'role',
    'assigned_by',
    'created_at',
  ]);
  const interim = new CopyWriter(client, 'interim_services', [
    'id',
    'case_id',
    'kind',
    'description',
    'frequency',
    'from_date',
    'to_date',
    'responsible',
    'recorded_by',
    'created_at',
  ]);
  const HELP = [
    'Trygghetsalarm og hjelp til dusj etter fall i badet',
    'Hverdagsrehabilitering etter hofteoperasjon',
    'Praktisk bistand til innkjøp og rengjøring',
    'Hjemmesykepleie: medisinhåndtering',
    'Vurdering av korttidsopphold',
    'Økende hjelpebehov, pårørende slitne',
    'Oppfølging etter utskrivning fra sykehus',
    'Psykisk helsehjelp og struktur i hverdagen',
  ];
  for (const c of cases) {
    const caseworker = r.pick(c.team.caseworkers);
    const deadline = storedDeadline(c);
    // The case walks its lifecycle: each history row is a transition the rules allow.
    let status: CaseStatus = 'ACTIVE';
    const history3 = (
      action: CaseAction,
      at: Date,
      reason: string | null = null,
      context: TransitionContext = {},
    ) => {
      const from = status;
      status = allowed(nextStatus(from, action, context), `${action} of a ${from} case`);
      history.row([
        r.uuid(),
        c.id,
        action,
        from,
        status,
        reason,
        c.coordinator.id,
        new Date(Math.min(at.getTime(), now.getTime())),
      ]);
    };
    caseWriter.row([
      c.id,
      c.patientId,
      c.team.id,
      'SOMATIC',
      c.status,
      c.coordinator.id,
      c.acceptedAt,
      c.acceptedOn,
      CLARIFICATION_DAYS,
      c.extensionDays,
      c.holdDays,
      deadline,
      c.onHoldSince,
      c.decidedOn,
      c.goalPlanAgreed,
      c.status === 'CANCELLED'
        ? r.pick(['Flyttet til annen kommune', 'Døde', 'Trakk søknaden'])
        : null,
      c.acceptedAt,
      c.endedAt ?? c.acceptedAt,
    ]);
    const help = r.pick(HELP);
    const received = new Date(c.acceptedAt.getTime() - r.int(1, 72) * 3_600_000);
    referrals.row([
      r.uuid(),
      c.patientId,
      c.team.id,
      r.pick(['SELF', 'RELATIVE', 'GP', 'HOSPITAL_DISCHARGE', 'HOME_CARE', 'OTHER']),
      r.pick(['PHONE', 'LETTER', 'DIGITAL', 'MEETING']),
      received,
      help,
      help,
      r.chance(0.1) ? 'URGENT' : 'NORMAL',
      r.chance(0.5) ? r.pick(LEVELS) : null,
      'ACCEPTED',
      c.id,
      null,
      null,
      null,
      c.acceptedAt,
      caseworker.id,
      caseworker.id,
      received,
    ]);
    // Accepting the referral opens the case (not a lifecycle action: there is no case before).
    history.row([
      r.uuid(),
      c.id,
      'ACCEPTED',
      null,
      status,
      null,
      c.coordinator.id,
      new Date(Math.min(c.acceptedAt.getTime(), now.getTime())),
    ]);
    const day = (date: string) => atWorkingHour(r, date);
    if (c.extensionDays > 0) {
      const at = day(
        addDays(c.acceptedOn, Math.min(9, daysBetween(c.acceptedOn, c.decidedOn ?? today))),
      );
      extensions.row([
        r.uuid(),
        c.id,
        c.extensionDays,
        'Behov for mer kartlegging',
        c.coordinator.id,
        at,
      ]);
      history3('EXTEND', at, 'Behov for mer kartlegging');
    }
    if (c.holdDays > 0) {
      const from = addDays(c.acceptedOn, 2);
      holds.row([r.uuid(), c.id, from, addDays(from, c.holdDays), HOLD_REASON, c.coordinator.id]);
      history3('HOLD', day(from), HOLD_REASON);
      history3('RESUME', day(addDays(from, c.holdDays)));
    }
    if (c.onHoldSince) {
      holds.row([r.uuid(), c.id, c.onHoldSince, null, HOLD_REASON, c.coordinator.id]);
      history3('HOLD', day(c.onHoldSince), HOLD_REASON);
    }
    if (c.decidedOn) {
      history3('DECIDE', day(c.decidedOn));
      if (c.handedOver) history3('HAND_OVER', day(c.decidedOn));
      // Closed without a handover: only after a decision of no services.
      if (c.status === 'CLOSED')
        history3(c.handedOver ? 'ACKNOWLEDGE_HANDOVER' : 'CLOSE', c.endedAt as Date, null, {
          decisionOutcome: 'NO_SERVICES',
        });
    }
    if (c.status === 'CANCELLED') history3('CANCEL', c.endedAt as Date, 'Avsluttet');
    if (status !== c.status) {
      throw new Error(`seed:scale: case ${c.index} walked to ${status}, planned ${c.status}`);
    }
    if (r.chance(0.3)) {
      const assigned = new Set<string>();
      for (let m = r.int(1, 2); m > 0; m--) {
        const s = r.pick(c.team.clinicians);
        if (assigned.has(s.id)) continue;
        assigned.add(s.id);
        members.row([
          r.uuid(),
          c.id,
          s.id,
          r.pick(['PRIMARY_CONTACT', 'ASSESSOR']),
          c.coordinator.id,
          c.acceptedAt,
        ]);
      }
    }
    if (r.chance(0.15)) {
      interim.row([
        r.uuid(),
        c.id,
        r.pick([
          'HOME_NURSING',
          'PERSONAL_CARE',
          'PRACTICAL_ASSISTANCE',
          'SAFETY_ALARM',
          'MEALS',
          'AIDS',
        ]),
        'Midlertidig hjelp i vurderingsperioden',
        r.pick(['Daglig', 'Morgen og kveld', 'To ganger i uka']),
        c.acceptedOn,
        c.decidedOn,
        'Hjemmetjenesten',
        c.coordinator.id,
        c.acceptedAt,
      ]);
    }
    if (c.index % 2000 === 0) bar.update(c.index);
  }
  // Referrals without a case: rejected, redirected, and the intake queue of today.
  const extra = Math.round(cases.length * 0.08);
  for (let i = 0; i < extra + teams.length * 20; i++) {
    const t = i % teams.length;
    const team = teams[t];
    const caseworker = r.pick(team.caseworkers);
    const queue = i >= extra;
    const received = queue
      ? new Date(now.getTime() - r.int(1, 96) * 3_600_000)
      : atWorkingHour(r, addDays(today, -r.int(1, 1800)));
    const status = queue ? 'RECEIVED' : r.chance(0.6) ? 'REJECTED' : 'REDIRECTED';
    const help = r.pick(HELP);
    referrals.row([
      r.uuid(),
      r.pick(patientsByDistrict[t]),
      team.id,
      r.pick(['SELF', 'RELATIVE', 'GP', 'HOSPITAL_DISCHARGE', 'HOME_CARE', 'OTHER']),
      r.pick(['PHONE', 'LETTER', 'DIGITAL', 'MEETING']),
      received,
      help,
      help,
      r.chance(0.1) ? 'URGENT' : 'NORMAL',
      null,
      status,
      null,
      status === 'REJECTED' ? 'Behovet dekkes av eksisterende tjenester' : null,
      status === 'REDIRECTED' ? 'Fastlegen' : null,
      status === 'REDIRECTED' ? 'Medisinsk oppfølging' : null,
      queue ? null : received,
      queue ? null : caseworker.id,
      caseworker.id,
      received,
    ]);
  }
  for (const writer of [caseWriter, referrals, history, holds, extensions, members, interim])
    await writer.close();
}
