import type { ActionItemStatus } from '@app/contracts';
import { VersionedEntity } from '@app/database';
import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';

export interface ActionItem {
  id: string;
  title: string;
  owner: string;
  dueDate: string | null;
  status: ActionItemStatus;
  studentInput: string | null;
  updatedAt: string;
}

@Entity({ tableName: 'action_plan' })
@Unique({ name: 'action_plan_school_year_uq', properties: ['school', 'academicYear'] })
export class ActionPlan extends VersionedEntity {
  @Property({ type: 'text' }) school!: string;
  @Property({ type: 'text' }) academicYear!: string;
  @Property({ type: 'json' }) items!: ActionItem[];
}
