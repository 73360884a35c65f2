// Front door of the referrals module (its services): other modules import from here or from ./model (docs/architecture.md, "Front doors").
export { ReferralsService } from './referrals.service';
