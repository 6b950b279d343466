import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { OrgAction } from '@parvis/shared/domain';
import { AppError, CommonErrorCode } from '../errors/app-error';
import type { AuthenticatedRequest, AuthenticatedUser, OrgScope } from './auth.types';

export const PUBLIC_ROUTE = 'parvis:public';
export const ORG_ACTION = 'parvis:org-action';
export const OPERATOR_ONLY = 'parvis:operator-only';

/** The explicit exception to the global authentication guard. */
export const Public = (): MethodDecorator & ClassDecorator =>
  // The extension lets the OpenAPI-driven isolation tests tell public routes apart.
  applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiExtension('x-parvis-access', 'public'));

/**
 * The action an organisation route performs; the access guard lets through only the roles the shared
 * permission matrix allows (`can(role, action)`), after checking membership.
 */
export const RequirePermission = (action: OrgAction): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(ORG_ACTION, action), ApiExtension('x-parvis-permission', action));

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
