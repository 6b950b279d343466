import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  AppError,
  AuthenticatedRequest,
  CommonErrorCode,
  isUuid,
  OPERATOR_ONLY,
  PUBLIC_ROUTE,
  ORG_ACTION,
  SESSION_COOKIE,
} from '@parvis/api/core';
import { can, type OrgAction } from '@parvis/shared/domain';
import { IdentityStore } from '../repositories/identity-store';
import { IdentityErrorCode } from '../services/identity.errors';
import { SessionsService } from '../services/sessions.service';

/**
 * The one global guard, in this order: public routes pass; otherwise a valid session is required;
 * operator routes need the instance-admin flag; a route with `:orgId` needs a membership in that
 * organisation (else 404, as if it did not exist); `@RequirePermission` then asks the shared permission
 * matrix whether the member's role may do the route's action (403).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly store: IdentityStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    const user = typeof token === 'string' && token.length > 0 && token.length < 200 ? await this.sessions.resolve(token) : null;
    if (!user) throw new AppError(CommonErrorCode.AuthRequired, 'Authentication required: please log in', HttpStatus.UNAUTHORIZED);
    request.user = user;

    if (this.reflector.getAllAndOverride<boolean>(OPERATOR_ONLY, targets) && !user.isInstanceAdmin) {
      throw AppError.forbidden(CommonErrorCode.ForbiddenRole, 'Only the instance operator may do this');
    }

    const orgId = request.params?.['orgId'];
    if (orgId !== undefined) {
      if (!isUuid(orgId)) throw AppError.invalidField('orgId', 'orgId must be a UUID');
      const access = await this.store.repos.memberships.findAccess(orgId, user.id);
      if (!access) throw AppError.notFound(IdentityErrorCode.OrgNotFound, 'Organisation not found');
      request.orgScope = { organizationId: orgId, ...access };
      const action = this.reflector.getAllAndOverride<OrgAction | undefined>(ORG_ACTION, targets);
      if (action && !can(access.role, action)) {
        throw AppError.forbidden(CommonErrorCode.ForbiddenRole, `Your role may not do this (${action})`);
      }
    }
    return true;
  }
}
