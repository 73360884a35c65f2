import type { Caller } from 'src/common/auth/caller';
import { entityColumns, takePrefixed } from 'src/database/entity-columns';
import type { DataSource } from 'typeorm';
import type { AppConfig } from 'src/config/app-config';
import type { IdentityLoaders } from 'src/modules/identity';
import { StaffMemberEntity } from 'src/modules/identity/model';
import type { JournalEntryEntity } from 'src/modules/journal/journal-entry.entity';
import { TEXT_SEARCH_CONFIG } from 'src/modules/journal/journal.enums';

/** A journal row as listed: the current version, with its search rank and highlight. */
export type ListedEntry = JournalEntryEntity & {
  highlight?: string | null;
  originalWrittenAt: Date;
};

// Plain text in, plain text out: hits are marked with « and », never HTML.
export const HEADLINE_OPTIONS = 'StartSel=«, StopSel=», MaxFragments=3, MaxWords=25, MinWords=8';

/** Prefix of the author's columns joined into journal pages. */
const AUTHOR = 'author__';

/** The text search configuration of the municipality's language. */
export function textSearchConfig(config: AppConfig): string {
  return TEXT_SEARCH_CONFIG[config.MUNICIPALITY_LANGUAGE];
}

/** The author's columns of a page joined with `staff_members a`. */
export function authorColumns(dataSource: DataSource): string {
  return entityColumns(dataSource, StaffMemberEntity, 'a', AUTHOR);
}

/** The joined authors go to this request's staff loader: `author` needs no query. */
export function primeAuthors(identity: IdentityLoaders, caller: Caller, rows: object[]): void {
  identity.prime(caller, {
    staff: rows.map((row) =>
      takePrefixed<StaffMemberEntity>(row as Record<string, unknown>, AUTHOR),
    ),
  });
}
