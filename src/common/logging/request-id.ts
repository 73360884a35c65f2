import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const VALID_REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** A caller's X-Request-Id if it looks sane, else a new one; echoed in the response. */
export function requestIdOf(req: IncomingMessage, res?: ServerResponse): string {
  const existing = (req as IncomingMessage & { requestId?: string }).requestId;
  if (existing) return existing;
  const header = req.headers['x-request-id'];
  const id = typeof header === 'string' && VALID_REQUEST_ID.test(header) ? header : randomUUID();
  (req as IncomingMessage & { requestId?: string }).requestId = id;
  res?.setHeader('x-request-id', id);
  return id;
}
