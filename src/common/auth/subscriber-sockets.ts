import { Injectable } from '@nestjs/common';

/**
 * The channel a deactivation is announced on (LISTEN/NOTIFY): every API instance closes
 * the deactivated staff member's sockets, not only the instance that deactivated them.
 */
export const STAFF_DEACTIVATED_CHANNEL = 'kartlegg_staff_deactivated';

/** graphql-ws closes with 4403 Forbidden when onConnect refuses; a deactivation does the same. */
export const FORBIDDEN_CLOSE_CODE = 4403;

/** The part of a `ws` WebSocket this registry uses. */
export interface ClosableSocket {
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/**
 * The open subscription sockets of this API instance, per staff member, so that a
 * deactivation closes them at once. Only sockets live here: who may read what is decided
 * again from the database at every delivery.
 */
@Injectable()
export class SubscriberSockets {
  private readonly byStaff = new Map<string, Set<ClosableSocket>>();

  add(staffId: string, socket: ClosableSocket): void {
    let sockets = this.byStaff.get(staffId);
    if (!sockets) {
      sockets = new Set();
      this.byStaff.set(staffId, sockets);
    }
    sockets.add(socket);
    socket.once('close', () => {
      const open = this.byStaff.get(staffId);
      open?.delete(socket);
      if (open?.size === 0) this.byStaff.delete(staffId);
    });
  }

  /** Closes every socket of the staff member on this instance (4403); answers how many. */
  closeFor(staffId: string): number {
    const sockets = this.byStaff.get(staffId);
    if (!sockets) return 0;
    this.byStaff.delete(staffId);
    for (const socket of sockets) socket.close(FORBIDDEN_CLOSE_CODE, 'Forbidden');
    return sockets.size;
  }

  /** Open sockets of the staff member on this instance. */
  count(staffId: string): number {
    return this.byStaff.get(staffId)?.size ?? 0;
  }
}
