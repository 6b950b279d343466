import { screen } from '@testing-library/react';
import type { Channel } from '@parvis/web/data-access';
import { planningStub } from '../../testing/planning-fixtures';
import { renderInLyon } from '../../testing/render-planning';
import { ChannelsPage } from './channels-page';

/** Stands for the connection part the app composes in (feature-publishing's ChannelConnections). */
function ConnectionsProbe({ channels, canManage }: { channels: readonly Channel[]; canManage: boolean }) {
  return <p>{`Connexions : ${channels.map((channel) => channel.displayName).join(', ')} (gestion : ${canManage ? 'oui' : 'non'})`}</p>;
}

describe('ChannelsPage', () => {
  it('lists the channels and hands them to the connection part the app adds, with the admin’s rights', async () => {
    planningStub('admin');
    await renderInLyon(<ChannelsPage connections={ConnectionsProbe} />);
    expect(await screen.findByRole('rowheader', { name: 'Ville de Lyon' })).toBeTruthy();
    expect(await screen.findByText('Connexions : Ville de Lyon (gestion : oui)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ajouter un canal' })).toBeTruthy();
  });

  it('tells the connection part that a reader may not manage it, and works without one', async () => {
    planningStub('viewer');
    const { unmount } = await renderInLyon(<ChannelsPage connections={ConnectionsProbe} />);
    expect(await screen.findByText('Connexions : Ville de Lyon (gestion : non)')).toBeTruthy();
    unmount();
    planningStub('admin');
    await renderInLyon(<ChannelsPage />);
    expect(await screen.findByRole('rowheader', { name: 'Ville de Lyon' })).toBeTruthy();
    expect(screen.queryByText(/^Connexions :/)).toBeNull();
  });
});
