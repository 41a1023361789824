/**
 * Vitest 5 declares Node 22 and its failure reporter calls Map.groupBy (Node 21+). On Node 20
 * that crashes the report of any failing test, so the runner's process gets the method here.
 */
const mapStatics = Map as unknown as { groupBy?: unknown };
if (typeof mapStatics.groupBy !== 'function') {
  mapStatics.groupBy = <K, V>(items: Iterable<V>, keyOf: (item: V, index: number) => K): Map<K, V[]> => {
    const groups = new Map<K, V[]>();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
}
