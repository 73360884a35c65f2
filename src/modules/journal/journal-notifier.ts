import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { STAFF_DEACTIVATED_CHANNEL, SubscriberSockets } from 'src/common/auth/subscriber-sockets';
import { LOGGER } from 'src/common/logging/logger';

const RECONNECT_MS = 1000;

/** The channel journal notifications travel on (LISTEN/NOTIFY, across API instances). */
export const JOURNAL_CHANNEL = 'kartlegg_journal';

export interface JournalEntryNotification {
  caseId: string;
  entryId: string;
}

/**
 * Fans journal notifications out to this instance's subscribers. Every API instance
 * LISTENs on the same PostgreSQL channel, so an entry written through any instance
 * reaches subscribers on all of them; nothing is kept in the API process. The same
 * connection hears deactivations, and closes the deactivated staff member's sockets here.
 */
@Injectable()
export class JournalNotifier implements OnModuleInit, OnModuleDestroy {
  private readonly pubSub = new PubSub<Record<string, JournalEntryNotification>>();
  private client: Client | null = null;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sockets: SubscriberSockets,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => undefined);
  }

  /** An async iterator of notifications for one case. */
  subscribe(caseId: string): AsyncIterableIterator<JournalEntryNotification> {
    return this.pubSub.asyncIterableIterator(this.topic(caseId));
  }

  private topic(caseId: string): string {
    return `journal:${caseId}`;
  }

  private async listen(): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    const client = new Client({
      connectionString: options.url,
      application_name: 'kartlegg-journal-listener',
    });
    client.on('notification', (message) => {
      if (message.channel === STAFF_DEACTIVATED_CHANNEL && message.payload) {
        this.sockets.closeFor(message.payload);
        return;
      }
      if (message.channel !== JOURNAL_CHANNEL || !message.payload) return;
      try {
        const note = JSON.parse(message.payload) as JournalEntryNotification;
        void this.pubSub.publish(this.topic(note.caseId), note);
      } catch {
        this.logger.warn('ignored a malformed journal notification');
      }
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'journal listener lost its connection; reconnecting');
      this.reconnect(client);
    });
    await client.connect();
    if (this.stopped) {
      // The module was destroyed while this connection was being made: do not keep it.
      await client.end().catch(() => undefined);
      return;
    }
    await client.query(`LISTEN ${JOURNAL_CHANNEL}; LISTEN ${STAFF_DEACTIVATED_CHANNEL}`);
    this.client = client;
  }

  private reconnect(broken: Client): void {
    if (this.stopped || this.client !== broken) return;
    this.client = null;
    void broken.end().catch(() => undefined);
    setTimeout(() => {
      if (this.stopped) return;
      this.listen().catch((error: unknown) => {
        this.logger.warn({ err: error }, 'journal listener could not reconnect; retrying');
        this.client = broken;
        this.reconnect(broken);
      });
    }, RECONNECT_MS).unref();
  }
}

/**
 * The entries a subscriber receives: each notification goes through `deliver` (decide,
 * audit, load) before it is yielded; null skips it, a throw ends the subscription with that
 * error (graphql-ws sends it as the operation's error). Not an async generator: a generator
 * waiting for the next notification could not be stopped until one came, so an unsubscribe
 * would leave the PubSub subscription behind.
 */
export function deliveries<T>(
  source: AsyncIterableIterator<JournalEntryNotification>,
  deliver: (note: JournalEntryNotification) => Promise<T | null>,
): AsyncIterableIterator<T> {
  const stop = async (): Promise<IteratorResult<T>> => {
    await source.return?.();
    return { value: undefined, done: true };
  };
  const iterator: AsyncIterableIterator<T> = {
    [Symbol.asyncIterator]: () => iterator,
    async next(): Promise<IteratorResult<T>> {
      for (;;) {
        const note = await source.next();
        if (note.done) return { value: undefined, done: true };
        let value: T | null;
        try {
          value = await deliver(note.value);
        } catch (error) {
          await stop();
          throw error;
        }
        if (value !== null) return { value, done: false };
      }
    },
    return: stop,
    async throw(error?: unknown): Promise<IteratorResult<T>> {
      await stop();
      throw error;
    },
  };
  return iterator;
}
