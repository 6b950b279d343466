import type { paths } from './index';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Ok<Op> = Op extends { responses: infer R }
  ? R extends { 200: infer A }
    ? JsonOf<A>
    : R extends { 201: infer B }
      ? JsonOf<B>
      : never
  : never;
type BodyOf<Op> = Op extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

export type Me = Ok<paths['/api/auth/me']['get']>;
export type MeUser = Me['user'];
export type Membership = Me['memberships'][number];
export type Role = Membership['role'];
export type OrganizationSummary = Membership['organization'];
export type Organization = Ok<paths['/api/orgs/{orgId}']['get']>;
export type MemberPage = Ok<paths['/api/orgs/{orgId}/members']['get']>;
export type Member = MemberPage['items'][number];
export type Invitation = Ok<paths['/api/orgs/{orgId}/invitations']['get']>['items'][number];
export type CreatedInvitation = Ok<paths['/api/orgs/{orgId}/invitations']['post']>;
export type InvitationLookup = Ok<paths['/api/invitations/{token}']['get']>;
export type PasswordResetLookup = Ok<paths['/api/password-resets/{token}']['get']>;
export type IssuedPasswordReset = Ok<paths['/api/orgs/{orgId}/members/{memberId}/password-reset']['post']>;
export type Service = Ok<paths['/api/orgs/{orgId}/services']['get']>['items'][number];
export type OperatorOrganization = Ok<paths['/api/operator/organizations']['get']>['items'][number];
export type CreatedOrganization = Ok<paths['/api/operator/organizations']['post']>;
export type PublicConfig = Ok<paths['/api/public-config']['get']>;

export type LoginInput = BodyOf<paths['/api/auth/login']['post']>;
export type AcceptInvitationInput = BodyOf<paths['/api/invitations/{token}/accept']['post']>;
export type ChangePasswordInput = BodyOf<paths['/api/auth/password']['post']>;
export type UpdateOrganizationInput = BodyOf<paths['/api/orgs/{orgId}']['patch']>;
export type UpdateMemberInput = BodyOf<paths['/api/orgs/{orgId}/members/{memberId}']['patch']>;
export type CreateInvitationInput = BodyOf<paths['/api/orgs/{orgId}/invitations']['post']>;
export type CreateOrganizationInput = BodyOf<paths['/api/operator/organizations']['post']>;

export type OrgLocale = NonNullable<UpdateOrganizationInput['locale']>;
export const ORG_LOCALES = ['fr', 'en'] as const satisfies readonly OrgLocale[];

export const ROLES = ['admin', 'editor', 'contributor', 'approver', 'viewer'] as const satisfies readonly Role[];
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
