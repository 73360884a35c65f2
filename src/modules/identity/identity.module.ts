import { Module } from '@nestjs/common';
import { IdentityLoaders } from 'src/modules/identity/identity.loaders';
import { PatientsResolver } from 'src/modules/identity/patients.resolver';
import { PatientsService } from 'src/modules/identity/patients.service';
import {
  AssessmentTeamsResolver,
  DistrictsResolver,
  StaffResolver,
} from 'src/modules/identity/staff.resolver';
import { StaffService } from 'src/modules/identity/staff.service';

@Module({
  providers: [
    IdentityLoaders,
    PatientsService,
    PatientsResolver,
    StaffService,
    StaffResolver,
    DistrictsResolver,
    AssessmentTeamsResolver,
  ],
  exports: [IdentityLoaders, PatientsService, StaffService],
})
export class IdentityModule {}
