import { ApiProperty } from '@nestjs/swagger';

export const ACTIVITY_HISTORY_ACTIONS = ['created', 'updated', 'deleted'] as const;
export type ActivityHistoryAction = (typeof ACTIVITY_HISTORY_ACTIONS)[number];

/** Who made a change to an activity. */
export class ActivityHistoryActorView {
  @ApiProperty({ description: 'Their user id (token `sub`)' }) userId!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: [String] }) roles!: string[];
}

/** A field's value is whatever the field holds: text, a number, an object, a list, or null. */
const ANY_VALUE = {
  oneOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'object', additionalProperties: true },
    { type: 'array', items: {} },
  ],
  nullable: true,
};

/** A field's value before and after a change (`null` when it had none). */
export class ActivityFieldChangeView {
  @ApiProperty(ANY_VALUE) before!: unknown;
  @ApiProperty(ANY_VALUE) after!: unknown;
}

/** Where an imported activity came from: its import and the line of the file. */
export class ActivityHistorySourceView {
  @ApiProperty({ format: 'uuid' }) importId!: string;
  @ApiProperty({ type: String, nullable: true }) fileName!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The line of the file (the header is 1)' })
  row!: number | null;
}

/** One entry of an activity's audit trail. */
export class ActivityHistoryEntryView {
  @ApiProperty({ enum: ACTIVITY_HISTORY_ACTIONS }) action!: ActivityHistoryAction;
  @ApiProperty({ type: ActivityHistoryActorView }) actor!: ActivityHistoryActorView;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/ActivityFieldChangeView' },
    description: 'Every changed field, by name',
  })
  changes!: Record<string, ActivityFieldChangeView>;
  @ApiProperty({
    type: ActivityHistorySourceView,
    required: false,
    description: 'Only on the "created" entry of an activity from a CSV import',
  })
  source?: ActivityHistorySourceView;
}
