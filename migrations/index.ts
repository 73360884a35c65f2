import { Foundation1795436396132 } from 'migrations/1795436396132-Foundation';
import { IntakeAndCases1795437490880 } from 'migrations/1795437490880-IntakeAndCases';
import { Assessments1795438156795 } from 'migrations/1795438156795-Assessments';
import { Journal1795438170932 } from 'migrations/1795438170932-Journal';
import { DecisionsAndHandover1795438933887 } from 'migrations/1795438933887-DecisionsAndHandover';
import { GoalPlans1795439585392 } from 'migrations/1795439585392-GoalPlans';
import { EmergencyAccess1795439720512 } from 'migrations/1795439720512-EmergencyAccess';
import { TeamJournalSearch1795445571901 } from 'migrations/1795445571901-TeamJournalSearch';
import { PatientNameSearch1795452000000 } from 'migrations/1795452000000-PatientNameSearch';
import { TeamJournalSearchIndexes1795445571902 } from 'migrations/1795445571902-TeamJournalSearchIndexes';
import { GoalPlanOrder1795460000000 } from 'migrations/1795460000000-GoalPlanOrder';
import { MunicipalitySettings1795966791376 } from 'migrations/1795966791376-MunicipalitySettings';
import { ModelSettings1796000000000 } from 'migrations/1796000000000-ModelSettings';
import { MinutesPerVisit1796000000500 } from 'migrations/1796000000500-MinutesPerVisit';
import { SingleEntry1796000001000 } from 'migrations/1796000001000-SingleEntry';
import { CoordinationLevels1796000002000 } from 'migrations/1796000002000-CoordinationLevels';
import { TariffCategories1796000003000 } from 'migrations/1796000003000-TariffCategories';
import { ServiceAdjustments1796000004000 } from 'migrations/1796000004000-ServiceAdjustments';
import { DecisionFrame1796000005000 } from 'migrations/1796000005000-DecisionFrame';

// Every migration, in order (listed explicitly: jest runs as ESM, where globs do not work).
export const MIGRATIONS = [
  Foundation1795436396132,
  IntakeAndCases1795437490880,
  Assessments1795438156795,
  Journal1795438170932,
  DecisionsAndHandover1795438933887,
  GoalPlans1795439585392,
  EmergencyAccess1795439720512,
  TeamJournalSearch1795445571901,
  TeamJournalSearchIndexes1795445571902,
  PatientNameSearch1795452000000,
  GoalPlanOrder1795460000000,
  MunicipalitySettings1795966791376,
  ModelSettings1796000000000,
  MinutesPerVisit1796000000500,
  SingleEntry1796000001000,
  CoordinationLevels1796000002000,
  TariffCategories1796000003000,
  ServiceAdjustments1796000004000,
  DecisionFrame1796000005000,
];
