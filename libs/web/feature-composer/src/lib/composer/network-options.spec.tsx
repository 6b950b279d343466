import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, FetchStub, json, lyon, meFixture, orgFixture } from '@parvis/web/shared/testing';
import { postFixture } from '../../testing/post-fixtures';
import { renderComposer } from '../../testing/render-composer';
import type { Post, UpdatePostInput } from '../data/post-types';

const POST_PATH = '/api/orgs/org-lyon/posts/post-1';

function stubApi(post: Post = postFixture()): FetchStub {
  return new FetchStub()
    .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role: 'contributor', organization: lyon }]))
    .on('GET', '/api/orgs/org-lyon', orgFixture())
    .on('GET', '/api/orgs/org-lyon/members', { items: [], nextCursor: null })
    .on('GET', POST_PATH, post)
    .on('GET', `${POST_PATH}/versions`, [])
    .on('GET', `${POST_PATH}/comments`, { items: [] })
    .on('PATCH', POST_PATH, (request) => json(200, { ...post, version: post.version + 1, variants: post.variants.map((v) => ({ ...v, ...(request.body as UpdatePostInput).variants?.find((i) => i.channelId === v.channelId) })) }))
    .install();
}

const sentOptions = (stub: FetchStub, channelId: string) =>
  stub.sent('PATCH', POST_PATH).map((r) => (r.body as UpdatePostInput).variants?.find((v) => v.channelId === channelId)?.options);

describe('Network options and the server check', () => {
  it('saves Mastodon visibility and language, Bluesky languages and who may reply, with the variant', async () => {
    const stub = stubApi();
    await renderComposer('/orgs/org-lyon/posts/post-1');
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Qui peut répondre'), 'Personne');
    const languages = screen.getByRole('group', { name: 'Langues du post' });
    await user.click(within(languages).getByLabelText('Français'));
    await user.click(within(languages).getByLabelText('Anglais'));
    await user.click(within(languages).getByLabelText('Arabe'));
    // Three at most: the others wait until one is unticked.
    expect((within(languages).getByLabelText('Espagnol') as HTMLInputElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(sentOptions(stub, 'ch-bsky').at(-1)).toEqual({ replyControl: 'nobody', languages: ['fr', 'en', 'ar'] }));

    await user.click(screen.getByRole('tab', { name: /Lyon sur Mastodon/ }));
    await user.selectOptions(screen.getByLabelText('Visibilité'), 'Abonnés seulement');
    await user.selectOptions(screen.getByLabelText('Langue du message'), 'Français');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(sentOptions(stub, 'ch-masto').at(-1)).toEqual({ visibility: 'private', language: 'fr' }));
  });

  it('lists what the server refuses, per channel, when asked « Prêt à soumettre ? »', async () => {
    const stub = stubApi().on('POST', `${POST_PATH}/submission-check`, () =>
      apiError(400, 'POST_RULES_VIOLATED', 'Rules violated', {
        violations: [
          {
            channelId: 'ch-bsky',
            code: 'image_alt_missing',
            severity: 'error',
            target: { field: 'media', index: 0 },
            messageKey: 'rules.image_alt_missing',
            params: {},
          },
        ],
      }),
    );
    await renderComposer('/orgs/org-lyon/posts/post-1');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Prêt à soumettre ?' }));
    const verdict = await screen.findByText('Le serveur refuse la soumission pour l’instant :');
    const alert = verdict.closest('[role="alert"], .pv-alert') as HTMLElement;
    expect(within(alert).getByText(/Lyon sur Bluesky/)).toBeTruthy();
    expect(within(alert).getByText('Ajoutez un texte alternatif qui décrit l’image.')).toBeTruthy();
    expect(stub.sent('POST', `${POST_PATH}/submission-check`)).toHaveLength(1);
  });

  it('says the server accepts a post with no blocking problem', async () => {
    stubApi().on('POST', `${POST_PATH}/submission-check`, { ready: true, violations: [] });
    await renderComposer('/orgs/org-lyon/posts/post-1');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Prêt à soumettre ?' }));
    expect(await screen.findByText('Le serveur confirme : le post peut être soumis.')).toBeTruthy();
  });
});
