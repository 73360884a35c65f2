// Front door of the journal module (its services): other modules import from here or from ./model (docs/architecture.md, "Front doors").
export { JournalService } from './journal.service';
