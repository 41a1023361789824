/**
 * The study notebook: saved articles and what they named, per-entity views across outlets, the
 * user's notes, search and export. The same app runs as a full page and in the side panel.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { downloadText } from '../../components/download';
import { KIND_LABEL } from '../../components/labels';
import { formatDate } from '../../lib/designation-status';
import { EMPTY_NOTEBOOK, type NotebookData, type QuoteAnchor, type SavedArticle } from '../../lib/notebook';
import { notebookToCsv, notebookToJson, notebookToMarkdown, parseNotebookJson } from '../../lib/notebook-export';
import { deleteArticle, mergeIntoNotebook, notebookRevision, readNotebook, setArticleNote, setEntityNote } from '../../lib/notebook-store';
import { type EntityDigest, entityDigest, searchNotebook } from '../../lib/notebook-view';
import { openNotebook } from '../../lib/open-notebook';

type View = 'articles' | 'entities';

const localDay = (now = new Date()) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

function Quote({ quote }: { quote: QuoteAnchor }) {
  return (
    <blockquote dir="auto">
      {quote.prefix && <span class="context">…{quote.prefix} </span>}
      {quote.exact}
      {quote.suffix && <span class="context"> {quote.suffix}…</span>}
    </blockquote>
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
        Add a note
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
          void onSave(draft).then(() => setState('Note saved.'));
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
  const firstQuotes = article.entities.map((entity) => ({
    entity,
    mentions: article.mentions.filter((mention) => mention.entityId === entity.id),
  }));
  return (
    <article class="saved-article" aria-labelledby={`a-${article.savedAt}`}>
      <h3 id={`a-${article.savedAt}`} dir="auto">
        <a href={article.url} target="_blank" rel="noopener noreferrer">
          {article.title}
        </a>
      </h3>
      <p class="meta">
        <span dir="ltr">{article.site}</span> ·{' '}
        {article.publishedOn ? `published ${formatDate(article.publishedOn)}` : 'publication date not stated'} · saved{' '}
        {formatDate(article.savedAt.slice(0, 10))}
      </p>
      {firstQuotes.length === 0 ? (
        <p class="empty">No entities were found in this article.</p>
      ) : (
        <details>
          <summary>
            {article.entities.length} {article.entities.length === 1 ? 'entity' : 'entities'}:{' '}
            {article.entities.map((entity) => entity.name).join(', ')}
          </summary>
          <ul class="found">
            {firstQuotes.map(({ entity, mentions }) => (
              <li key={entity.id}>
                <strong dir="auto">{entity.name}</strong> <span class="kind">{KIND_LABEL[entity.kind]}</span> — written as{' '}
                {[...new Set(mentions.map((m) => m.text))].map((text, i) => (
                  <span key={text}>
                    {i > 0 ? ', ' : ''}“<bdi>{text}</bdi>”
                  </span>
                ))}{' '}
                ({mentions.length} {mentions.length === 1 ? 'mention' : 'mentions'}){mentions[0] && <Quote quote={mentions[0].quote} />}
              </li>
            ))}
          </ul>
        </details>
      )}
      <NoteField label="Your note on this article" value={article.note} onSave={(note) => setArticleNote(article.id, note)} />
      {confirming ? (
        <p class="confirm">
          Remove this article from the notebook?{' '}
          <button type="button" onClick={() => void deleteArticle(article.id)}>
            Remove
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </p>
      ) : (
        <button type="button" class="quiet" onClick={() => setConfirming(true)}>
          Remove article…
        </button>
      )}
    </article>
  );
}

function EntityView({ digest, titles }: { digest: EntityDigest; titles: Map<string, string> }) {
  return (
    <article class="entity" aria-labelledby={`e-${digest.id}`}>
      <h3 id={`e-${digest.id}`} dir="auto">
        {digest.name} <span class="kind">{KIND_LABEL[digest.kind]}</span>
      </h3>
      <p class="meta">
        {digest.articleIds.length} {digest.articleIds.length === 1 ? 'article' : 'articles'}, {digest.mentionCount}{' '}
        {digest.mentionCount === 1 ? 'mention' : 'mentions'} · first seen {formatDate(digest.firstSeen)} · last seen{' '}
        {formatDate(digest.lastSeen)}
      </p>
      <h4>Names used by each outlet</h4>
      <ul class="outlets">
        {digest.outlets.map((outlet) => (
          <li key={outlet.site}>
            <span dir="ltr">{outlet.site}</span>:{' '}
            {outlet.names.map((use, i) => (
              <span key={use.text}>
                {i > 0 ? ', ' : ''}“<bdi>{use.text}</bdi>” ×{use.count}
              </span>
            ))}
          </li>
        ))}
      </ul>
      <h4>Mentioned in</h4>
      <ul class="in-articles">
        {digest.articleIds.map((id) => (
          <li key={id} dir="auto">
            <a href={id} target="_blank" rel="noopener noreferrer">
              {titles.get(id) ?? id}
            </a>
          </li>
        ))}
      </ul>
      <NoteField label={`Your note on ${digest.name}`} value={digest.note ?? ''} onSave={(text) => setEntityNote(digest.id, text)} />
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
  const titles = useMemo(() => new Map(notebook.articles.map((a) => [a.id, a.title])), [notebook]);
  const articles = notebook.articles.filter((article) => found.articles.includes(article.id));
  const entities = digests.filter((digest) => found.entities.includes(digest.id));

  const exportAs = (format: 'md' | 'csv' | 'json') => {
    const day = localDay();
    const name = `backstory-notebook-${day}.${format}`;
    if (format === 'md') downloadText(name, notebookToMarkdown(notebook, { generatedOn: day }), 'text/markdown');
    if (format === 'csv') downloadText(name, notebookToCsv(notebook), 'text/csv');
    if (format === 'json') downloadText(name, notebookToJson(notebook), 'application/json');
    setMessage(`Exported ${name}.`);
  };
  const importJson = async (file: File) => {
    const parsed = parseNotebookJson(await file.text());
    if (!parsed.ok) return setMessage(`${file.name} was not imported: ${parsed.problems.join('; ')}`);
    const added = await mergeIntoNotebook(parsed.data);
    setMessage(`Imported ${file.name}: ${added.articles} articles and ${added.entityNotes} entity notes.`);
  };

  return (
    <main class={`notebook ${layout}`}>
      <header>
        <h1>Notebook</h1>
        <nav aria-label="Backstory pages">
          {layout === 'panel' && (
            <button type="button" class="link" onClick={() => void openNotebook()}>
              Open as a page
            </button>
          )}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Settings
          </button>
        </nav>
      </header>
      <p class="status" role="status">
        {message}
      </p>
      {data && notebook.articles.length === 0 ? (
        <p class="empty-notebook">
          Nothing saved yet. On a news article, choose <strong>Save article</strong> on a card or in the toolbar popup: the article, the
          entities Backstory found and the sentences they appear in are kept here for study.
        </p>
      ) : (
        <>
          <div class="toolbar">
            <label class="search">
              Search the notebook{' '}
              <input type="search" value={query} onInput={(event) => setQuery((event.target as HTMLInputElement).value)} />
            </label>
            <div class="view-switch">
              <button type="button" aria-pressed={view === 'articles'} onClick={() => setView('articles')}>
                Articles ({articles.length})
              </button>
              <button type="button" aria-pressed={view === 'entities'} onClick={() => setView('entities')}>
                Entities ({entities.length})
              </button>
            </div>
          </div>
          {query.trim() !== '' && articles.length === 0 && entities.length === 0 && <p class="empty">Nothing matches “{query}”.</p>}
          {view === 'articles' && articles.map((article) => <ArticleView key={article.id} article={article} />)}
          {view === 'entities' && entities.map((digest) => <EntityView key={digest.id} digest={digest} titles={titles} />)}
        </>
      )}
      <section class="export" aria-labelledby="export-title">
        <h2 id="export-title">Export and import</h2>
        <p class="hint">Markdown is a readable study sheet, CSV has one row per mention, JSON can be imported again.</p>
        <div class="buttons">
          <button type="button" onClick={() => exportAs('md')} disabled={notebook.articles.length === 0}>
            Export Markdown
          </button>
          <button type="button" onClick={() => exportAs('csv')} disabled={notebook.articles.length === 0}>
            Export CSV
          </button>
          <button type="button" onClick={() => exportAs('json')} disabled={notebook.articles.length === 0}>
            Export JSON
          </button>
        </div>
        <label class="import">
          Import a notebook JSON file (adds its articles; an article already here is replaced by the imported one){' '}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const file = (event.target as HTMLInputElement).files?.[0];
              if (file) void importJson(file);
            }}
          />
        </label>
      </section>
    </main>
  );
}
