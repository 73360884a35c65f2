// Front door of the identity module (its services): other modules import from here or from ./model (docs/architecture.md, "Front doors").
export { IdentityLoaders } from './identity.loaders';
export { PatientsService } from './patients.service';
export { StaffService } from './staff.service';
