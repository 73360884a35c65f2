import { Args, Query, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import { TeamBudgetService } from 'src/modules/statistics/team-budget.service';
import { TeamBudget, TeamBudgetArgs } from 'src/modules/statistics/team-budget.types';

@Resolver(() => TeamBudget)
export class TeamBudgetResolver {
  constructor(private readonly service: TeamBudgetService) {}

  @Query(() => TeamBudget, {
    description:
      "The team's tariff budget (Syddjurs) for a period, per tariff category and band, against the previous period: its members and its district's LEADERs; counts and sums, no names. FEATURE_DISABLED unless the team's district has tariffCategories on.",
  })
  teamBudget(@CurrentCaller() caller: Caller, @Args() args: TeamBudgetArgs): Promise<TeamBudget> {
    return this.service.teamBudget(caller, args);
  }
}
