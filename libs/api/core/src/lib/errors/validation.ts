import { HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, CommonErrorCode, FieldError } from './app-error';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  const result: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      // class-validator reports the unknown property itself under `whitelistValidation`.
      result.push({ field, messages: Object.values(error.constraints) });
    }
    if (error.children && error.children.length > 0) result.push(...flatten(error.children, field));
  }
  return result;
}

export function validationErrorFrom(errors: ValidationError[]): AppError {
  const fields = flatten(errors);
  const names = fields.map((f) => f.field).join(', ');
  return new AppError(CommonErrorCode.ValidationFailed, `Invalid input: ${names}`, HttpStatus.BAD_REQUEST, fields);
}

/** The one validation pipe: unknown fields are errors, types are converted, messages name the field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationErrorFrom(errors),
  });
}
