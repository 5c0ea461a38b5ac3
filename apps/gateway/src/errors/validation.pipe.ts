import { summarise, validationDetails, VALIDATION_OPTIONS } from '@app/contracts';
import { BadRequestException, ValidationPipe } from '@nestjs/common';

/** The same rules and messages the services apply, checked before a request leaves the gateway. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    ...VALIDATION_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => {
      const details = validationDetails(errors);
      return new BadRequestException({ message: summarise(details), details });
    },
  });
}
