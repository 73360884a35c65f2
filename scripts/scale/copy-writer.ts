import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';

export type CopyValue = string | number | boolean | null | undefined | Date | readonly string[];

/** COPY text format: backslash escapes, `\N` for NULL. */
function encode(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.join(',')}}`;
  return (value as string)
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

/**
 * Collects rows for one table and sends them with COPY FROM STDIN on close(). Several
 * writers share one connection, so each holds its rows until its turn (one COPY at a time).
 */
export class CopyWriter {
  private chunks: string[] = [];
  private buffer: string[] = [];
  private bufferedChars = 0;
  rows = 0;

  constructor(
    private readonly client: PoolClient,
    private readonly table: string,
    private readonly columns: readonly string[],
  ) {}

  row(values: readonly CopyValue[]): void {
    const line = values.map(encode).join('\t') + '\n';
    this.buffer.push(line);
    this.bufferedChars += line.length;
    this.rows++;
    if (this.bufferedChars > 256 * 1024) this.seal();
  }

  private seal(): void {
    if (!this.buffer.length) return;
    this.chunks.push(this.buffer.join(''));
    this.buffer = [];
    this.bufferedChars = 0;
  }

  /** Streams the rows (with back-pressure) and waits for PostgreSQL to finish the COPY. */
  async close(): Promise<number> {
    this.seal();
    const rows = this.rows;
    if (!rows) return 0;
    const columns = this.columns.map((c) => `"${c}"`).join(', ');
    const stream = this.client.query(
      copyFrom(`COPY "${this.table}" (${columns}) FROM STDIN`),
    ) as unknown as CopyStreamQuery;
    const done = finished(stream);
    for (const chunk of this.chunks) {
      if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), done]);
    }
    this.chunks = [];
    this.rows = 0;
    stream.end();
    await done;
    return rows;
  }
}
