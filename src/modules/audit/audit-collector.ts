import { AuditAccess } from 'src/modules/audit/audit-event.entity';

export interface Touched {
  patientIds?: readonly string[];
  caseIds?: readonly string[];
}

/** A case (and its person) the caller reaches through an emergency access grant. */
export interface EmergencyReach {
  caseId: string;
  patientId: string;
}

export interface PendingAuditEvent {
  access: AuditAccess;
  actions: Set<string>;
  patientIds: Set<string>;
  caseIds: Set<string>;
  args: Record<string, unknown>[];
  emergency: boolean;
}

/**
 * Collects the reads and refusals of one request, so that the request writes one
 * audit event per kind of access, listing every person and case it touched.
 * Flushed before the response leaves (see AuditFlushPlugin).
 */
export class AuditCollector {
  private readonly pending = new Map<AuditAccess, PendingAuditEvent>();
  private readonly emergencyCases = new Set<string>();
  private readonly emergencyPatients = new Set<string>();
  /** Milliseconds this request spent writing its audit rows (the Server-Timing header). */
  spentMs = 0;

  /**
   * Cases the caller reaches only by breaking the glass (their active grants, or one
   * granted or checked during this request): reads and writes touching them, or their
   * persons, are flagged `emergency` for the privacy officer.
   */
  underEmergency(reaches: readonly EmergencyReach[]): void {
    for (const reach of reaches) {
      this.emergencyCases.add(reach.caseId);
      this.emergencyPatients.add(reach.patientId);
    }
  }

  /** Whether an access to `touched` happens under an emergency access grant. */
  isEmergency(touched: Touched): boolean {
    if (this.emergencyCases.size === 0) return false;
    return (
      (touched.caseIds ?? []).some((id) => this.emergencyCases.has(id)) ||
      (touched.patientIds ?? []).some((id) => this.emergencyPatients.has(id))
    );
  }

  read(action: string, touched: Touched, args: Record<string, unknown> = {}): void {
    this.add(AuditAccess.READ, action, touched, args, this.isEmergency(touched));
  }

  refused(action: string, touched: Touched, args: Record<string, unknown> = {}): void {
    this.add(AuditAccess.REFUSED, action, touched, args, false);
  }

  /** Takes the collected events out; the collector is empty afterwards. */
  drain(): PendingAuditEvent[] {
    const events = [...this.pending.values()];
    this.pending.clear();
    return events;
  }

  private add(
    access: AuditAccess,
    action: string,
    touched: Touched,
    args: Record<string, unknown>,
    emergency: boolean,
  ): void {
    let event = this.pending.get(access);
    if (!event) {
      event = {
        access,
        actions: new Set(),
        patientIds: new Set(),
        caseIds: new Set(),
        args: [],
        emergency: false,
      };
      this.pending.set(access, event);
    }
    event.actions.add(action);
    touched.patientIds?.forEach((id) => event.patientIds.add(id));
    touched.caseIds?.forEach((id) => event.caseIds.add(id));
    if (Object.keys(args).length > 0) event.args.push({ action, ...args });
    event.emergency ||= emergency;
  }
}
