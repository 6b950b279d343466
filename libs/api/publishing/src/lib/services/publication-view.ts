import { Inject, Injectable } from '@nestjs/common';
import { PLATFORM_REGISTRY, PlatformRegistry } from '@parvis/api/platform';
import { shortTitle } from '@parvis/shared/domain';
import type { PublicationDto, PublicationQueueItemDto } from '../dto/publication.dto';
import { ConnectionStatus } from '../entities';
import type { PublicationView } from '../repositories/publication-views';
import { canRetry, type RetryContext } from './publication-retry';

const EXCERPT_LENGTH = 200;
const excerptOf = (text: string): string => {
  const graphemes = Array.from(text.trim());
  return graphemes.length > EXCERPT_LENGTH ? `${graphemes.slice(0, EXCERPT_LENGTH - 1).join('')}…` : graphemes.join('');
};

/** Publication views as API shapes; `canRetry` asks the one rule (publication-retry.ts). */
@Injectable()
export class PublicationViewMapper {
  constructor(@Inject(PLATFORM_REGISTRY) private readonly registry: PlatformRegistry) {}

  /** The adapter's say in « réessayer »: can it reconcile, does the channel wait for a reconnection. */
  retryContext(view: PublicationView): RetryContext {
    const network = view.connectionNetwork ?? view.network;
    const adapter = this.registry.has(network) ? this.registry.get(network) : null;
    return {
      postStatus: view.postStatus,
      reconcilable: Boolean(adapter?.reconcile && adapter.capabilities.reconcile),
      reconnectPending: view.connectionStatus !== ConnectionStatus.Connected,
    };
  }

  canRetry(view: PublicationView): boolean {
    return canRetry(view, this.retryContext(view));
  }

  toDto(view: PublicationView): PublicationDto {
    return {
      id: view.id,
      version: view.version,
      postId: view.postId,
      channelId: view.channelId,
      channelName: view.channelName,
      network: view.network,
      state: view.state,
      attempts: view.attempts,
      url: view.remoteUrl,
      errorKind: view.lastErrorKind,
      error: view.lastError,
      nextAttemptAt: new Date(view.nextAttemptAt).toISOString(),
      publishedAt: view.publishedAt ? new Date(view.publishedAt).toISOString() : null,
      canRetry: this.canRetry(view),
      handoverText: view.handoverText,
    };
  }

  toQueueItem(view: PublicationView): PublicationQueueItemDto {
    const text = view.threadParts && view.threadParts.length > 0 ? view.threadParts[0] ?? '' : view.variantText || view.masterText;
    return { ...this.toDto(view), postVersion: view.postVersion, postTitle: shortTitle(view.masterText), excerpt: excerptOf(text), dueAt: new Date(view.dueAt).toISOString() };
  }
}
