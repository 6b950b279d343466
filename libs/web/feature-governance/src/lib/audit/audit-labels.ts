import { governanceFr } from '../i18n/fr';

type Actions = typeof governanceFr.audit.actions;
export type KnownAction = { [G in keyof Actions]: `${G}.${Extract<keyof Actions[G], string>}` }[keyof Actions];
export type KnownObjectType = keyof typeof governanceFr.audit.types;

/** Every action the page can name in words (the filter's choices), in the order of the French strings. */
export const KNOWN_ACTIONS: readonly KnownAction[] = Object.entries(governanceFr.audit.actions).flatMap(([group, names]) =>
  Object.keys(names).map((name) => `${group}.${name}` as KnownAction),
);

export const KNOWN_OBJECT_TYPES = Object.keys(governanceFr.audit.types) as KnownObjectType[];

export function isKnownAction(action: string): action is KnownAction {
  return (KNOWN_ACTIONS as readonly string[]).includes(action);
}

export function isKnownObjectType(type: string): type is KnownObjectType {
  return Object.hasOwn(governanceFr.audit.types, type);
}
