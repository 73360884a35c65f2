import { Module } from '@nestjs/common';
import { EmergencyAccessResolver } from 'src/modules/emergency-access/emergency-access.resolver';
import { EmergencyAccessService } from 'src/modules/emergency-access/emergency-access.service';
import { IdentityModule } from 'src/modules/identity/identity.module';

@Module({
  imports: [IdentityModule],
  providers: [EmergencyAccessService, EmergencyAccessResolver],
  exports: [EmergencyAccessService],
})
export class EmergencyAccessModule {}
