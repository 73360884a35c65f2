// Front door of the assessments module (its services): other modules import from here or from ./model (docs/architecture.md, "Front doors").
export { AssessmentsService } from './assessments.service';
