import type { components, paths } from './index';

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
/** Me, plus the one-time notice of locks in the owner's absence. */
export type LoginResult = Ok<paths['/api/auth/login']['post']>;
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

// Planning (editorial line, channels, briefs, calendar) and notifications.
type Schemas = components['schemas'];
export type Audience = Schemas['AudienceDto'];
export type Theme = Schemas['ThemeDto'];
export type Campaign = Schemas['CampaignDto'];
export type Channel = Schemas['ChannelDto'];
export type Network = Schemas['Network'];
export type ChannelStatus = Schemas['ChannelStatus'];
export type Brief = Schemas['BriefDto'];
export type BriefStatus = Schemas['BriefStatus'];
export type CalendarPage = Schemas['CalendarDto'];
export type KeyDay = Schemas['KeyDayDto'];
export type KeyDate = Schemas['KeyDateDto'];
export type BriefComment = Schemas['CommentDto'];
export type AppNotification = Schemas['NotificationDto'];
export type NotificationPage = Schemas['NotificationPageDto'];

export type CreateAudienceInput = Schemas['CreateAudienceDto'];
export type UpdateAudienceInput = Schemas['UpdateAudienceDto'];
export type CreateThemeInput = Schemas['CreateThemeDto'];
export type UpdateThemeInput = Schemas['UpdateThemeDto'];
export type CreateCampaignInput = Schemas['CreateCampaignDto'];
export type UpdateCampaignInput = Schemas['UpdateCampaignDto'];
export type CreateChannelInput = Schemas['CreateChannelDto'];
export type UpdateChannelInput = Schemas['UpdateChannelDto'];
export type CreateBriefInput = Schemas['CreateBriefDto'];
export type CreateKeyDateInput = Schemas['CreateKeyDateDto'];
export type UpdateKeyDateInput = Schemas['UpdateKeyDateDto'];
/** The generated type loses the nullable uuid/date fields (`Record<string, never>`): restated here. */
export type UpdateBriefInput = Omit<
  Schemas['UpdateBriefDto'],
  'themeId' | 'campaignId' | 'draftDueDate' | 'assigneeMembershipId'
> & {
  themeId?: string | null;
  campaignId?: string | null;
  draftDueDate?: string | null;
  assigneeMembershipId?: string | null;
};

/** Filters shared by the calendar and the brief list (`assignee`: `me` or a membership id). */
export interface BriefFilters {
  themeId?: string;
  campaignId?: string;
  audienceId?: string;
  channelId?: string;
  network?: Network;
  status?: BriefStatus;
  assignee?: string;
}

export const NETWORKS = ['bluesky', 'mastodon', 'x', 'linkedin', 'facebook', 'instagram', 'threads'] as const satisfies readonly Network[];
export const BRIEF_STATUSES = ['idea', 'assigned', 'in_progress', 'draft_submitted', 'done', 'cancelled'] as const satisfies readonly BriefStatus[];
export const CHANNEL_STATUSES = ['not_connected', 'connected', 'reconnect_required', 'disabled'] as const satisfies readonly ChannelStatus[];
/** Roles allowed to build the planning (themes, audiences, campaigns, briefs). */
export const PLANNING_ROLES = ['admin', 'editor'] as const satisfies readonly Role[];

/** Every code the API may answer with (contract B: `components.schemas.ErrorCode`, generated). */
export type ErrorCode = Schemas['ErrorCode'];
/** Failures the client itself names (no answer from the API). */
export type ClientErrorCode = 'NETWORK_ERROR';
export type KnownErrorCode = ErrorCode | ClientErrorCode;
