import { t } from '../lib/i18n';
import type { Source } from '../lib/packs/pack-schema';
import { SourceLink } from './SourceLink';

/** Bracketed numbers linking a fact to the entry's numbered source list. */
export function SourceRefs({ ids, sources }: { ids: readonly string[]; sources: readonly Source[] }) {
  return (
    <span class="refs">
      {ids.map((id) => {
        const n = sources.findIndex((source) => source.id === id);
        const source = sources[n];
        if (!source) return null;
        return (
          <SourceLink key={id} url={source.url} title={t('entry_source_title', source.publisher, source.title)}>
            [{n + 1}]
          </SourceLink>
        );
      })}
    </span>
  );
}
