import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, ValidateIf } from 'class-validator';
import { LineText } from 'src/common/graphql/text.validators';

/*
 * Billund's coordination meeting: a journal entry of kind COORDINATION_MEETING names who took
 * part (the person, relatives, external parties by role). Stored with the entry (jsonb), so
 * the append-only journal keeps them as written; a correction carries them over unchanged.
 */

/** Who took part in a coordination meeting, by kind. */
export enum ParticipantKind {
  PERSON = 'PERSON',
  RELATIVE = 'RELATIVE',
  EXTERNAL = 'EXTERNAL',
}
registerEnumType(ParticipantKind, {
  name: 'ParticipantKind',
  description: 'Who took part in a coordination meeting.',
  valuesMap: {
    PERSON: { description: 'The person themself.' },
    RELATIVE: { description: 'A relative or someone close to the person.' },
    EXTERNAL: {
      description: 'An external party, named by role (e.g. "fastlege", "NAV", "egen læge").',
    },
  } satisfies Record<keyof typeof ParticipantKind, { description: string }>,
});

/** The most participants one meeting names. */
export const MAX_PARTICIPANTS = 30;

@ObjectType('JournalParticipant', { description: 'One participant of a coordination meeting.' })
export class JournalParticipant {
  @Field(() => ParticipantKind, { description: 'The person, a relative or an external party.' })
  kind: ParticipantKind;

  @Field(() => String, {
    nullable: true,
    description: 'The role: required for an external party (e.g. "fastlege"), else optional.',
  })
  role: string | null;

  @Field(() => String, { nullable: true, description: 'The name, where it was given.' })
  name: string | null;
}

@InputType({ description: 'One participant of a coordination meeting.' })
export class JournalParticipantInput {
  @Field(() => ParticipantKind, { description: 'The person, a relative or an external party.' })
  @IsEnum(ParticipantKind)
  kind: ParticipantKind;

  @Field(() => String, {
    nullable: true,
    description:
      'The role (1–100 characters): required for EXTERNAL (e.g. "fastlege", "NAV"), optional otherwise (e.g. "datter").',
  })
  @ValidateIf(
    (p: JournalParticipantInput) =>
      p.kind === ParticipantKind.EXTERNAL || (p.role !== null && p.role !== undefined),
  )
  @LineText(1, 100)
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'The name (optional, 1–200 characters).' })
  @IsOptional()
  @LineText(1, 200)
  name?: string | null;
}

/** The stored form of the participants given. */
export function participantsOf(input: readonly JournalParticipantInput[]): JournalParticipant[] {
  return input.map((p) => ({ kind: p.kind, role: p.role ?? null, name: p.name ?? null }));
}

/** Whether the person or a relative took part (what level 3 requires). */
export function personOrRelativePresent(participants: readonly JournalParticipant[]): boolean {
  return participants.some(
    (p) => p.kind === ParticipantKind.PERSON || p.kind === ParticipantKind.RELATIVE,
  );
}
