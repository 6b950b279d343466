// HTTP scenario for the editorial planning API against the built app (started by e2e/run-e2e.mjs
// with the demo seed): editorial line, briefs, assignment with notification, moving a brief across
// the change to winter time, "Mes sujets" and the calendar. Steps share state and run in order.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { HttpSession, baseUrlFromEnv, show } from '../support/http-session.mjs';

const DEMO_PASSWORD = 'parvis-demo-2026';
const CITY = 'Ville de Démo';
const HOUR = 3_600_000;

describe('HTTP scenario: editorial planning (themes, campaign, briefs, assignment, calendar)', () => {
  const baseUrl = baseUrlFromEnv();
  const editor = new HttpSession(baseUrl);
  const agent = new HttpSession(baseUrl);
  const tag = randomBytes(3).toString('hex');
  let cityId;
  let themeId;
  let audienceId;
  let campaignId;
  let agentMembershipId;
  /** @type {Record<'assigned' | 'moved' | 'plain', any>} */
  const briefs = {};
  const path = (rest) => `/api/orgs/${cityId}${rest}`;

  before(async () => {
    const me = await editor.login('editeur@demo.parvis.fr', DEMO_PASSWORD);
    const city = me.memberships.find((m) => m.organization.name === CITY);
    assert.equal(city?.role, 'editor', JSON.stringify(me.memberships));
    cityId = city.organization.id;
  });

  it('the editor creates a theme, an audience and a campaign', async () => {
    const theme = await editor.post(path('/themes'), { name: `Culture ${tag}`, color: '#0063CB' });
    assert.equal(theme.status, 201, show(theme));
    assert.equal(theme.body.color.toUpperCase(), '#0063CB', show(theme));
    themeId = theme.body.id;

    const audience = await editor.post(path('/audiences'), { name: `Familles ${tag}` });
    assert.equal(audience.status, 201, show(audience));
    audienceId = audience.body.id;

    const campaign = await editor.post(path('/campaigns'), {
      name: `Saison culturelle ${tag}`,
      themeId,
      startsOn: '2026-10-01',
      endsOn: '2026-11-30',
      audienceIds: [audienceId],
    });
    assert.equal(campaign.status, 201, show(campaign));
    assert.equal(campaign.body.themeId, themeId, show(campaign));
    assert.deepEqual(campaign.body.audienceIds, [audienceId], show(campaign));
    campaignId = campaign.body.id;

    const themes = await editor.get(path('/themes'));
    assert.equal(themes.status, 200, show(themes));
    assert.ok(themes.body.items.some((t) => t.id === themeId), show(themes));
  });

  it('the editor creates three briefs on the theme, audience and campaign', async () => {
    const plans = {
      assigned: { title: `Portrait de la bibliothécaire ${tag}`, plannedDate: '2026-10-14', plannedTime: '11:00' },
      // The Wednesday before the change to winter time (Sunday 25 October 2026 in Paris).
      moved: { title: `Programme des vacances ${tag}`, plannedDate: '2026-10-21', plannedTime: '09:30' },
      plain: { title: `Retour en images ${tag}`, plannedDate: '2026-10-30', plannedTime: '17:45' },
    };
    for (const [key, plan] of Object.entries(plans)) {
      const res = await editor.post(path('/briefs'), { ...plan, themeId, campaignId, audienceIds: [audienceId] });
      assert.equal(res.status, 201, show(res));
      assert.equal(res.body.title, plan.title, show(res));
      assert.equal(res.body.status, 'idea', show(res));
      assert.deepEqual(res.body.plannedLocal, { date: plan.plannedDate, time: plan.plannedTime }, show(res));
      assert.equal(res.body.themeId, themeId, show(res));
      assert.equal(res.body.themeColor?.toUpperCase(), '#0063CB', show(res));
      assert.equal(res.body.campaignId, campaignId, show(res));
      assert.deepEqual(res.body.audienceIds, [audienceId], show(res));
      assert.equal(res.body.assignee, null, show(res));
      briefs[key] = res.body;
    }
  });

  it('the editor assigns one brief to the contributor’s membership', async () => {
    const members = await editor.get(path('/members?limit=100'));
    assert.equal(members.status, 200, show(members));
    const agentMember = members.body.items.find((m) => m.email === 'agent@demo.parvis.fr');
    assert.equal(agentMember?.role, 'contributor', show(members));
    agentMembershipId = agentMember.id;

    const res = await editor.patch(path(`/briefs/${briefs.assigned.id}`), { assigneeMembershipId: agentMembershipId });
    assert.equal(res.status, 200, show(res));
    assert.equal(res.body.assignee?.membershipId, agentMembershipId, show(res));
    assert.equal(res.body.assignee.displayName, agentMember.displayName, show(res));
    assert.equal(res.body.status, 'assigned', show(res));
    briefs.assigned = res.body;
  });

  it('moving a brief a week later keeps its local time across the change to winter time', async () => {
    const res = await editor.patch(path(`/briefs/${briefs.moved.id}`), { plannedDate: '2026-10-28' });
    assert.equal(res.status, 200, show(res));
    assert.deepEqual(res.body.plannedLocal, { date: '2026-10-28', time: '09:30' }, show(res));
    // 09:30 CEST (07:30Z) → 09:30 CET (08:30Z): a week and one hour later.
    assert.equal(res.body.plannedAt, '2026-10-28T08:30:00.000Z', show(res));
    assert.equal(Date.parse(res.body.plannedAt) - Date.parse(briefs.moved.plannedAt), 7 * 24 * HOUR + HOUR);
    briefs.moved = res.body;

    const again = await editor.get(path(`/briefs/${briefs.moved.id}`));
    assert.equal(again.status, 200, show(again));
    assert.deepEqual(again.body.plannedLocal, { date: '2026-10-28', time: '09:30' }, show(again));
  });

  it('the contributor sees the assigned brief in “Mes sujets” (assignee=me), and only that one', async () => {
    const me = await agent.login('agent@demo.parvis.fr', DEMO_PASSWORD);
    assert.deepEqual(
      me.memberships.map((m) => [m.organization.id, m.role]),
      [[cityId, 'contributor']],
    );
    const mine = await agent.get(path('/briefs?assignee=me'));
    assert.equal(mine.status, 200, show(mine));
    const ids = mine.body.items.map((b) => b.id);
    assert.ok(ids.includes(briefs.assigned.id), show(mine));
    assert.ok(!ids.includes(briefs.moved.id) && !ids.includes(briefs.plain.id), show(mine));
    for (const item of mine.body.items) assert.equal(item.assignee?.membershipId, agentMembershipId, show(mine));
  });

  it('the contributor has a brief_assigned notification pointing at the brief', async () => {
    const res = await agent.get(path('/notifications'));
    assert.equal(res.status, 200, show(res));
    const notification = res.body.items.find((n) => n.kind === 'brief_assigned' && n.title === briefs.assigned.title);
    assert.ok(notification, show(res));
    assert.equal(notification.readAt, null, show(res));
    assert.equal(notification.link, `/orgs/${cityId}/briefs/${briefs.assigned.id}`, show(res));
    assert.ok(res.body.unreadCount >= 1, show(res));

    // The editor, who assigned it, was not notified.
    const editorSide = await editor.get(path('/notifications'));
    assert.equal(editorSide.status, 200, show(editorSide));
    assert.ok(!editorSide.body.items.some((n) => n.title === briefs.assigned.title), show(editorSide));
  });

  it('the contributor may move the status of their brief but not re-plan it', async () => {
    const status = await agent.patch(path(`/briefs/${briefs.assigned.id}`), { status: 'in_progress' });
    assert.equal(status.status, 200, show(status));
    assert.equal(status.body.status, 'in_progress', show(status));
    const move = await agent.patch(path(`/briefs/${briefs.assigned.id}`), { plannedDate: '2026-10-15' });
    assert.equal(move.status, 403, show(move));
    // The assignee is told what they may not change (not that the brief is not theirs).
    assert.equal(move.body.code, 'BRIEF_FIELD_NOT_ALLOWED_FOR_ASSIGNEE', show(move));
    assert.equal(move.body.details[0].field, 'plannedDate', show(move));
  });

  it('the calendar of October returns the three briefs in order, with the moved one on the 28th', async () => {
    const res = await agent.get(path('/calendar?from=2026-10-01&to=2026-10-31'));
    assert.equal(res.status, 200, show(res));
    assert.equal(res.body.timeZone, 'Europe/Paris', show(res));
    assert.equal(res.body.truncated, false, show(res));
    const ours = res.body.items.filter((b) => b.campaignId === campaignId);
    assert.deepEqual(
      ours.map((b) => [b.id, b.plannedLocal.date, b.plannedLocal.time]),
      [
        [briefs.assigned.id, '2026-10-14', '11:00'],
        [briefs.moved.id, '2026-10-28', '09:30'],
        [briefs.plain.id, '2026-10-30', '17:45'],
      ],
      show(res),
    );
    assert.equal(ours[0].status, 'in_progress', show(res));
    assert.equal(ours[0].assignee?.membershipId, agentMembershipId, show(res));
    for (const day of res.body.keyDays) assert.ok(day.date >= '2026-10-01' && day.date <= '2026-10-31', show(res));
  });

  it('the calendar filters by theme and range: the moved brief left the week of the 21st', async () => {
    const byTheme = await editor.get(path(`/calendar?from=2026-10-01&to=2026-10-31&themeId=${themeId}`));
    assert.equal(byTheme.status, 200, show(byTheme));
    assert.deepEqual(byTheme.body.items.map((b) => b.id).sort(), Object.values(briefs).map((b) => b.id).sort(), show(byTheme));

    const week = await editor.get(path(`/calendar?from=2026-10-19&to=2026-10-25&campaignId=${campaignId}`));
    assert.equal(week.status, 200, show(week));
    assert.deepEqual(week.body.items, [], show(week));

    const november = await editor.get(path('/calendar?from=2026-11-01&to=2026-11-30'));
    assert.equal(november.status, 200, show(november));
    assert.ok(november.body.keyDays.some((d) => d.date === '2026-11-01' && d.kind === 'public_holiday'), show(november));
    assert.ok(!november.body.items.some((b) => b.campaignId === campaignId), show(november));
  });
});
