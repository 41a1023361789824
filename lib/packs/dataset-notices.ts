/**
 * "The dataset changed" has one owner, the background: after an import, a removal or a pack
 * switched on or off, open pages get one notice each (lib/messages.ts: datasetChanged) and scan
 * again. This keeps the switched-off packs the background matches with, and says when they change.
 */
import type { DatasetChange } from '../messages';

export interface PackSwitches {
  /** The packs switched off, as the background last learnt them. */
  readonly disabled: readonly string[];
  /** Takes the settings' list; sends one notice if the set of switched-off packs changed. */
  update(disabledPacks: readonly string[]): boolean;
}

const keyOf = (packs: readonly string[]) => [...new Set(packs)].sort().join('\n');

export function packSwitches(initial: readonly string[], notify: (change: DatasetChange) => void): PackSwitches {
  let disabled = [...initial];
  let key = keyOf(initial);
  return {
    get disabled() {
      return disabled;
    },
    update(next) {
      const nextKey = keyOf(next);
      if (nextKey === key) return false; // a setting other than the packs changed, or the order only
      disabled = [...next];
      key = nextKey;
      notify({ reason: 'switched', disabledPacks: disabled });
      return true;
    },
  };
}
