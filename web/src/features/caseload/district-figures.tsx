import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

const DistrictTeamsQuery = graphql(`
  query DistrictTeams {
    me {
      id
      teams {
        id
        districtId
      }
    }
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

const TeamFiguresQuery = graphql(`
  query TeamFigures($teamId: ID!) {
    teamDashboard(teamId: $teamId) {
      id
      openCaseCount
      overdueCount
      atRiskCount
    }
  }
`);

function TeamFiguresRow({ teamId, name }: { teamId: string; name: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(TeamFiguresQuery, { variables: { teamId } });
  const figures = data?.teamDashboard;
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
      {figures ? (
        <>
          <Table.Cell>{figures.openCaseCount}</Table.Cell>
          <Table.Cell>{figures.overdueCount}</Table.Cell>
          <Table.Cell>{figures.atRiskCount}</Table.Cell>
        </>
      ) : (
        <Table.Cell colSpan={3}>
          {error ? t('caseload.district.unavailable') : t('caseload.loading')}
        </Table.Cell>
      )}
    </Table.Row>
  );
}

/**
 * A leader's view of their district: the figures of every team of the caller's districts
 * whose dashboard the API lets them see (the team's `viewerCan`). Shown only when that is more
 * than their own teams, whose figures the caseload above already gives.
 */
export function DistrictFigures() {
  const { t } = useTranslation();
  const { data } = useQuery(DistrictTeamsQuery);
  if (!data) return null;
  const ownTeams = new Set(data.me.teams.map((team) => team.id));
  const districtIds = new Set(data.me.teams.map((team) => team.districtId));
  return data.districts
    .filter((district) => districtIds.has(district.id))
    .map((district) => {
      const teams = district.teams.filter((team) => team.viewerCan.includes('teamDashboard'));
      if (!teams.some((team) => !ownTeams.has(team.id))) return null;
      const headingId = `district-${district.id}`;
      const heading = t('caseload.district.heading', { district: district.name });
      return (
        <section key={district.id} aria-labelledby={headingId} className="district-figures">
          <Heading level={2} data-size="xs" id={headingId}>
            {heading}
          </Heading>
          <Paragraph data-size="sm">{t('caseload.district.intro')}</Paragraph>
          <Table border data-size="sm">
            <caption className="visually-hidden">{heading}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('caseload.district.team')}</Table.HeaderCell>
                <Table.HeaderCell>{t('caseload.district.open')}</Table.HeaderCell>
                <Table.HeaderCell>{t('caseload.district.overdue')}</Table.HeaderCell>
                <Table.HeaderCell>{t('caseload.district.atRisk')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {teams.map((team) => (
                <TeamFiguresRow key={team.id} teamId={team.id} name={team.name} />
              ))}
            </Table.Body>
          </Table>
        </section>
      );
    });
}
