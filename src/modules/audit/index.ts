// Front door of the audit module (its services): other modules import from here or from ./model (docs/architecture.md, "Front doors").
export { AuditTrailService } from './audit-trail.service';
export { AuditService } from './audit.service';
