import { $getState, $setState, createState, type AnyStateConfig, type LexicalNode, type StateConfig } from 'lexical';

/** How one property of a node is read from JSON; its default is what it reads from nothing. */
export interface PropKind<V> {
  parse(value: unknown): V;
  isEqual?(a: V, b: V): boolean;
}

export const textProp: PropKind<string> = { parse: (value) => (typeof value === 'string' ? value : '') };
export const nullableTextProp: PropKind<string | null> = { parse: (value) => (typeof value === 'string' ? value : null) };
/** A photo's id in Spalt's library; it travels as a class name, so only letters, digits, - and _. */
export const photoIdProp: PropKind<string | null> = {
  parse: (value) => (typeof value === 'string' && /^[A-Za-z0-9_-]+$/.test(value) ? value : null),
};
export const sizeProp: PropKind<number | null> = {
  parse: (value) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null),
};

/** A list of records, each read by `parseItem` (items it refuses are left out). */
export function listProp<T>(parseItem: (value: unknown) => T | null): PropKind<readonly T[]> {
  return {
    parse: (value) => (Array.isArray(value) ? value.map(parseItem).filter((item): item is T => item !== null) : []),
    isEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  };
}

export type Props = Readonly<Record<string, AnyStateConfig>>;
export type PropValues<P extends Props> = { -readonly [K in keyof P]: P[K] extends StateConfig<string, infer V> ? V : never };

/** Declares a node's properties once: each becomes a flat Lexical state named as its key. */
export function defineProps<K extends Record<string, PropKind<unknown>>>(
  kinds: K,
): { readonly [N in keyof K & string]: StateConfig<N, K[N] extends PropKind<infer V> ? V : never> } {
  const entries = Object.entries(kinds).map(([key, kind]) => [key, createState(key, kind)]);
  return Object.fromEntries(entries) as never;
}

/** The `stateConfigs` of a node's `$config`: every property serialized flat, beside `type`. */
export function flatStates(props: Props) {
  return Object.values(props).map((stateConfig) => ({ stateConfig, flat: true }));
}

export function $readProps<P extends Props>(node: LexicalNode, props: P): PropValues<P> {
  const entries = Object.entries(props).map(([key, state]): [string, unknown] => [key, $getState(node, state)]);
  return Object.fromEntries(entries) as PropValues<P>;
}

export function $writeProps<P extends Props>(node: LexicalNode, props: P, values: Partial<PropValues<P>>): void {
  for (const [key, value] of Object.entries(values)) {
    const state = props[key];
    if (state !== undefined) $setState(node, state, value);
  }
}

/** Reads properties out of serialized JSON, with each property's own parser. */
export function propsFromJSON<P extends Props>(props: P, json: Readonly<Record<string, unknown>>): PropValues<P> {
  const entries = Object.entries(props).map(([key, state]): [string, unknown] => [key, state.parse(json[key])]);
  return Object.fromEntries(entries) as PropValues<P>;
}

/** Properties as Lexical exports them: a value equal to the default is left out. */
export function propsToJSON<P extends Props>(props: P, values: PropValues<P>): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const [key, state] of Object.entries(props)) {
    const value: unknown = values[key];
    if (!state.isEqual(value, state.defaultValue)) json[key] = state.unparse(value);
  }
  return json;
}

/** JSON with some properties set to new values (each as its JSON form), every other key kept. */
export function withPropsJSON<P extends Props, J extends Readonly<Record<string, unknown>>>(
  props: P,
  json: J,
  values: Partial<PropValues<P>>,
): J {
  const changed = Object.entries(values).flatMap(([key, value]) => {
    const state = props[key];
    return state === undefined ? [] : [[key, state.unparse(value)] as const];
  });
  return { ...json, ...Object.fromEntries(changed) };
}
