import type { SingleBar } from 'cli-progress';
import type { PoolClient } from 'pg';
import { addDays } from 'src/modules/cases/model';
import {
  type FunctionScale,
  isValidScore,
  lowestLevel,
  NOT_RELEVANT,
} from 'src/modules/assessments/model';
import type { ServiceLevel } from 'src/modules/decisions/model';
import { CopyWriter, type CopyValue } from './copy-writer';
import { journalText } from './journal-text';
import { atWorkingHour, type Case, LEVELS, shuffle, type Staff } from './model';
import type { Prng } from './prng';

/**
 * Phase "assessments": one or two professionals' assessments (IPLOS scores, suggested step)
 * per case that got that far. Out, on each case: the lowest suggested step and the needs.
 */

const SCALE: FunctionScale = 'IPLOS';

/** IPLOS 1 is no problems; 2–5 a need for help, what a goal can be set on ("not relevant" is none). */
function needsHelp(score: number): boolean {
  return isValidScore(SCALE, score) && score !== NOT_RELEVANT && score >= 2;
}

/** One or two professionals' assessments per case that got that far, with IPLOS scores. */
export async function seedAssessments(
  client: PoolClient,
  r: Prng,
  cases: Case[],
  variables: string[],
  bar: SingleBar,
): Promise<void> {
  const assessments = new CopyWriter(client, 'assessments', [
    'id',
    'case_id',
    'patient_id',
    'author_id',
    'author_profession',
    'version',
    'recorded_at',
    'scale',
    'self_mastery',
    'network',
    'voluntary',
    'welfare_technology',
    'low_threshold',
    'what_matters',
    'suggested_level',
  ]);
  const scores = new CopyWriter(client, 'assessment_scores', [
    'id',
    'assessment_id',
    'variable_code',
    'score',
  ]);
  for (const c of cases) {
    if (c.status === 'CANCELLED' || (c.status === 'ACTIVE' && r.chance(0.5))) continue;
    const authors = new Set<Staff>();
    for (let a = r.chance(0.4) ? 2 : 1; a > 0; a--) authors.add(r.pick(c.team.clinicians));
    for (const author of authors) {
      const id = r.uuid();
      const row: CopyValue[] = [
        id,
        c.id,
        c.patientId,
        author.id,
        author.profession,
        1,
        atWorkingHour(r, addDays(c.acceptedOn, r.int(1, 5))),
        SCALE,
        journalText(r, 'NOTE'),
        r.chance(0.7) ? journalText(r, 'NOTE') : null,
        r.chance(0.3) ? 'Ønsker besøksvenn fra frivilligsentralen.' : null,
        r.chance(0.5) ? 'Trygghetsalarm og komfyrvakt vurdert.' : null,
        r.chance(0.3) ? 'Trimgruppe på seniorsenteret.' : null,
        journalText(r, 'NOTE'),
        r.pick(LEVELS),
      ];
      assessments.row(row);
      // Kept for the goal plans (no draws: the stream stays as it was).
      c.lowestLevel = lowestLevel([c.lowestLevel, row[row.length - 1] as ServiceLevel]);
      const chosen = shuffle(r, [...variables]).slice(0, r.int(5, 12));
      for (const code of chosen) {
        const score: [string, string, string, number] = [
          r.uuid(),
          id,
          code,
          r.chance(0.05) ? NOT_RELEVANT : r.int(1, 5),
        ];
        scores.row(score);
        if (needsHelp(score[3])) (c.needs ??= new Map()).set(code, score[3]);
      }
    }
    if (c.index % 2000 === 0) bar.update(c.index);
  }
  await assessments.close();
  await scores.close();
}
