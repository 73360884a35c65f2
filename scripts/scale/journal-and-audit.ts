import type { SingleBar } from 'cli-progress';
import type { Pool, PoolClient } from 'pg';
import { addDays } from 'src/modules/cases/model';
import {
  type JournalEvent,
  journalEventText,
  type JournalKind,
  SYSTEM_KINDS,
  TEXT_SEARCH_CONFIG,
} from 'src/modules/journal/model';
import { CopyWriter } from './copy-writer';
import { HOLD_REASON } from './cases-and-referrals';
import { decisionText, handoverText, journalText } from './journal-text';
import {
  atWorkingHour,
  type Case,
  CLARIFICATION_DAYS,
  LANGUAGE,
  LEVELS,
  type Options,
  type Staff,
} from './model';
import { Prng } from './prng';

/**
 * Phase "journal and audit": per case its journal (the system's events, decisions and
 * handovers, the team's entries, a few corrections, the heads) and the audit trail of those
 * writes and of journal reads. Chunks of cases run in parallel, each with its own stream.
 */

const USER_KINDS: [string, number][] = [
  ['NOTE', 30],
  ['HOME_VISIT', 20],
  ['PHONE_CALL', 20],
  ['MEETING', 8],
  ['FINDING', 12],
  ['INTERIM_SERVICE', 3],
];
/** Journal reads audited per journal entry written (the rest of the audit trail is writes). */
const AUDIT_READS_PER_ENTRY = 0.3;
const TS_CONFIG = TEXT_SEARCH_CONFIG[LANGUAGE];

/** The system's entry for a case event, in the words the journal module writes. */
const eventTexts = new Map<string, string>();
function eventTextOf(event: JournalEvent): string {
  // Few distinct events (a deadline date each): format each once.
  const key = JSON.stringify(event);
  let text = eventTexts.get(key);
  if (text === undefined) {
    text = journalEventText(event, LANGUAGE);
    eventTexts.set(key, text);
  }
  return text;
}

/** The entry of a hold, with the reason its case_holds row gives. */
function holdText(r: Prng): string {
  // The draw the place in the old wording took: the rest of the stream stays as it was.
  r.next();
  return eventTextOf({ type: 'HOLD', reason: HOLD_REASON });
}

const JOURNAL_COLUMNS = [
  'id',
  'case_id',
  'patient_id',
  'team_id',
  'root_id',
  'amends_id',
  'version',
  'kind',
  'text',
  'author_id',
  'author_profession',
  'written_at',
  'visible_to_patient',
  'entered_in_error',
  'amend_reason',
  'ts_config',
];
const AUDIT_COLUMNS = [
  'id',
  'occurred_at',
  'request_id',
  'actor_id',
  'actor_profession',
  'action',
  'access',
  'patient_ids',
  'case_ids',
  'args',
];

/** One chunk of cases: their journals (originals, corrections, heads) and audit trail. */
async function seedJournalChunk(
  client: PoolClient,
  seed: number,
  chunk: Case[],
  now: Date,
): Promise<number> {
  // Each chunk has its own stream: the result does not depend on which job ran it.
  const r = new Prng(seed * 1_000_003 + chunk[0].index);
  const entries = new CopyWriter(client, 'journal_entries', JOURNAL_COLUMNS);
  const heads = new CopyWriter(client, 'journal_heads', [
    'root_id',
    'case_id',
    'latest_id',
    'version',
    'original_written_at',
  ]);
  const audit = new CopyWriter(client, 'audit_events', AUDIT_COLUMNS);
  let written = 0;
  for (const c of chunk) {
    const start = c.acceptedAt.getTime();
    const end = (c.endedAt ?? now).getTime() + (c.handedOver ? 30 * 86_400_000 : 0);
    const last = Math.min(end, now.getTime());
    const span = Math.max(last - start, 3_600_000);
    const planned: { at: number; kind: string; text: string; author: Staff }[] = [];
    planned.push({
      at: start,
      kind: 'EVENT',
      // The deadline as it stood at acceptance.
      text: eventTextOf({
        type: 'ACCEPTED',
        deadlineDate: addDays(c.acceptedOn, CLARIFICATION_DAYS),
      }),
      author: c.coordinator,
    });
    if (c.onHoldSince)
      planned.push({
        at: atWorkingHour(r, c.onHoldSince).getTime(),
        kind: 'EVENT',
        text: holdText(r),
        author: c.coordinator,
      });
    if (c.decidedOn) {
      const decidedAt = atWorkingHour(r, c.decidedOn).getTime();
      planned.push({
        at: decidedAt,
        kind: 'DECISION',
        text: decisionText(r, r.pick(LEVELS)),
        author: r.pick(c.team.caseworkers),
      });
      if (c.handedOver)
        planned.push({
          at: decidedAt + 3_600_000,
          kind: 'HANDOVER',
          text: handoverText(r, 'ordinær hjemmetjeneste'),
          author: c.coordinator,
        });
    }
    for (let i = planned.length; i < c.journalCount; i++) {
      const at = start + Math.floor(r.next() * span);
      // After the handover the receiving unit writes too.
      const receiving =
        c.handedOver && c.decidedOn && at > Date.parse(`${c.decidedOn}T12:00:00Z`) && r.chance(0.6);
      const kind = r.weighted(USER_KINDS);
      const author = receiving
        ? r.pick(c.team.homeCare)
        : r.pick(r.chance(0.15) ? c.team.coordinators : c.team.clinicians);
      planned.push({ at, kind, text: journalText(r, kind), author });
    }
    // Nothing is written in the future (a working hour today may still be ahead).
    for (const p of planned) p.at = Math.min(p.at, now.getTime());
    planned.sort((a, b) => a.at - b.at);
    for (const p of planned) {
      const id = r.uuid();
      const writtenAt = new Date(p.at);
      entries.row([
        id,
        c.id,
        c.patientId,
        c.team.id,
        id,
        null,
        1,
        p.kind,
        p.text,
        p.author.id,
        p.author.profession,
        writtenAt,
        r.chance(0.1),
        false,
        null,
        TS_CONFIG,
      ]);
      let latest = id;
      let version = 1;
      const system = SYSTEM_KINDS.includes(p.kind as JournalKind);
      // About 2 % of entries are corrected once by their author.
      if (!system && r.chance(0.02)) {
        const amended = r.uuid();
        const at = new Date(Math.min(p.at + r.int(10, 600) * 60_000, now.getTime()));
        entries.row([
          amended,
          c.id,
          c.patientId,
          c.team.id,
          id,
          id,
          2,
          p.kind,
          `${p.text} Rettelse: ${journalText(r, 'NOTE')}`,
          p.author.id,
          p.author.profession,
          at,
          false,
          false,
          'Feil i dosering rettet',
          TS_CONFIG,
        ]);
        auditRow(audit, r, at, p.author, 'amendJournalEntry', 'WRITE', c, {
          entryId: amended,
          amends: id,
          version: 2,
        });
        latest = amended;
        version = 2;
        written++;
      }
      heads.row([id, c.id, latest, version, writtenAt]);
      if (!system)
        auditRow(audit, r, writtenAt, p.author, 'addJournalEntry', 'WRITE', c, {
          caseId: c.id,
          entryId: id,
          kind: p.kind,
        });
      if (r.chance(AUDIT_READS_PER_ENTRY)) {
        const reader = r.pick(c.team.clinicians);
        const at = new Date(Math.min(p.at + r.int(1, 72) * 3_600_000, now.getTime()));
        auditRow(audit, r, at, reader, 'journal', 'READ', c, {
          caseId: c.id,
          kinds: null,
          search: null,
          first: 20,
        });
      }
      written++;
    }
  }
  await entries.close();
  await heads.close();
  await audit.close();
  return written;
}

function auditRow(
  audit: CopyWriter,
  r: Prng,
  at: Date,
  actor: Staff,
  action: string,
  access: 'READ' | 'WRITE',
  c: Case,
  args: Record<string, unknown>,
): void {
  audit.row([
    r.uuid(),
    at,
    r.uuid(),
    actor.id,
    actor.profession,
    action,
    access,
    [c.patientId],
    [c.id],
    JSON.stringify(args),
  ]);
}

export async function seedJournals(
  pool: Pool,
  options: Options,
  cases: Case[],
  now: Date,
  bar: SingleBar,
): Promise<void> {
  const chunkSize = 1000;
  const chunks: Case[][] = [];
  for (let i = 0; i < cases.length; i += chunkSize) chunks.push(cases.slice(i, i + chunkSize));
  let next = 0;
  let done = 0;
  const job = async () => {
    const client = await pool.connect();
    try {
      await client.query('SET synchronous_commit = off');
      while (next < chunks.length) {
        const chunk = chunks[next++];
        await client.query('BEGIN');
        done += await seedJournalChunk(client, options.seed, chunk, now);
        await client.query('COMMIT');
        bar.update(done);
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: options.jobs }, job));
}
