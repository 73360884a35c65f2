import { Module } from '@nestjs/common';
import { StatisticsResolver } from 'src/modules/statistics/statistics.resolver';
import { StatisticsService } from 'src/modules/statistics/statistics.service';

@Module({ providers: [StatisticsService, StatisticsResolver] })
export class StatisticsModule {}
