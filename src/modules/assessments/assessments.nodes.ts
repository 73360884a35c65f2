import type { NodeTable } from 'src/common/graphql/node-tables';

/** Assessments and their scores for `node(id)`, read through their case. */
export const ASSESSMENT_NODE_TABLES = [
  { type: 'Assessment', locate: `SELECT 'Assessment', case_id FROM assessments WHERE id = $1` },
  {
    type: 'AssessmentScore',
    locate: `SELECT 'AssessmentScore', a.case_id FROM assessment_scores s
      JOIN assessments a ON a.id = s.assessment_id WHERE s.id = $1`,
  },
] as const satisfies readonly NodeTable[];
