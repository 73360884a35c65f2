import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import { assessedProfessionsOf } from 'src/modules/assessments/model';
import type { AssessmentCaseEntity } from 'src/modules/cases/model';
import { Profession } from 'src/modules/identity/model';
import { coordinationMeetingsOf, personOrRelativePresent } from 'src/modules/journal/model';
import { caseSettingValues, type SettingValues } from 'src/modules/settings/model';

/*
 * Billund: what a case's coordination level asks for before its decision, by the settings
 * the case opened with. At level 2 or 3, assessments by at least `level2MinProfessions`
 * distinct professions; at level 3 with `level3RequiresMeeting`, a coordination meeting (a
 * current COORDINATION_MEETING journal entry) with the person or a relative among its
 * participants. Every decision needs them, whatever its outcome: a NO_SERVICES decision at
 * level 3 is as much the result of the coordinated assessment. A case without a level (opened
 * with coordination levels off) needs nothing.
 */

@ObjectType('CoordinationRequirements', {
  description:
    "What the case's coordination level asks for before the decision, and what is met (by the settings the case opened with).",
})
export class CoordinationRequirements {
  @Field(() => Int, { description: 'The case’s coordination level.' })
  level: number;

  @Field(() => Int, {
    description: 'Distinct professions that must have recorded an assessment (0: none needed).',
  })
  professionsRequired: number;

  @Field(() => [Profession], { description: 'The professions that have recorded one.' })
  professionsAssessed: Profession[];

  @Field({
    description: 'Whether a coordination meeting with the person or a relative is required.',
  })
  meetingRequired: boolean;

  @Field({
    description: 'Whether such a meeting is in the journal (the person or a relative took part).',
  })
  meetingHeld: boolean;

  @Field(() => [String], {
    description:
      'What is missing, as codes: "PROFESSIONS:<assessed>/<required>" and "COORDINATION_MEETING". Empty when the decision may be recorded.',
  })
  missing: string[];

  @Field({ description: 'Whether everything required is met.' })
  met: boolean;
}

/** The rule, on the facts. */
export function coordinationRequirements(
  level: number,
  settings: Pick<SettingValues, 'level2MinProfessions' | 'level3RequiresMeeting'>,
  professionsAssessed: readonly Profession[],
  meetingHeld: boolean,
): CoordinationRequirements {
  const professionsRequired = level >= 2 ? settings.level2MinProfessions : 0;
  const meetingRequired = level >= 3 && settings.level3RequiresMeeting;
  const missing: string[] = [];
  if (professionsAssessed.length < professionsRequired)
    missing.push(`PROFESSIONS:${professionsAssessed.length}/${professionsRequired}`);
  if (meetingRequired && !meetingHeld) missing.push('COORDINATION_MEETING');
  return {
    level,
    professionsRequired,
    professionsAssessed: [...professionsAssessed],
    meetingRequired,
    meetingHeld,
    missing,
    met: missing.length === 0,
  };
}

/** The case's requirements now; null for a case without a coordination level. */
export async function coordinationRequirementsOf(
  manager: Pick<EntityManager, 'query'>,
  kase: Pick<
    AssessmentCaseEntity,
    'id' | 'coordinationLevel' | 'openedWithSettings' | 'clarificationDays'
  >,
): Promise<CoordinationRequirements | null> {
  if (kase.coordinationLevel === null || kase.coordinationLevel === undefined) return null;
  const settings = caseSettingValues(kase);
  if (!settings.coordinationLevels) return null;
  const [professions, meetings] = await Promise.all([
    assessedProfessionsOf(manager, kase.id),
    coordinationMeetingsOf(manager, kase.id),
  ]);
  return coordinationRequirements(
    kase.coordinationLevel,
    settings,
    professions as Profession[],
    meetings.some((participants) => personOrRelativePresent(participants)),
  );
}

/** What is missing, in words (the refusal's message). */
export function missingInWords(requirements: CoordinationRequirements): string {
  const parts: string[] = [];
  for (const code of requirements.missing) {
    if (code.startsWith('PROFESSIONS:')) {
      const [have, need] = code.slice('PROFESSIONS:'.length).split('/');
      parts.push(`assessments by ${need} professions (${have} so far)`);
    } else if (code === 'COORDINATION_MEETING') {
      parts.push('a coordination meeting with the person or a relative present');
    }
  }
  return `At coordination level ${requirements.level} the decision needs ${parts.join(' and ')}`;
}
