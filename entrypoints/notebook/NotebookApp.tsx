/**
 * The study notebook: saved articles and what they named, per-entity views across outlets, the
 * user's notes, search and export. The same app runs as a full page and in the side panel.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { downloadText } from '../../components/download';
import { pluralNodes, tNodes } from '../../components/i18n-nodes';
import { JsonFileInput } from '../../components/JsonFileInput';
import { kindLabel } from '../../components/labels';
import { isolate, plural, t } from '../../lib/i18n';
import { citeArticle } from '../../lib/notebook/citation';
import {
  EMPTY_NOTEBOOK,
  type NotebookData,
  outletOf,
  type QuoteAnchor,
  type SavedArticle,
  type SavedEntity,
  type StatusAtSave,
} from '../../lib/notebook/notebook';
import { notebookToCsv, notebookToJson, notebookToMarkdown, parseNotebookJson } from '../../lib/notebook/notebook-export';
import {
  deleteArticle,
  mergeIntoNotebook,
  notebookRevision,
  readNotebook,
  setArticleNote,
  setEntityNote,
} from '../../lib/notebook/notebook-store';
import { articlePassages, type EntityDigest, entityDigest, searchNotebook } from '../../lib/notebook/notebook-view';
import { openNotebook } from '../../lib/notebook/open-notebook';
import { textFragmentUrl } from '../../lib/notebook/text-fragment';
import { formatDate, localToday } from '../../lib/packs/designation-status';

type View = 'articles' | 'entities';

/** The saved sentence with its context, and a link that opens the article at that passage. */
function Quote({ quote, url }: { quote: QuoteAnchor; url: string }) {
  return (
    <>
      <blockquote dir="auto">
        {quote.prefix && <span class="context">…{quote.prefix} </span>}
        {quote.exact}
        {quote.suffix && <span class="context"> {quote.suffix}…</span>}
      </blockquote>
      <a class="passage-link" href={textFragmentUrl(url, quote)} target="_blank" rel="noopener noreferrer">
        {t('notebook_open_passage')}
      </a>
    </>
  );
}

/** Authorities named once each (an authority with two lists has two records, counted as the card counts them). */
const names = (list: readonly string[]) => [...new Set(list)].map(isolate).join(t('list_separator'));

/** The authorities behind a count, on their own line in their own direction (Latin names inside an Arabic sentence reorder badly). */
function Authorities({ list }: { list: readonly string[] }) {
  return list.length === 0 ? null : (
    <span class="authorities" dir="auto">
      {names(list)}
    </span>
  );
}

/**
 * What the card said about an entity's designations when the article was saved: on the article's
 * date, and on the day saved (confirmed listings only count as in force there). Nothing for an
 * entity without designations, or saved before Backstory kept this.
 */
function SavedStatus({ status }: { status: StatusAtSave | undefined }) {
  if (!status || status.total === 0) return null;
  const then = status.onArticleDate;
  const now = status.onSaveDay;
  return (
    <div class="saved-status">
      <span class="status-label">{t('notebook_status_label')}</span>
      <ul>
        {then && (
          <li>
            {t('notebook_status_article_date', formatDate(then.date), then.listedBy.length, status.total)}
            <Authorities list={then.listedBy} />
          </li>
        )}
        <li>
          {t('notebook_status_save_day', formatDate(now.date), now.inForceWith.length, status.total)}
          <Authorities list={now.inForceWith} />
          {now.unconfirmed.length > 0 && <span class="authorities">{t('notebook_status_unconfirmed', names(now.unconfirmed))}</span>}
        </li>
      </ul>
    </div>
  );
}

/** An entity of a saved article: its name, the names this article used for it, its status then. */
function FoundEntity({ article, entity }: { article: SavedArticle; entity: SavedEntity }) {
  const mentions = article.mentions.filter((mention) => mention.entityId === entity.id);
  return (
    <li>
      {pluralNodes(
        'notebook_written_as',
        mentions.length,
        <strong dir="auto">{entity.name}</strong>,
        <span class="kind">{kindLabel(entity.kind)}</span>,
        [...new Set(mentions.map((m) => m.text))].map((text, i) => (
          <span key={text}>
            {i > 0 ? t('list_separator') : ''}
            {tNodes('quoted', <bdi>{text}</bdi>)}
          </span>
        )),
      )}
      <SavedStatus status={entity.status} />
    </li>
  );
}

/** Each quoted sentence of an article once, with every entity it names. */
function Passages({ article }: { article: SavedArticle }) {
  const passages = articlePassages(article);
  if (passages.length === 0) return null;
  return (
    <>
      <h4>{t('notebook_passages')}</h4>
      <ol class="passages">
        {passages.map((passage) => (
          <li key={passage.number}>
            <Quote quote={passage.quote} url={article.url} />
            <p class="named">
              {tNodes(
                'notebook_passage_names',
                passage.entities.map(({ entity }, i) => (
                  <span key={entity.id}>
                    {i > 0 ? t('list_separator') : ''}
                    <bdi>{entity.name}</bdi>
                  </span>
                )),
              )}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

/** A note field that saves when the user leaves it (and says so); a button until there is a note. */
function NoteField({ label, value, onSave }: { label: string; value: string; onSave: (text: string) => Promise<void> }) {
  const [draft, setDraft] = useState(value);
  const [state, setState] = useState('');
  const [open, setOpen] = useState(value !== '');
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (value !== '') setOpen(true);
  }, [value]);
  if (!open) {
    return (
      <button
        type="button"
        class="quiet add-note"
        onClick={() => {
          setOpen(true);
          requestAnimationFrame(() => area.current?.focus());
        }}
      >
        {t('notebook_add_note')}
      </button>
    );
  }
  return (
    <label class="note-field">
      {label}
      <textarea
        ref={area}
        rows={2}
        value={draft}
        onInput={(event) => setDraft((event.target as HTMLTextAreaElement).value)}
        onBlur={() => {
          if (draft === value) return;
          void onSave(draft).then(
            () => setState(t('notebook_note_saved')),
            (error: unknown) => setState(t('notebook_write_failed', error instanceof Error ? error.message : String(error))),
          );
        }}
      />
      <span class="saved" role="status">
        {state}
      </span>
    </label>
  );
}

function ArticleView({ article }: { article: SavedArticle }) {
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState('');
  const [copied, setCopied] = useState('');
  const onFailure = (error: unknown) => setFailure(t('notebook_write_failed', error instanceof Error ? error.message : String(error)));
  const outlet = outletOf(article);
  // The outlet as it names itself; its host, always left to right, when it gave no name.
  const site =
    outlet === article.site ? (
      <span dir="ltr">{article.site}</span>
    ) : (
      <bdi class="outlet" title={article.site}>
        {outlet}
      </bdi>
    );
  const saved = formatDate(article.savedAt.slice(0, 10));
  const copyCitation = () =>
    navigator.clipboard.writeText(citeArticle(article)).then(
      () => setCopied(t('card_citation_copied')),
      () => setCopied(t('card_copy_refused')),
    );
  return (
    <article class="saved-article" aria-labelledby={`a-${article.savedAt}`}>
      <h3 id={`a-${article.savedAt}`} dir="auto">
        <a href={article.url} target="_blank" rel="noopener noreferrer">
          {article.title}
        </a>
      </h3>
      <p class="meta">
        {article.publishedOn
          ? tNodes('notebook_article_meta_dated', site, formatDate(article.publishedOn), saved)
          : tNodes('notebook_article_meta_undated', site, saved)}{' '}
        <button type="button" class="link cite" onClick={() => void copyCitation()}>
          {t('card_copy_citation')}
        </button>{' '}
        <span role="status">{copied}</span>
      </p>
      {article.entities.length === 0 ? (
        <p class="empty">{t('notebook_article_no_entities')}</p>
      ) : (
        <details>
          <summary>
            {plural(
              'notebook_article_entities',
              article.entities.length,
              article.entities.map((entity) => entity.name).join(t('list_separator')),
            )}
          </summary>
          <ul class="found">
            {article.entities.map((entity) => (
              <FoundEntity key={entity.id} article={article} entity={entity} />
            ))}
          </ul>
          <Passages article={article} />
        </details>
      )}
      <NoteField label={t('notebook_article_note')} value={article.note} onSave={(note) => setArticleNote(article.id, note)} />
      {confirming ? (
        <p class="confirm">
          {t('notebook_remove_question')}{' '}
          <button type="button" onClick={() => void deleteArticle(article.id).catch((error: unknown) => onFailure(error))}>
            {t('notebook_remove')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('notebook_keep')}
          </button>
        </p>
      ) : (
        <button type="button" class="quiet" onClick={() => setConfirming(true)}>
          {t('notebook_remove_article')}
        </button>
      )}
      {failure && (
        <p class="import-problems" role="alert">
          {failure}
        </p>
      )}
    </article>
  );
}

function EntityView({ digest, articles }: { digest: EntityDigest; articles: Map<string, SavedArticle> }) {
  return (
    <article class="entity" aria-labelledby={`e-${digest.id}`}>
      <h3 id={`e-${digest.id}`} dir="auto">
        {digest.name} <span class="kind">{kindLabel(digest.kind)}</span>
      </h3>
      <p class="meta">
        {t(
          'notebook_entity_meta',
          plural('notebook_articles', digest.articleIds.length),
          plural('notebook_mentions', digest.mentionCount),
          formatDate(digest.firstSeen),
          formatDate(digest.lastSeen),
        )}
      </p>
      <h4>{t('notebook_names_by_outlet')}</h4>
      <ul class="outlets">
        {digest.outlets.map((outlet) => (
          <li key={outlet.outlet}>
            {tNodes(
              'notebook_outlet_names',
              <bdi>{outlet.outlet}</bdi>,
              outlet.names.map((use, i) => (
                <span key={use.text}>
                  {i > 0 ? t('list_separator') : ''}
                  {tNodes('notebook_name_use', tNodes('quoted', <bdi>{use.text}</bdi>), use.count)}
                </span>
              )),
            )}
          </li>
        ))}
      </ul>
      <h4>{t('notebook_mentioned_in')}</h4>
      <ul class="in-articles">
        {digest.articleIds.map((id) => {
          const article = articles.get(id);
          return (
            <li key={id}>
              <a href={id} target="_blank" rel="noopener noreferrer" dir="auto">
                {article?.title ?? id}
              </a>
              {article && (
                <>
                  {' '}
                  <span class="meta">
                    (<bdi>{outletOf(article)}</bdi>)
                  </span>
                  <SavedStatus status={article.entities.find((entity) => entity.id === digest.id)?.status} />
                </>
              )}
            </li>
          );
        })}
      </ul>
      <NoteField
        label={t('notebook_entity_note', digest.name)}
        value={digest.note ?? ''}
        onSave={(text) => setEntityNote(digest.id, text)}
      />
    </article>
  );
}

export function NotebookApp({ layout }: { layout: 'page' | 'panel' }) {
  const [data, setData] = useState<NotebookData | undefined>();
  const [view, setView] = useState<View>('articles');
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    const reload = () => void readNotebook().then(setData);
    reload();
    return notebookRevision.watch(reload);
  }, []);

  const notebook = data ?? EMPTY_NOTEBOOK;
  const found = useMemo(() => searchNotebook(notebook, query), [notebook, query]);
  const digests = useMemo(() => entityDigest(notebook), [notebook]);
  const byId = useMemo(() => new Map(notebook.articles.map((a) => [a.id, a])), [notebook]);
  const articles = notebook.articles.filter((article) => found.articles.includes(article.id));
  const entities = digests.filter((digest) => found.entities.includes(digest.id));

  const exportAs = (format: 'md' | 'csv' | 'json') => {
    const day = localToday();
    const name = `backstory-notebook-${day}.${format}`;
    if (format === 'md') downloadText(name, notebookToMarkdown(notebook, { generatedOn: day }), 'text/markdown');
    if (format === 'csv') downloadText(name, notebookToCsv(notebook), 'text/csv');
    if (format === 'json') downloadText(name, notebookToJson(notebook), 'application/json');
    setMessage(t('notebook_exported', name));
  };
  const importJson = async (file: File) => {
    const parsed = parseNotebookJson(await file.text());
    // The problems are technical reports from lib/, in English.
    if (!parsed.ok) return setMessage(t('notebook_import_failed', file.name, parsed.problems.join('; ')));
    const added = await mergeIntoNotebook(parsed.data).catch((error: unknown) => {
      setMessage(t('notebook_write_failed', error instanceof Error ? error.message : String(error)));
      return undefined;
    });
    if (!added) return;
    setMessage(
      t('notebook_imported', file.name, plural('notebook_articles', added.articles), plural('notebook_entity_notes', added.entityNotes)),
    );
  };

  return (
    <main class={`notebook ${layout}`}>
      <header>
        <h1>{t('notebook_heading')}</h1>
        <nav aria-label={t('notebook_pages_label')}>
          {layout === 'panel' && (
            <button type="button" class="link" onClick={() => void openNotebook()}>
              {t('notebook_open_page')}
            </button>
          )}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('notebook_settings')}
          </button>
        </nav>
      </header>
      <p class="status" role="status">
        {message}
      </p>
      {data && notebook.articles.length === 0 ? (
        <p class="empty-notebook">{tNodes('notebook_empty', <strong>{t('card_save')}</strong>)}</p>
      ) : (
        <>
          <div class="toolbar">
            <label class="search">
              {t('notebook_search')}{' '}
              <input type="search" value={query} onInput={(event) => setQuery((event.target as HTMLInputElement).value)} />
            </label>
            <div class="view-switch">
              <button type="button" aria-pressed={view === 'articles'} onClick={() => setView('articles')}>
                {t('notebook_view_articles', articles.length)}
              </button>
              <button type="button" aria-pressed={view === 'entities'} onClick={() => setView('entities')}>
                {t('notebook_view_entities', entities.length)}
              </button>
            </div>
          </div>
          {query.trim() !== '' && articles.length === 0 && entities.length === 0 && <p class="empty">{t('notebook_no_match', query)}</p>}
          {view === 'articles' && articles.map((article) => <ArticleView key={article.id} article={article} />)}
          {view === 'entities' && entities.map((digest) => <EntityView key={digest.id} digest={digest} articles={byId} />)}
        </>
      )}
      <section class="export" aria-labelledby="export-title">
        <h2 id="export-title">{t('notebook_export_heading')}</h2>
        <p class="hint">{t('notebook_export_hint')}</p>
        <div class="buttons">
          <button type="button" onClick={() => exportAs('md')} disabled={notebook.articles.length === 0}>
            {t('notebook_export_markdown')}
          </button>
          <button type="button" onClick={() => exportAs('csv')} disabled={notebook.articles.length === 0}>
            {t('notebook_export_csv')}
          </button>
          <button type="button" onClick={() => exportAs('json')} disabled={notebook.articles.length === 0}>
            {t('notebook_export_json')}
          </button>
        </div>
        <JsonFileInput class="import" onFile={importJson}>
          {t('notebook_import')}
        </JsonFileInput>
      </section>
    </main>
  );
}
