import { Module } from '@nestjs/common';
import {
  AuditTrailConnectionResolver,
  AuditTrailResolver,
} from 'src/modules/audit/audit-trail.resolver';
import { AuditTrailService } from 'src/modules/audit/audit-trail.service';
import { IdentityModule } from 'src/modules/identity/identity.module';

/** The privacy officer's view of the audit trail (writing it is AuditService, in CoreModule). */
@Module({
  imports: [IdentityModule],
  providers: [AuditTrailService, AuditTrailResolver, AuditTrailConnectionResolver],
  exports: [AuditTrailService],
})
export class AuditModule {}
