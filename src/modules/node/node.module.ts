import { Module } from '@nestjs/common';
import { AssessmentsModule } from 'src/modules/assessments/assessments.module';
import { AuditModule } from 'src/modules/audit/audit.module';
import { CasesModule } from 'src/modules/cases/cases.module';
import { EmergencyAccessModule } from 'src/modules/emergency-access/emergency-access.module';
import { GoalPlansModule } from 'src/modules/goal-plans/goal-plans.module';
import { IdentityModule } from 'src/modules/identity/identity.module';
import { JournalModule } from 'src/modules/journal/journal.module';
import { NodeResolver } from 'src/modules/node/node.resolver';
import { NodeService } from 'src/modules/node/node.service';
import { ReferralsModule } from 'src/modules/referrals/referrals.module';

/** `node(id)`: any object by its id, through the read of its own type. */
@Module({
  imports: [
    IdentityModule,
    CasesModule,
    ReferralsModule,
    JournalModule,
    GoalPlansModule,
    AssessmentsModule,
    AuditModule,
    EmergencyAccessModule,
  ],
  providers: [NodeService, NodeResolver],
})
export class NodeModule {}
