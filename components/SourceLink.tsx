import { safeHref } from './labels';

interface Props {
  readonly url: string;
  readonly children: preact.ComponentChildren;
  readonly title?: string;
}

/** An outbound link that never leaks the page it came from; non-http(s) URLs render as plain text. */
export function SourceLink({ url, children, title }: Props) {
  const href = safeHref(url);
  if (!href) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" title={title}>
      {children}
    </a>
  );
}
