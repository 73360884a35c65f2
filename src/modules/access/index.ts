// Front door of the access module (its services): other modules import from here or from ./model (docs/architecture.md, "Front doors").
export { AccessPolicyService } from './access-policy.service';
