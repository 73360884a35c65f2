import { Module } from '@nestjs/common';
import {
  CaseHistoryResolver,
  CaseMemberResolver,
  CasesResolver,
  CoordinatorLoadResolver,
} from 'src/modules/cases/cases.resolver';
import { CaseActionsService } from 'src/modules/cases/case-actions.service';
import { CaseChanges } from 'src/modules/cases/case-change';
import { CasesService } from 'src/modules/cases/cases.service';
import { MunicipalCalendar } from 'src/modules/cases/municipal-calendar';
import { CoordinationResolver } from 'src/modules/cases/coordination.resolver';
import { CoordinationService } from 'src/modules/cases/coordination.service';
import { IdentityModule } from 'src/modules/identity/identity.module';
import { JournalModule } from 'src/modules/journal/journal.module';
import { SettingsModule } from 'src/modules/settings/settings.module';

@Module({
  imports: [IdentityModule, JournalModule, SettingsModule],
  providers: [
    MunicipalCalendar,
    CasesService,
    CaseChanges,
    CaseActionsService,
    CasesResolver,
    CoordinatorLoadResolver,
    CaseMemberResolver,
    CaseHistoryResolver,
    CoordinationService,
    CoordinationResolver,
  ],
  exports: [CasesService, CaseChanges, CaseActionsService, MunicipalCalendar],
})
export class CasesModule {}
