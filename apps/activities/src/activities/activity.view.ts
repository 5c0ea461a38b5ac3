import { type ActivitySnapshotV1, type ActivityView, type Actor, moneyFromDb } from '@app/contracts';
import { allowedActions } from './activity-scope';
import type { Activity, ActivityIncome } from './activity.entity';

/** The activity as `actor` sees it, with what they may do to it. */
export function activityView(activity: Activity, income: ActivityIncome[], actor: Actor): ActivityView {
  return {
    id: activity.id,
    partnerId: activity.partnerId,
    type: activity.type,
    title: activity.title,
    description: activity.description ?? null,
    faculty: activity.faculty,
    school: activity.school ?? null,
    leadStaff: activity.leadStaff ?? null,
    status: activity.status,
    startDate: activity.startDate,
    endDate: activity.endDate ?? null,
    academicYear: activity.academicYear,
    valueGbp: moneyFromDb(activity.valueGbp),
    inKindGbp: moneyFromDb(activity.inKindGbp),
    income: income
      .map((line) => ({ academicYear: line.academicYear, amountGbp: Number(line.amountGbp) }))
      .sort((a, b) => a.academicYear.localeCompare(b.academicYear)),
    externalRef: activity.externalRef ?? null,
    details: activity.details ?? {},
    createdAt: activity.createdAt.toISOString(),
    updatedAt: activity.updatedAt.toISOString(),
    version: activity.version,
    allowedActions: allowedActions(actor, activity.faculty),
  };
}

export function activitySnapshot(view: ActivityView): ActivitySnapshotV1 {
  return {
    id: view.id,
    partnerId: view.partnerId,
    type: view.type,
    title: view.title,
    faculty: view.faculty,
    school: view.school,
    status: view.status,
    startDate: view.startDate,
    endDate: view.endDate,
    academicYear: view.academicYear,
    valueGbp: view.valueGbp,
    inKindGbp: view.inKindGbp,
    income: view.income,
    details: view.details,
    version: view.version,
  };
}
