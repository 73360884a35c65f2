// Front door of the emergency-access module (its services): other modules import from here or from ./model (docs/architecture.md, "Front doors").
export { EmergencyAccessService } from './emergency-access.service';
