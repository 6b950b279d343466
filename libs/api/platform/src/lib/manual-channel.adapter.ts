import { randomUUID } from 'node:crypto';
import type { ConnectInput, ConnectResult, PlatformAdapter, VerifyResult } from './adapter';
import type { PlatformCapabilities } from './capabilities';
import { failed, published, type FailedOutcome, type HandedOverOutcome, type ManualReport, type PublishedOutcome } from './outcomes';
import type { PublishRequest } from './publish-request';

export const MANUAL_NETWORK = 'manual';

/**
 * A channel with no usable posting API (a Snapchat account, a WhatsApp channel, the LED panel, the
 * newsletter): at the planned time the publication is handed to a person, who reports back. Same
 * contract as the automatic adapters; the caller notifies the assignee with the instructions.
 */
export class ManualChannelAdapter implements PlatformAdapter {
  readonly capabilities: PlatformCapabilities = {
    network: MANUAL_NETWORK,
    publishing: 'manual',
    authKinds: ['none'],
    connectFields: [{ key: 'name', kind: 'text', labelKey: 'channels.manual.name', required: true }],
    serviceUrl: { required: false, default: null },
    rules: null,
    linkCard: false,
    options: [],
    concurrency: { perAccount: 1000, perNetwork: 1000 },
    reconcile: false,
  };

  mintPartKey(): string {
    return randomUUID();
  }

  async connect(input: ConnectInput): Promise<ConnectResult> {
    const name = (input.fields['name'] ?? '').trim();
    return {
      account: { remoteId: name, handle: name, displayName: name, profileUrl: '', avatarUrl: null },
      credentials: {},
      serviceUrl: null,
      limits: null,
    };
  }

  /** Nothing to verify: the person is the connection. */
  async verifyCredentials(): Promise<VerifyResult> {
    return { ok: false, kind: 'invalid_content', message: 'a manual channel has no credentials to verify: nothing to check' };
  }

  async publish(request: PublishRequest): Promise<HandedOverOutcome> {
    const text = request.parts.map((part, index) => (request.parts.length > 1 ? `(${index + 1}/${request.parts.length}) ${part.text}` : part.text));
    return { status: 'handed_over', instructions: text.join('\n\n') };
  }

  /** Turns the person's report into the outcome the caller records. */
  complete(request: PublishRequest, report: ManualReport): PublishedOutcome | FailedOutcome {
    if (!report.done) return failed('declined', report.reason.trim() || 'not done');
    let url: URL;
    try {
      url = new URL(report.url);
    } catch {
      return failed('invalid_content', `not a valid URL: ${report.url}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return failed('invalid_content', `not a web address: ${report.url}`);
    const first = request.parts[0];
    return published([{ key: first?.key ?? request.publicationId, remoteId: url.toString(), url: url.toString(), continuation: '' }]);
  }
}
