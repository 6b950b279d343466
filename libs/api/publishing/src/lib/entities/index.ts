import { ChannelConnectionEntity } from './channel-connection.entity';
import { OAuthClientEntity } from './oauth-client.entity';
import { PublicationEntity } from './publication.entity';

export { ChannelConnectionEntity, ConnectionStatus } from './channel-connection.entity';
export { OAuthClientEntity } from './oauth-client.entity';
export { PublicationEntity, PublicationState } from './publication.entity';

export const PUBLISHING_ENTITIES = [ChannelConnectionEntity, OAuthClientEntity, PublicationEntity];
