import type { NetworkName } from '../data/post-types';
import { useTranslation } from 'react-i18next';
import { COMPOSER_NAMESPACE } from '../i18n';

const GLYPH: Record<NetworkName, string> = {
  bluesky: 'Bs',
  mastodon: 'M',
  x: 'X',
  linkedin: 'in',
  facebook: 'f',
  instagram: 'Ig',
  threads: '@',
};

/** A small network badge; decorative unless `labelled` (then it names the network). */
export function NetworkIcon({ network, labelled = false }: { network: NetworkName; labelled?: boolean }) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  return (
    <span
      className={`pv-network-icon pv-network-icon--${network}`}
      {...(labelled ? { role: 'img', 'aria-label': t(`networks.${network}`) } : { 'aria-hidden': true })}
    >
      {GLYPH[network]}
    </span>
  );
}
