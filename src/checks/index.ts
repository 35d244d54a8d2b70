// The check registry: every audit check, in the order the popup lists them (usage and
// process first, as in the classic year-end audit, then data quality, integration and
// compliance). test/unit/checks/registry.test.ts keeps this list, the files in this folder,
// docs/checks.md and the tests in step.
import activityLogging from './activity-logging';
import adoption from './adoption';
import dealsPastCloseDate from './deals-past-close-date';
import duplicates from './duplicates';
import impossibleCounts from './impossible-counts';
import inconsistentValues from './inconsistent-values';
import invalidEmail from './invalid-email';
import invalidPhone from './invalid-phone';
import lostDealsWithoutReason from './lost-deals-without-reason';
import missingConsent from './missing-consent';
import missingKeyData from './missing-key-data';
import overdueTasks from './overdue-tasks';
import piiInNotes from './pii-in-notes';
import stalledDeals from './stalled-deals';
import staleRecords from './stale-records';
import syncDuplicates from './sync-duplicates';
import tasksWithoutOwnerOrDueDate from './tasks-without-owner-or-due-date';
import teamCoverage from './team-coverage';
import type { CheckDefinition } from './types';
import unusedFields from './unused-fields';
import unusedModules from './unused-modules';
import weakSegmentation from './weak-segmentation';
import wonDealsWithoutActivity from './won-deals-without-activity';

export const CHECKS: readonly CheckDefinition[] = [
  // usage
  adoption,
  activityLogging,
  wonDealsWithoutActivity,
  teamCoverage,
  unusedModules,
  // process
  tasksWithoutOwnerOrDueDate,
  overdueTasks,
  dealsPastCloseDate,
  stalledDeals,
  lostDealsWithoutReason,
  // data quality
  duplicates,
  missingKeyData,
  invalidEmail,
  invalidPhone,
  staleRecords,
  unusedFields,
  weakSegmentation,
  inconsistentValues,
  // integration
  impossibleCounts,
  syncDuplicates,
  // compliance
  piiInNotes,
  missingConsent,
];

export function checkById(id: string): CheckDefinition | undefined {
  return CHECKS.find((c) => c.id === id);
}
