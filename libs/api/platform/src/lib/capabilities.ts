import type { NetworkCapabilities } from '@parvis/shared/domain';

/** How a channel is connected: the SPA renders the connection form from this. */
export type AuthKind = 'app_password' | 'oauth2' | 'access_token' | 'none';

/** One field of the connection form (`kind: secret` is masked and never echoed back). */
export interface ConnectField {
  key: string;
  kind: 'text' | 'secret' | 'url';
  /** i18n key of the label. */
  labelKey: string;
  required: boolean;
}

export interface PlatformCapabilities {
  /** The registry key (opaque to generic code). */
  network: string;
  /** `automatic`: the adapter publishes; `manual`: a person publishes and reports back. */
  publishing: 'automatic' | 'manual';
  authKinds: readonly AuthKind[];
  connectFields: readonly ConnectField[];
  /** The user types the server (PDS, instance); else a fixed service. */
  serviceUrl: { required: boolean; default: string | null };
  /** Text, media, alt-text and thread rules the composer applies (the shared domain's); null for manual channels. */
  rules: NetworkCapabilities | null;
  linkCard: boolean;
  /** Options the adapter honours (`VariantOptions` keys). */
  options: readonly ('contentWarning' | 'visibility' | 'languages' | 'replyControl')[];
  /** Simultaneous publish calls the scheduler may run. */
  concurrency: { perAccount: number; perNetwork: number };
  /** The adapter can tell whether an earlier attempt went through (`reconcile`). */
  reconcile: boolean;
}
