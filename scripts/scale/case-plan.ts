import { addDays } from 'src/modules/cases/model';
import { atWorkingHour, type Case, type Clock, type Options, shuffle, type Team } from './model';
import type { Prng } from './prng';

/**
 * The plan of every case, before anything is written: its status, dates, how far it got
 * (decision, handover, agreed plan) and how many journal entries it gets. Out: the cases, in
 * memory, that the later phases write out.
 */

/** Plans every case (in memory: 150 000 small objects), open ones first per team. */
export function planCases(
  r: Prng,
  teams: Team[],
  patientsByDistrict: string[][],
  options: Options,
  { now, today }: Clock,
): Case[] {
  const scale = options.patients / 100_000;
  const casesPerTeam = Math.round((1.5 * options.patients) / teams.length);
  // "A team with 300 open cases": active or on hold, on the dashboard.
  const openPerTeam = Math.max(10, Math.round(300 * scale));
  const decidedPerTeam = Math.max(2, Math.round(openPerTeam * 0.07));
  const journalTarget = 30 * options.patients;
  const cases: Case[] = [];
  let index = 0;
  for (const [t, team] of teams.entries()) {
    const patients = shuffle(r, [...patientsByDistrict[t]]);
    for (let k = 0; k < casesPerTeam; k++) {
      const open = k < openPerTeam + decidedPerTeam;
      // Open cases belong to distinct persons (one open case per person).
      const patientId = open
        ? patients[k]
        : patients[r.int(openPerTeam + decidedPerTeam, patients.length - 1)];
      const c: Case = {
        id: r.uuid(),
        index: index++,
        patientId,
        team,
        status: 'CLOSED',
        coordinator: r.pick(team.coordinators),
        acceptedOn: today,
        acceptedAt: now,
        extensionDays: r.chance(0.15) ? r.int(3, 14) : 0,
        holdDays: 0,
        onHoldSince: null,
        decidedOn: null,
        endedAt: null,
        handedOver: false,
        goalPlanAgreed: false,
        journalCount: 0,
        lowestLevel: null,
        needs: null,
      };
      if (k < openPerTeam) {
        const elapsed = r.int(0, 20);
        c.acceptedOn = addDays(today, -elapsed);
        c.status = r.chance(0.1) && elapsed > 0 ? 'ON_HOLD' : 'ACTIVE';
        if (c.status === 'ON_HOLD') c.onHoldSince = addDays(c.acceptedOn, r.int(0, elapsed));
        c.goalPlanAgreed = r.chance(0.4);
        c.journalCount = 2 + Math.round(elapsed * (0.8 + r.next()));
      } else if (open) {
        const elapsed = r.int(8, 25);
        c.acceptedOn = addDays(today, -elapsed);
        c.decidedOn = addDays(c.acceptedOn, r.int(5, Math.min(14, elapsed)));
        c.status = r.chance(0.5) ? 'DECIDED' : 'HANDED_OVER';
        c.handedOver = c.status === 'HANDED_OVER';
        c.goalPlanAgreed = true;
        c.journalCount = 6 + Math.round(elapsed * (0.8 + r.next()));
      } else {
        c.acceptedOn = addDays(today, -r.int(40, 5 * 365));
        c.holdDays = r.chance(0.1) ? r.int(1, 10) : 0;
        if (r.chance(0.12)) {
          c.status = 'CANCELLED';
          c.endedAt = atWorkingHour(r, addDays(c.acceptedOn, r.int(1, 14)));
        } else {
          c.status = 'CLOSED';
          c.decidedOn = addDays(c.acceptedOn, r.int(5, 14 + c.extensionDays + c.holdDays));
          c.handedOver = r.chance(0.85);
          c.goalPlanAgreed = r.chance(0.9);
          c.endedAt = atWorkingHour(r, addDays(c.decidedOn, c.handedOver ? r.int(1, 6) : 0));
        }
        // 1 % complex, long-running cases; the rest drawn to reach the journal target.
        c.journalCount = r.chance(0.01) ? r.int(100, 320) : 0;
      }
      c.acceptedAt = atWorkingHour(r, c.acceptedOn);
      // A case accepted today was accepted before now.
      if (c.acceptedAt > now) c.acceptedAt = new Date(now.getTime() - r.int(1, 60) * 60_000);
      cases.push(c);
    }
  }
  // Spread the rest of the 30-per-person journal target over ordinary closed cases.
  const fixed = cases.reduce((sum, c) => sum + c.journalCount, 0);
  const ordinary = cases.filter((c) => c.journalCount === 0);
  const mean = Math.max(4, (journalTarget - fixed) / Math.max(ordinary.length, 1));
  // 3 + spread·U₁·U₂: mean 3 + spread/4, a long tail of busy cases.
  const spread = 4 * (mean - 3);
  for (const c of ordinary) c.journalCount = 3 + Math.floor(r.next() * r.next() * spread);
  return cases;
}
