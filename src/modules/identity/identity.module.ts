import { Module } from '@nestjs/common';
import { PatientsResolver } from 'src/modules/identity/patients.resolver';
import { PatientsService } from 'src/modules/identity/patients.service';
import { DistrictsResolver, StaffResolver } from 'src/modules/identity/staff.resolver';
import { StaffService } from 'src/modules/identity/staff.service';

@Module({
  providers: [PatientsService, PatientsResolver, StaffService, StaffResolver, DistrictsResolver],
  exports: [PatientsService, StaffService],
})
export class IdentityModule {}
