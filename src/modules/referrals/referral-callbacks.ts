import type { EntityManager } from 'typeorm';
import type { Caller } from 'src/common/auth/caller';
import type { ReferralCallbackEntity } from 'src/modules/referrals/referral-callback.entity';
import { CallbackKeptHow } from 'src/modules/referrals/referral.enums';

/** The open callback of a referral: neither kept nor replaced by a later due time. */
export const OPEN_CALLBACK = `cb.kept_at IS NULL AND cb.replaced_at IS NULL`;

/** Kept on time: made (or the referral triaged) at or before the due time. */
export function keptOnTime(callback: Pick<ReferralCallbackEntity, 'keptAt' | 'dueAt'>): boolean {
  return (
    callback.keptAt !== null &&
    new Date(callback.keptAt).getTime() <= new Date(callback.dueAt).getTime()
  );
}

/**
 * Triage keeps a promised callback: the person hears the answer (accepted, rejected,
 * redirected or resolved directly). Kept on time when triaged by the due time; a triage
 * after it closes the callback as kept late, so no callback stays open on a triaged referral.
 * Answers what the audit row records, or null when none was open.
 */
export async function keepCallbackByTriage(
  manager: EntityManager,
  caller: Caller,
  referralId: string,
  now: Date,
): Promise<{ callbackId: string; keptOnTime: boolean } | null> {
  const rows = (await manager.query(
    `UPDATE referral_callbacks cb SET kept_at = $2, kept_how = $3, kept_by = $4
      WHERE cb.referral_id = $1 AND ${OPEN_CALLBACK}
      RETURNING cb.id, cb.due_at AS "dueAt", cb.kept_at AS "keptAt"`,
    [referralId, now, CallbackKeptHow.TRIAGED, caller.actor.staffId],
  )) as [{ id: string; dueAt: Date; keptAt: Date }[], number];
  const kept = rows[0][0];
  return kept ? { callbackId: kept.id, keptOnTime: keptOnTime(kept) } : null;
}
