import type { INestApplication } from '@nestjs/common';
import { IdentityFixtures, TestOrg } from '@parvis/api/identity/testing';
import type TestAgent from 'supertest/lib/agent';
import type { Route, SchemaObject } from './openapi-routes';

/** One organisation of a suite: its members and its admin's agent. */
export interface FixtureOrg {
  org: TestOrg;
  admin: TestAgent;
  editor: TestAgent;
}

type Factory = (side: FixtureOrg, fixtures: IdentityFixtures) => Promise<string>;

const created = async (agent: TestAgent, path: string, body: object): Promise<string> => {
  const response = await agent.post(path).send(body);
  if (response.status !== 201) throw new Error(`Fixture POST ${path} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id ?? response.body.invitation?.id;
};
const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
let sequence = 0;
const unique = (prefix: string) => `${prefix} ${++sequence}`;

/**
 * A REAL row for every path parameter of the API, made through the API itself. A route whose
 * parameter has no factory here makes the suites fail (`missingFixtures`): add one with the route.
 */
export const PATH_FIXTURES: Record<string, Factory> = {
  orgId: async (side) => side.org.id,
  memberId: async (side) => side.org.members.viewer.membershipId,
  serviceId: async (side, fixtures) => fixtures.team(side.org.id, unique('Service')),
  invitationId: async (side) => created(side.admin, `/api/orgs/${side.org.id}/invitations`, { email: `${unique('invite').replace(' ', '-')}@test.fr`, role: 'viewer' }),
  audienceId: async (side) => created(side.editor, `/api/orgs/${side.org.id}/audiences`, { name: unique('Public') }),
  themeId: async (side) => created(side.editor, `/api/orgs/${side.org.id}/themes`, { name: unique('Thème'), color: '#AA0000' }),
  campaignId: async (side) => created(side.editor, `/api/orgs/${side.org.id}/campaigns`, { name: unique('Campagne'), startsOn: '2026-06-01', endsOn: '2026-08-31' }),
  channelId: async (side) => created(side.admin, `/api/orgs/${side.org.id}/channels`, { network: 'bluesky', handle: `${unique('c').replace(' ', '')}.bsky.social`, displayName: 'Canal' }),
  keyDateId: async (side) => created(side.editor, `/api/orgs/${side.org.id}/key-dates`, { label: unique('Date clé'), date: '2026-09-19' }),
  briefId: async (side) =>
    created(side.editor, `/api/orgs/${side.org.id}/briefs`, { title: unique('Sujet'), plannedDate: '2026-09-19', plannedTime: '09:00', assigneeMembershipId: side.org.members.contributor.membershipId }),
  /** A notification of the organisation's admin (an editor assigns them a brief). */
  notificationId: async (side) => {
    await created(side.editor, `/api/orgs/${side.org.id}/briefs`, { title: unique('Pour l’admin'), plannedDate: '2026-09-20', plannedTime: '09:00', assigneeMembershipId: side.org.members.admin.membershipId });
    return (await side.admin.get(`/api/orgs/${side.org.id}/notifications`).expect(200)).body.items[0].id;
  },
  /** A draft of the organisation's editor, on one channel, from scratch. */
  postId: async (side, fixtures) => created(side.editor, `/api/orgs/${side.org.id}/posts`, { masterText: unique('Publication'), channelIds: [await PATH_FIXTURES['channelId']?.(side, fixtures)] }),
  /** A publication of a post the editor sent through the urgent path (due at once, held by no instance in the suites). */
  publicationId: async (side, fixtures) => {
    const postId = await PATH_FIXTURES['postId']?.(side, fixtures);
    const base = `/api/orgs/${side.org.id}/posts/${postId}`;
    const urgent = await side.editor.post(`${base}/urgent-publication`).send({ justification: 'Alerte météo : fixture des suites' });
    if (urgent.status !== 200) throw new Error(`Fixture urgent publication failed: ${urgent.status} ${JSON.stringify(urgent.body)}`);
    const listed = await side.editor.get(`${base}/publications`);
    const id: unknown = listed.body.items?.[0]?.id;
    if (typeof id !== 'string') throw new Error(`Fixture publication missing: ${listed.status} ${JSON.stringify(listed.body)}`);
    return id;
  },
  /** A 1×1 PNG in the organisation's media library. */
  mediaId: async (side) => {
    const response = await side.editor.post(`/api/orgs/${side.org.id}/media`).attach('file', ONE_PIXEL_PNG, { filename: 'pixel.png', contentType: 'image/png' });
    if (response.status !== 201) throw new Error(`Fixture media upload failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id;
  },
  circuitId: async (side) =>
    created(side.admin, `/api/orgs/${side.org.id}/circuits`, { name: unique('Circuit'), steps: [{ name: 'Direction', approverKind: 'role', role: 'approver', quorum: 'any' }] }),
  /** The approver away, the editor standing in (declared by the admin). */
  absenceId: async (side) =>
    created(side.admin, `/api/orgs/${side.org.id}/absences`, {
      absentMembershipId: side.org.members.approver.membershipId,
      substituteMembershipId: side.org.members.editor.membershipId,
      startsOn: '2026-08-03',
      endsOn: '2026-08-21',
    }),
  electionId: async (side) =>
    created(side.admin, `/api/orgs/${side.org.id}/elections`, { type: 'municipales', firstRound: '2032-03-14', territory: unique('Commune'), legalApproverMembershipId: side.org.members.approver.membershipId }),
  /** A link sent for a post at an external step (a circuit of its own theme routes the post there). */
  linkId: async (side, fixtures) => {
    const org = `/api/orgs/${side.org.id}`;
    const themeId = await PATH_FIXTURES['themeId']?.(side, fixtures);
    await created(side.admin, `${org}/circuits`, { name: unique('Cabinet'), priority: 100, condition: { themeIds: [themeId] }, steps: [{ name: 'Cabinet', approverKind: 'external', quorum: 'any' }] });
    const postId = await created(side.editor, `${org}/posts`, { masterText: unique('Pour le cabinet'), themeId, channelIds: [await PATH_FIXTURES['channelId']?.(side, fixtures)] });
    const submitted = await side.editor.post(`${org}/posts/${postId}/submit`).send({});
    if (submitted.status !== 200) throw new Error(`Fixture submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
    return created(side.editor, `${org}/posts/${postId}/external-reviews`, { name: 'Élu', email: 'elu@test.fr' });
  },
  /** Every post has its first version. */
  number: async () => '1',
  token: async (side) => {
    const response = await side.admin.post(`/api/orgs/${side.org.id}/invitations`).send({ email: `${unique('jeton').replace(' ', '-')}@test.fr`, role: 'viewer' });
    return String(response.body.acceptUrl).split('/').pop() ?? '';
  },
};

/** Body fields that hold ids of org-owned rows, and the path fixture that makes such a row. */
export const BODY_REFERENCES: Record<string, string> = {
  themeId: 'themeId',
  campaignId: 'campaignId',
  audienceIds: 'audienceId',
  channelIds: 'channelId',
  assigneeMembershipId: 'memberId',
  serviceIds: 'serviceId',
  briefId: 'briefId',
  absentMembershipId: 'memberId',
  substituteMembershipId: 'memberId',
  legalApproverMembershipId: 'memberId',
};

const isUuidField = (schema: SchemaObject): boolean => schema.format === 'uuid' || schema.items?.format === 'uuid';

/** Every path parameter and uuid body field of the routes that no fixture covers: must be empty. */
export function missingFixtures(routes: Route[]): string[] {
  const missing = new Set<string>();
  for (const route of routes) {
    for (const param of route.pathParams) if (!PATH_FIXTURES[param.name]) missing.add(`path parameter ${param.name} (${route.method.toUpperCase()} ${route.template})`);
    for (const [field, schema] of Object.entries(route.body?.properties ?? {})) {
      if (isUuidField(schema) && !BODY_REFERENCES[field]) missing.add(`uuid body field ${field} (${route.method.toUpperCase()} ${route.template})`);
    }
  }
  return [...missing];
}

/** The uuid fields of a route's body, each filled with a real id of `ids` (arrays get one). */
export function referencingBody(route: Route, ids: Record<string, string>): { field: string; body: Record<string, unknown> }[] {
  return Object.entries(route.body?.properties ?? {})
    .filter(([, schema]) => isUuidField(schema))
    .map(([field, schema]) => {
      const id = ids[BODY_REFERENCES[field] ?? ''];
      if (!id) throw new Error(`No fixture id for body field ${field}`);
      return { field, body: { [field]: schema.type === 'array' ? [id] : id } };
    });
}

/** One real row per path parameter the routes use, in one organisation. */
export async function rowsFor(app: INestApplication, side: FixtureOrg, routes: Route[]): Promise<Record<string, string>> {
  const fixtures = new IdentityFixtures(app);
  const names = new Set([...routes.flatMap((r) => r.pathParams.map((p) => p.name)), ...Object.values(BODY_REFERENCES)]);
  const ids: Record<string, string> = {};
  for (const name of names) {
    const factory = PATH_FIXTURES[name];
    if (factory) ids[name] = await factory(side, fixtures);
  }
  return ids;
}

export async function fixtureOrg(fixtures: IdentityFixtures, name: string): Promise<FixtureOrg> {
  const org = await fixtures.organization(name);
  return { org, admin: await fixtures.agentFor(org.members.admin.email), editor: await fixtures.agentFor(org.members.editor.email) };
}

/** Fills a route template; a parameter without a value is an error (never a made-up id). */
export function fillStrict(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No fixture for path parameter ${name} of ${template}`);
    return encodeURIComponent(value);
  });
}
