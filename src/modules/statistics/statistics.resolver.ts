import { Args, Query, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import { StatisticsService } from 'src/modules/statistics/statistics.service';
import { Statistics, StatisticsArgs } from 'src/modules/statistics/statistics.types';

@Resolver(() => Statistics)
export class StatisticsResolver {
  constructor(private readonly service: StatisticsService) {}

  @Query(() => Statistics, {
    description:
      'Outcome figures of a district (its leaders and team members): no names, groups under 5 suppressed.',
  })
  statistics(@CurrentCaller() caller: Caller, @Args() args: StatisticsArgs): Promise<Statistics> {
    return this.service.statistics(caller, args);
  }
}
