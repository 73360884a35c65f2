import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { AssessmentCaseEntity } from 'src/modules/cases/model';
import {
  AssessmentTeamEntity,
  checkIn,
  PatientEntity,
  Profession,
  StaffMemberEntity,
} from 'src/modules/identity/model';
import {
  JournalKind,
  MAX_ENTRY_LENGTH,
  TEXT_SEARCH_CONFIG,
} from 'src/modules/journal/journal.enums';
import { Node } from 'src/common/graphql/node.interface';
import { JournalParticipant } from 'src/modules/journal/coordination-meeting';

/**
 * One version of an entry in the shared collaboration journal. Append-only: the
 * database refuses UPDATE, DELETE and TRUNCATE. A correction is a new version that
 * `amends` the one before; all versions of an entry share its `rootId`.
 */
@ObjectType('JournalEntry', {
  implements: () => [Node],
  description: 'An entry of the shared collaboration journal (one version of it).',
})
@Entity({ name: 'journal_entries' })
@Index('UQ_journal_entries_root_version', ['rootId', 'version'], { unique: true })
@Index('UQ_journal_entries_author_idempotency', ['authorId', 'idempotencyKey'], {
  unique: true,
  where: '"idempotency_key" IS NOT NULL',
})
@Index('IX_journal_entries_case', ['caseId', 'writtenAt'])
// Team-wide search, newest first: walked backwards for a broad term.
@Index('IX_journal_entries_team_time', ['teamId', 'writtenAt', 'id'])
@Check('CHK_journal_entries_kind', checkIn('kind', Object.values(JournalKind)))
@Check('CHK_journal_entries_text', `char_length("text") BETWEEN 1 AND ${MAX_ENTRY_LENGTH}`)
@Check(
  'CHK_journal_entries_version',
  `"version" >= 1 AND (("version" = 1) = ("amends_id" IS NULL))`,
)
@Check('CHK_journal_entries_ts_config', checkIn('ts_config', Object.values(TEXT_SEARCH_CONFIG)))
// A coordination meeting names its participants; no other kind has any.
@Check(
  'CHK_journal_entries_participants',
  `("kind" = 'COORDINATION_MEETING') = ("participants" IS NOT NULL) AND ("participants" IS NULL OR jsonb_typeof("participants") = 'array')`,
)
@Check(
  'CHK_journal_entries_author_profession',
  checkIn('author_profession', Object.values(Profession)),
)
export class JournalEntryEntity {
  @Field(() => ID, { description: 'Identifier of this version.' })
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'PK_journal_entries' })
  id: string;

  @Field(() => ID, { description: 'The case.' })
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => AssessmentCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_journal_entries_case' })
  assessmentCase: Relation<AssessmentCaseEntity>;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  /**
   * The case's team when the entry was written (a case never changes team), so that a
   * team's journals are searched without going through its cases.
   */
  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => AssessmentTeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'FK_journal_entries_team' })
  team: Relation<AssessmentTeamEntity>;

  @ManyToOne(() => PatientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'FK_journal_entries_patient' })
  patient: Relation<PatientEntity>;

  @Field(() => ID, { description: 'Identifier of the first version: the entry as a whole.' })
  @Column({ name: 'root_id', type: 'uuid' })
  rootId: string;

  @ManyToOne(() => JournalEntryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'root_id', foreignKeyConstraintName: 'FK_journal_entries_root' })
  root: Relation<JournalEntryEntity>;

  @Field(() => ID, { nullable: true, description: 'The version this one corrects.' })
  @Column({ name: 'amends_id', type: 'uuid', nullable: true })
  amendsId: string | null;

  @ManyToOne(() => JournalEntryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'amends_id', foreignKeyConstraintName: 'FK_journal_entries_amends' })
  amends: Relation<JournalEntryEntity> | null;

  @Field(() => Int, { description: 'Version number, 1 for the original.' })
  @Column({ type: 'int' })
  version: number;

  @Field(() => JournalKind, { description: 'What the entry records.' })
  @Column({ type: 'text' })
  kind: JournalKind;

  @Field({ description: 'The text (plain, at most 20 000 characters).' })
  @Column({ type: 'text' })
  text: string;

  @Field(() => ID, { description: 'Who wrote this version.' })
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  // Resolved from the per-request DataLoaders (src/common/graphql/fast-fields.ts).
  @Field(() => StaffMemberEntity, { description: 'Who wrote this version.' })
  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_journal_entries_author' })
  author: Relation<StaffMemberEntity>;

  @Field(() => Profession, { description: 'Their profession when writing.' })
  @Column({ name: 'author_profession', type: 'text' })
  authorProfession: Profession;

  @Field({ description: 'When this version was written.' })
  @Column({ name: 'written_at', type: 'timestamptz' })
  writtenAt: Date;

  @Field({ description: 'Whether the person may read it.' })
  @Column({ name: 'visible_to_patient', type: 'boolean', default: false })
  visibleToPatient: boolean;

  @Field({ description: 'Marked as entered in error (the text is kept).' })
  @Column({ name: 'entered_in_error', type: 'boolean', default: false })
  enteredInError: boolean;

  @Field(() => String, { nullable: true, description: 'Why this version corrects the one before.' })
  @Column({ name: 'amend_reason', type: 'text', nullable: true })
  amendReason: string | null;

  @Field(() => ID, { nullable: true, description: 'A goal of the goal plan the entry is about.' })
  @Column({ name: 'goal_id', type: 'uuid', nullable: true })
  goalId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A measure of the goal plan the entry is about.',
  })
  @Column({ name: 'measure_id', type: 'uuid', nullable: true })
  measureId: string | null;

  @Field(() => [JournalParticipant], {
    nullable: true,
    description:
      'A coordination meeting: who took part (the person, relatives, external parties by role); null for other kinds.',
  })
  @Column({ type: 'jsonb', nullable: true })
  participants: JournalParticipant[] | null;

  /** Client-chosen key: a retry with the same key answers the first entry. */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  /** The text-search configuration, stored so the index never depends on runtime config. */
  @Column({ name: 'ts_config', type: 'text' })
  tsConfig: string;

  /**
   * In search results: the passages that match (from the query; not a column). A plain
   * field, as list pages resolve it for every entry.
   */
  @Field(() => String, {
    nullable: true,
    description: 'In search results: the matching passages, hits marked «like this».',
  })
  highlight?: string | null;

  /** Resolved from `kind` in src/common/graphql/fast-fields.ts (not a column). */
  @Field(() => Boolean, { description: 'Written by the system (EVENT, DECISION, HANDOVER).' })
  isSystem?: boolean;

  /**
   * Filled by a BEFORE INSERT trigger from `ts_config` and `text`. GIN-indexed with `team_id`
   * in front (btree_gin, migration TeamJournalSearchIndexes): a rare term is found in one
   * team's journals by one index scan, and the index serves a search-only condition too.
   */
  @Index('IX_journal_entries_team_search', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  search: string | null;
}

/**
 * The current version of every entry: a small mutable index beside the append-only
 * journal, so lists read one row per entry without scanning the history.
 */
@Entity({ name: 'journal_heads' })
@Index('IX_journal_heads_case_time', ['caseId', 'originalWrittenAt', 'rootId'])
export class JournalHeadEntity {
  @PrimaryColumn('uuid', { name: 'root_id', primaryKeyConstraintName: 'PK_journal_heads' })
  rootId: string;

  @ManyToOne(() => JournalEntryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'root_id', foreignKeyConstraintName: 'FK_journal_heads_root' })
  root: Relation<JournalEntryEntity>;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => AssessmentCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_journal_heads_case' })
  assessmentCase: Relation<AssessmentCaseEntity>;

  @Column({ name: 'latest_id', type: 'uuid' })
  latestId: string;

  @ManyToOne(() => JournalEntryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'latest_id', foreignKeyConstraintName: 'FK_journal_heads_latest' })
  latest: Relation<JournalEntryEntity>;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'original_written_at', type: 'timestamptz' })
  originalWrittenAt: Date;
}
