import type { HandoverFieldsFragment } from '../../gql/graphql';

/** The newest handover of a case (handovers come oldest first). */
export function latestHandover<H extends Pick<HandoverFieldsFragment, 'sentAt'>>(
  handovers: readonly H[],
): H | undefined {
  return handovers.at(-1);
}

/** Today in the device's zone, as the API's dates (`2026-03-16`). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Calendar months later, clamped to the month's last day (as the API counts). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}
