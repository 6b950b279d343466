import { screen, waitFor, within } from '@testing-library/react';
import { briefFixture, planningStub } from '../../testing/planning-fixtures';
import { renderApp } from '../../testing/render-app';

const postsOfBrief = {
  items: [
    {
      id: 'post-1',
      version: 1,
      status: 'draft',
      title: 'Concert place Bellecour',
      plannedAt: null,
      networks: ['bluesky'],
      channelIds: ['channel-1'],
      themeId: null,
      briefId: 'brief-1',
      author: { membershipId: 'm-1', name: 'Alice Martin' },
      updatedAt: '2026-06-01T08:00:00.000Z',
    },
  ],
  nextCursor: null,
};

function stub(role: 'editor' | 'viewer') {
  return planningStub(role)
    .on('GET', '/api/orgs/org-lyon/briefs/brief-1', briefFixture())
    .on('GET', '/api/orgs/org-lyon/briefs/brief-1/comments', { items: [] })
    .on('GET', '/api/orgs/org-lyon/posts', postsOfBrief);
}

describe('A brief shows its posts', () => {
  it('lists the posts of the brief with their status and a link, and offers to write one to an editor', async () => {
    const requests = stub('editor');
    await renderApp('/orgs/org-lyon/briefs/brief-1');
    const section = (await screen.findByRole('heading', { level: 3, name: 'Posts' })).closest('section') as HTMLElement;
    const link = await within(section).findByRole('link', { name: 'Concert place Bellecour' });
    expect(link.getAttribute('href')).toBe('/orgs/org-lyon/posts/post-1');
    expect(within(section).getByText('Brouillon')).toBeTruthy();
    expect(within(section).getByRole('link', { name: /^Rédiger un post/ }).getAttribute('href')).toBe(
      '/orgs/org-lyon/posts/new?briefId=brief-1',
    );
    await waitFor(() => expect(requests.sent('GET', '/api/orgs/org-lyon/posts')[0]?.search.get('briefId')).toBe('brief-1'));
  });

  it('shows the posts to a viewer without offering to write', async () => {
    stub('viewer');
    await renderApp('/orgs/org-lyon/briefs/brief-1');
    const section = (await screen.findByRole('heading', { level: 3, name: 'Posts' })).closest('section') as HTMLElement;
    expect(await within(section).findByRole('link', { name: 'Concert place Bellecour' })).toBeTruthy();
    expect(within(section).queryByRole('link', { name: /Rédiger un post/ })).toBeNull();
  });
});
