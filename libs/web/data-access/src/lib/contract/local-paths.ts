/**
 * Local stand-in for the generated OpenAPI types (openapi-typescript format),
 * written from docs/api-contract-draft.md. Only used while
 * `@parvis/shared/api-contract` does not export `paths` yet.
 */
type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type NoContent = { headers: { [name: string]: unknown }; content?: never };
type Body<T> = { content: { 'application/json': T } };
type ErrorResponses = {
  400: Json<components['schemas']['ErrorBody']>;
  401: Json<components['schemas']['ErrorBody']>;
  403: Json<components['schemas']['ErrorBody']>;
  404: Json<components['schemas']['ErrorBody']>;
  409: Json<components['schemas']['ErrorBody']>;
  410: Json<components['schemas']['ErrorBody']>;
  423: Json<components['schemas']['ErrorBody']>;
  429: Json<components['schemas']['ErrorBody']>;
};
type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type PathParams<P> = { query?: never; header?: never; path: P; cookie?: never };
type Op<Params, Req, Res> = {
  parameters: Params;
  requestBody: Body<Req>;
  responses: Res & ErrorResponses;
};
type Get<Params, Res> = { parameters: Params; requestBody?: never; responses: Res & ErrorResponses };
type S = components['schemas'];
type OrgPath = { orgId: string };

export interface components {
  schemas: {
    ErrorBody: { code: string; message: string; details?: unknown };
    Role: 'admin' | 'editor' | 'contributor' | 'approver' | 'viewer';
    OrganizationSummary: { id: string; name: string; slug: string; timeZone: string; locale: string };
    MeUser: { id: string; email: string; displayName: string; isInstanceAdmin: boolean };
    Membership: { membershipId: string; role: S['Role']; organization: S['OrganizationSummary'] };
    Me: { user: S['MeUser']; memberships: S['Membership'][] };
    Organization: S['OrganizationSummary'] & { createdAt: string };
    ServiceRef: { id: string; name: string };
    Member: {
      id: string;
      userId: string;
      email: string;
      displayName: string;
      role: S['Role'];
      services: S['ServiceRef'][];
      createdAt: string;
    };
    MemberPage: { items: S['Member'][]; nextCursor: string | null };
    Invitation: { id: string; email: string; role: S['Role']; expiresAt: string; createdAt: string; invitedByName: string };
    InvitationList: { items: S['Invitation'][] };
    CreatedInvitation: { invitation: S['Invitation']; acceptUrl: string };
    InvitationLookup: { email: string; organizationName: string; role: S['Role']; expiresAt: string; existingAccount: boolean };
    PasswordResetLookup: { email: string; expiresAt: string };
    IssuedPasswordReset: { resetUrl: string; expiresAt: string };
    Service: { id: string; name: string; memberCount: number };
    ServiceList: { items: S['Service'][] };
    OperatorOrganization: S['Organization'] & { memberCount: number };
    OperatorOrganizationList: { items: S['OperatorOrganization'][] };
    CreatedOrganization: { organization: S['Organization']; acceptUrl: string };
    PublicConfig: { signupEnabled: boolean; defaultLocale: string };
    LoginBody: { email: string; password: string };
    AcceptInvitationBody: { displayName?: string; password: string };
    ConfirmPasswordResetBody: { newPassword: string };
    ChangePasswordBody: { currentPassword: string; newPassword: string };
    UpdateOrganizationBody: { name?: string; timeZone?: string; locale?: string };
    UpdateMemberBody: { role?: S['Role']; serviceIds?: string[] };
    CreateInvitationBody: { email: string; role: S['Role'] };
    ServiceNameBody: { name: string };
    CreateOrganizationBody: { name: string; slug?: string; timeZone?: string; adminEmail: string; adminDisplayName?: string };
  };
}

export interface paths {
  '/api/public-config': { get: Get<NoParams, { 200: Json<S['PublicConfig']> }> };
  '/api/auth/login': { post: Op<NoParams, S['LoginBody'], { 200: Json<S['Me']> }> };
  '/api/auth/logout': { post: Get<NoParams, { 204: NoContent }> };
  '/api/auth/me': { get: Get<NoParams, { 200: Json<S['Me']> }> };
  '/api/auth/password': { post: Op<NoParams, S['ChangePasswordBody'], { 204: NoContent }> };
  '/api/invitations/{token}': { get: Get<PathParams<{ token: string }>, { 200: Json<S['InvitationLookup']> }> };
  '/api/invitations/{token}/accept': {
    post: Op<PathParams<{ token: string }>, S['AcceptInvitationBody'], { 200: Json<S['Me']> }>;
  };
  '/api/password-resets/{token}': {
    get: Get<PathParams<{ token: string }>, { 200: Json<S['PasswordResetLookup']> }>;
    post: Op<PathParams<{ token: string }>, S['ConfirmPasswordResetBody'], { 204: NoContent }>;
  };
  '/api/orgs/{orgId}': {
    get: Get<PathParams<OrgPath>, { 200: Json<S['Organization']> }>;
    patch: Op<PathParams<OrgPath>, S['UpdateOrganizationBody'], { 200: Json<S['Organization']> }>;
  };
  '/api/orgs/{orgId}/members': {
    get: Get<
      { query?: { limit?: number; cursor?: string }; header?: never; path: OrgPath; cookie?: never },
      { 200: Json<S['MemberPage']> }
    >;
  };
  '/api/orgs/{orgId}/members/{memberId}': {
    patch: Op<PathParams<OrgPath & { memberId: string }>, S['UpdateMemberBody'], { 200: Json<S['Member']> }>;
    delete: Get<PathParams<OrgPath & { memberId: string }>, { 204: NoContent }>;
  };
  '/api/orgs/{orgId}/members/{memberId}/password-reset': {
    post: Get<PathParams<OrgPath & { memberId: string }>, { 201: Json<S['IssuedPasswordReset']> }>;
  };
  '/api/orgs/{orgId}/invitations': {
    get: Get<PathParams<OrgPath>, { 200: Json<S['InvitationList']> }>;
    post: Op<PathParams<OrgPath>, S['CreateInvitationBody'], { 201: Json<S['CreatedInvitation']> }>;
  };
  '/api/orgs/{orgId}/invitations/{invitationId}': {
    delete: Get<PathParams<OrgPath & { invitationId: string }>, { 204: NoContent }>;
  };
  '/api/orgs/{orgId}/services': {
    get: Get<PathParams<OrgPath>, { 200: Json<S['ServiceList']> }>;
    post: Op<PathParams<OrgPath>, S['ServiceNameBody'], { 201: Json<S['Service']> }>;
  };
  '/api/orgs/{orgId}/services/{serviceId}': {
    patch: Op<PathParams<OrgPath & { serviceId: string }>, S['ServiceNameBody'], { 200: Json<S['Service']> }>;
    delete: Get<PathParams<OrgPath & { serviceId: string }>, { 204: NoContent }>;
  };
  '/api/operator/organizations': {
    get: Get<NoParams, { 200: Json<S['OperatorOrganizationList']> }>;
    post: Op<NoParams, S['CreateOrganizationBody'], { 201: Json<S['CreatedOrganization']> }>;
  };
}
