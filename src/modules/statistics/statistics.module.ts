import { Module } from '@nestjs/common';
import { SettingsModule } from 'src/modules/settings/settings.module';
import { StatisticsResolver } from 'src/modules/statistics/statistics.resolver';
import { StatisticsService } from 'src/modules/statistics/statistics.service';
import { TeamBudgetResolver } from 'src/modules/statistics/team-budget.resolver';
import { TeamBudgetService } from 'src/modules/statistics/team-budget.service';

@Module({
  imports: [SettingsModule],
  providers: [StatisticsService, StatisticsResolver, TeamBudgetService, TeamBudgetResolver],
})
export class StatisticsModule {}
