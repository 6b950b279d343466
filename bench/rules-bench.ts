// The rule engine shared by the composer (live, on every keystroke) and the API (on every save):
// validatePost on a five-channel post of 3,000 characters per variant, with the accessibility gate,
// plus a thread split and the readability score, and the engine's browser bundle size. Figures only.
//
//   npx tsx bench/rules-bench.ts                      (prints a table)
//   npx tsx bench/rules-bench.ts --json-out FILE      (also writes the figures to FILE: bench/run-bench.mjs)
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  Network,
  networkCapabilities,
  readability,
  splitForChannel,
  validatePost,
  type ChannelRules,
  type PostContent,
  type VariantContent,
} from '../libs/shared/domain/src/index';

const ITERATIONS = Number(process.env.BENCH_RULES_ITERATIONS ?? 2000);
const WARM_UP = 300;
const TEXT_LENGTH = 3000;

// Varied French sentences with what a real post carries: links with and without a scheme, fediverse and
// Bluesky mentions, hashtags, emoji, French spacing and guillemets.
const SENTENCES = [
  'La médiathèque François-Mitterrand rouvre ses portes samedi\u202f!',
  'Après huit mois de travaux, les lecteurs découvriront « l’espace jeunesse », un fablab et une salle d’étude.',
  'Programme complet sur https://www.ville.fr/mediatheque/reouverture et sur ville.fr/agenda.',
  'M. Dupont, adjoint à la culture, accueillera le public à 10\u00a0h devant l’entrée principale.',
  'Merci à @alice@mastodon.social et à @mediatheque.bsky.social pour leur aide précieuse 🙏',
  'Entrée libre, accès PMR, navette gratuite depuis la gare toutes les vingt minutes.',
  'Les ateliers du mercredi reprennent dès la rentrée : inscriptions en ligne ou à l’accueil.',
  'Vous avez une question\u202f? Écrivez-nous à contact@ville.fr ou passez nous voir 📚',
  'Le conseil municipal a voté le budget de la culture, en hausse de 4\u00a0% cette année.',
  'Retrouvez les photos de l’inauguration sur https://photos.ville.fr/albums/2025/mediatheque 🇫🇷',
  '#Été2025 #CultureEnFête #Médiathèque',
  'Le marché de Noël s’installe place de la mairie du 5 au 24 décembre, avec quarante exposants.',
];

function text(seed: number): string {
  let out = '';
  for (let i = seed; out.length < TEXT_LENGTH; i++) out += `${SENTENCES[(i * 7 + seed) % SENTENCES.length]} `;
  return out.slice(0, TEXT_LENGTH);
}

const image = (n: number) => ({
  contentHash: `${n}`.repeat(64).slice(0, 64),
  kind: 'image' as const,
  mimeType: 'image/jpeg',
  sizeBytes: 800_000,
  width: 1080,
  height: 1080,
  durationSeconds: null,
  altText: 'Le hall de la médiathèque rénovée, baigné de lumière, avec des enfants assis sur des coussins',
  fileName: `photo-${n}.jpg`,
});

function post(networks: readonly Network[], sameText: boolean): { post: PostContent; channels: ChannelRules[] } {
  const channels = networks.map((network, i) => ({ channelId: `channel-${i}`, network, capabilities: networkCapabilities(network) }));
  const variants: VariantContent[] = channels.map((c, i) => ({ channelId: c.channelId, text: text(sameText ? 0 : i + 1), media: [image(i + 1)] }));
  return { post: { variants }, channels };
}

interface Figures {
  scenario: string;
  medianMs: number;
  p99Ms: number;
  meanMs: number;
  /** Process CPU time per call: what the call costs, even when other processes share the cores. */
  cpuMeanMs: number;
  iterations: number;
}

function measure(scenario: string, run: () => unknown, iterations = ITERATIONS): Figures {
  for (let i = 0; i < WARM_UP; i++) run();
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuStart);
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    scenario,
    medianMs: round(at(0.5)),
    p99Ms: round(at(0.99)),
    meanMs: round(times.reduce((a, b) => a + b, 0) / times.length),
    cpuMeanMs: round((cpu.user + cpu.system) / 1000 / iterations),
    iterations,
  };
}

/** Minified + gzip size of the rule engine as the composer imports it, and of twitter-text for comparison. */
async function bundleSizes(): Promise<{ rulesGzip: number; rulesRaw: number; twitterTextGzip: number }> {
  const root = join(import.meta.dirname, '..');
  const size = async (contents: string) => {
    const result = await build({
      stdin: { contents, resolveDir: root, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].contents;
    return { raw: code.length, gzip: gzipSync(code, { level: 6 }).length };
  };
  const rules = await size(
    "export { validatePost, validateVariant, splitForChannel, readability, networkCapabilities, variantContentHash, postContentHash, wordDiff, allowedPostActions } from './libs/shared/domain/src/index';",
  );
  const twitter = await size("import t from 'twitter-text'; export const f = t.parseTweet;");
  return { rulesGzip: rules.gzip, rulesRaw: rules.raw, twitterTextGzip: twitter.gzip };
}

export async function benchRules() {
  const five = [Network.Bluesky, Network.Mastodon, Network.LinkedIn, Network.Facebook, Network.Instagram];
  const withX = [Network.Bluesky, Network.Mastodon, Network.X, Network.LinkedIn, Network.Facebook];
  const distinct = post(five, false);
  const shared = post(five, true);
  const x = post(withX, false);
  const bluesky = distinct.channels[0];
  const long = text(1);
  const figures = [
    measure('validatePost, 5 channels, 5 different 3,000-char texts (Bluesky, Mastodon, LinkedIn, Facebook, Instagram)', () => validatePost(distinct.post, distinct.channels)),
    measure('validatePost, same 5 channels, one shared 3,000-char text', () => validatePost(shared.post, shared.channels)),
    measure('validatePost, 5 channels with X instead of Instagram', () => validatePost(x.post, x.channels)),
    measure('splitForChannel, 3,000 chars into a Bluesky thread', () => splitForChannel(long, bluesky), 500),
    measure('readability (Kandel–Moles + FALC hints), 3,000 chars', () => readability(long), 500),
  ];
  return { figures, bundle: await bundleSizes(), threadParts: splitForChannel(long, bluesky).parts.length, loadAverage: loadavg()[0] };
}

export function printRules({ figures, bundle, threadParts, loadAverage }: Awaited<ReturnType<typeof benchRules>>): void {
  console.log(`\n== Rule engine (Node ${process.version}, ${ITERATIONS} calls after ${WARM_UP} warm-up, load average ${loadAverage.toFixed(1)} on ${cpus().length} CPUs) ==\n`);
  const width = Math.max(...figures.map((f) => f.scenario.length));
  console.log(`${'scenario'.padEnd(width)}  median ms   p99 ms  mean ms  CPU ms/call`);
  for (const f of figures) {
    console.log(`${f.scenario.padEnd(width)}  ${f.medianMs.toFixed(3).padStart(9)}  ${f.p99Ms.toFixed(3).padStart(7)}  ${f.meanMs.toFixed(3).padStart(7)}  ${f.cpuMeanMs.toFixed(3).padStart(11)}`);
  }
  console.log(`\nThread split: ${threadParts} parts. Target: validatePost median under 1 ms.`);
  console.log(`Browser bundle of the rule engine: ${(bundle.rulesRaw / 1024).toFixed(1)} KB minified, ${(bundle.rulesGzip / 1024).toFixed(1)} KB gzip (twitter-text alone would add ${(bundle.twitterTextGzip / 1024).toFixed(1)} KB gzip; not bundled).`);
}

if (process.argv[1]?.endsWith('rules-bench.ts')) {
  const jsonOut = process.argv.indexOf('--json-out');
  benchRules().then(
    (result) => {
      printRules(result);
      if (jsonOut > 0) writeFileSync(process.argv[jsonOut + 1], JSON.stringify(result));
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
