import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FetchStub, lyon, meFixture, orgFixture } from '@parvis/web/shared/testing';
import { postFixture } from '../../testing/post-fixtures';
import { renderComposer } from '../../testing/render-composer';

const POST_PATH = '/api/orgs/org-lyon/posts/post-1';
const version = (number: number) => ({ number, createdAt: '2026-12-01T09:00:00.000Z', author: { membershipId: 'm-1', name: 'Alice Martin' }, contentHash: `h${number}` });

describe('VersionHistory', () => {
  it('shows the word diff between two chosen versions, per channel and for the main text', async () => {
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role: 'editor', organization: lyon }]))
      .on('GET', '/api/orgs/org-lyon', orgFixture())
      .on('GET', '/api/orgs/org-lyon/members', { items: [], nextCursor: null })
      .on('GET', POST_PATH, postFixture())
      .on('GET', `${POST_PATH}/comments`, { items: [] })
      .on('GET', `${POST_PATH}/versions`, [version(3), version(2), version(1)])
      .on('GET', `${POST_PATH}/diff`, (request) => {
        const from = request.search.get('from');
        return new Response(
          JSON.stringify({
            from: Number(from),
            to: Number(request.search.get('to')),
            master: [{ kind: 'same', text: 'Fête ' }, { kind: 'removed', text: 'samedi' }, { kind: 'added', text: from === '1' ? 'dimanche matin' : 'dimanche' }],
            variants: [{ channelId: 'ch-bsky', segments: [{ kind: 'same', text: 'Fête' }], otherChanges: [] }],
          }),
          { status: 200, headers: { 'Content-Type': 'application/json' } },
        );
      })
      .install();
    await renderComposer('/orgs/org-lyon/posts/post-1');
    // From the first version to the latest by default, whatever order the API lists them in.
    expect((await screen.findByText('dimanche matin')).tagName).toBe('INS');
    expect(stub.sent('GET', `${POST_PATH}/diff`)[0].search.toString()).toBe('from=1&to=3');
    expect(screen.getByText('samedi').tagName).toBe('DEL');
    expect(screen.getByText('Aucune différence.')).toBeTruthy();

    await userEvent.setup().selectOptions(screen.getByLabelText('Comparer la version'), '2');
    await waitFor(() => expect(screen.getByText('dimanche').tagName).toBe('INS'));
  });
});
