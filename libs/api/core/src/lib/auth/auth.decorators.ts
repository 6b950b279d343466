import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Role } from '@parvis/shared/domain';
import { AppError, CommonErrorCode } from '../errors/app-error';
import type { AuthenticatedRequest, AuthenticatedUser, OrgScope } from './auth.types';

export const PUBLIC_ROUTE = 'parvis:public';
export const ROLES = 'parvis:roles';
export const OPERATOR_ONLY = 'parvis:operator-only';

/** The explicit exception to the global authentication guard. */
export const Public = (): MethodDecorator & ClassDecorator =>
  // The extension lets the OpenAPI-driven isolation tests tell public routes apart.
  applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiExtension('x-parvis-access', 'public'));

/** Roles allowed on an organisation route (checked after membership). */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES, roles);

/** Routes of the instance operator (not of any organisation). */
export const OperatorOnly = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(OPERATOR_ONLY, true), ApiExtension('x-parvis-access', 'operator'));

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user) throw new AppError(CommonErrorCode.AuthRequired, 'Authentication required', 401);
  return request.user;
});

/** The organisation of the route and the caller's membership in it, set by the org access guard. */
export const CurrentOrg = createParamDecorator((_data: unknown, context: ExecutionContext): OrgScope => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.orgScope) throw new Error('CurrentOrg used on a route without :orgId');
  return request.orgScope;
});
