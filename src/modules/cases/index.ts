// Front door of the cases module (its services): other modules import from here or from ./model (docs/architecture.md, "Front doors").
export { CaseActionsService } from './case-actions.service';
export { CaseChanges } from './case-change';
export { CasesService } from './cases.service';
export { MunicipalCalendar } from './municipal-calendar';
