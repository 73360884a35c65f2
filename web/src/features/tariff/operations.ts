import { graphql } from '../../gql';

/** The teams whose budget the caller may read (members, and the district's leaders). */
export const BudgetSetupQuery = graphql(`
  query BudgetSetup {
    districts {
      id
      name
      teams {
        id
        name
        viewerCan
      }
    }
  }
`);

export const TeamBudgetQuery = graphql(`
  query TeamBudget($teamId: ID!, $from: Date!, $to: Date!) {
    teamBudget(teamId: $teamId, from: $from, to: $to) {
      id
      from
      to
      previousFrom
      previousTo
      amountChange
      tariffWeeksChange
      total {
        decisions
        tariffWeeks
        amount
      }
      previousTotal {
        decisions
        tariffWeeks
        amount
      }
      lines {
        category
        band
        amountChange
        tariffWeeksChange
        current {
          decisions
          tariffWeeks
          amount
        }
        previous {
          decisions
          tariffWeeks
          amount
        }
      }
    }
  }
`);
