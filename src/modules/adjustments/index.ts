// Front door of the adjustments module (its services): other modules import from here or from ./model (docs/architecture.md, "Front doors").
export { AdjustmentsService } from './adjustments.service';
