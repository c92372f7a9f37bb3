/** Reading and writing one setting of a policy by its dotted path ("categories.product.ownerIds"). */

type Node = Record<string, unknown>;

const parentOf = (root: Node, path: string) => {
  const keys = path.split('.');
  const last = keys.pop()!;
  return { parent: keys.reduce((node, key) => node[key] as Node, root), last };
};

/**
 * @example
 * valueAt(policy, 'acceptance.gateEnabled') //=> true
 */
export function valueAt(root: object, path: string): unknown {
  const { parent, last } = parentOf(root as Node, path);
  return parent[last];
}

/** Sets the value in place (callers copy first). */
export function setAt(root: object, path: string, value: unknown): void {
  const { parent, last } = parentOf(root as Node, path);
  parent[last] = value;
}
