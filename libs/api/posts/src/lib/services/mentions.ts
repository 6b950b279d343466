import type { MemberRef } from '@parvis/api/identity';

const BY_ID = /@\[([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\]/gi;
/** A name ends where no letter, digit or joiner follows ("@Léa Martin," mentions Léa Martin). */
const NAME_END = /^(?![\p{L}\p{N}_'’-])/u;

/**
 * The members a comment mentions: `@[membershipId]`, or `@Prénom Nom` matched against the
 * directory’s display names (case-insensitive, accents as written, longest name first, so
 * "@Léa Martin-Dupont" is not taken for "@Léa Martin").
 */
export function findMentions(body: string, directory: readonly MemberRef[]): MemberRef[] {
  const found = new Map<string, MemberRef>();
  for (const match of body.matchAll(BY_ID)) {
    const member = directory.find((m) => m.membershipId.toLowerCase() === match[1]?.toLowerCase());
    if (member) found.set(member.membershipId, member);
  }
  const byLength = [...directory].filter((m) => m.displayName.trim() !== '').sort((a, b) => b.displayName.length - a.displayName.length);
  let at = body.indexOf('@');
  while (at >= 0) {
    const rest = body.slice(at + 1);
    const member = byLength.find((m) => rest.toLocaleLowerCase('fr').startsWith(m.displayName.toLocaleLowerCase('fr')) && NAME_END.test(rest.slice(m.displayName.length)));
    if (member) found.set(member.membershipId, member);
    at = body.indexOf('@', at + 1);
  }
  return [...found.values()];
}
