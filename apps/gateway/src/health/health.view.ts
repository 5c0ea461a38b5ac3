import { SERVICE_NAMES, type ServiceName } from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';
import type { State } from '../rpc/service-liveness';

const STATES = ['up', 'down'] as const;

/** Each service's state, by name. */
export class ServiceStatesView implements Record<ServiceName, State> {
  @ApiProperty({ enum: STATES }) partners!: State;
  @ApiProperty({ enum: STATES }) activities!: State;
  @ApiProperty({ enum: STATES }) programmes!: State;
  @ApiProperty({ enum: STATES }) reporting!: State;
}

/** `GET /health`: 200 when everything is up, 503 (same shape) naming what is down. */
export class HealthView {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status!: 'ok' | 'degraded';
  @ApiProperty({ enum: STATES }) redis!: State;
  @ApiProperty({ type: ServiceStatesView, description: `One of ${SERVICE_NAMES.join(', ')} each` })
  services!: ServiceStatesView;
}
