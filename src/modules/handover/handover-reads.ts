import type { EntityManager } from 'typeorm';
import { HandoverEntity } from 'src/modules/handover/handover.entity';
import { HandoverStatus } from 'src/modules/handover/handover.enums';

/**
 * The case's handover its receiving unit has acknowledged (the newest), or null: the unit's
 * delegated adjustment starts there.
 */
export async function acknowledgedHandoverOf(
  manager: EntityManager,
  caseId: string,
): Promise<{ id: string; receivingUnitId: string } | null> {
  const handover = await manager.findOne(HandoverEntity, {
    where: { caseId, status: HandoverStatus.ACKNOWLEDGED },
    order: { sentAt: 'DESC' },
  });
  if (!handover?.receivingUnitId) return null;
  return { id: handover.id, receivingUnitId: handover.receivingUnitId };
}
