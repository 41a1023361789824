import DOMPurify from 'dompurify';

const ALLOWED_TAGS = ['p', 'br', 'em', 'strong', 'i', 'b', 'ul', 'ol', 'li', 'a', 'q', 'cite'];

let hooked = false;
function purifier() {
  if (!hooked) {
    // Links from data open safely in a new tab, and only http(s) survives.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        const href = node.getAttribute('href') ?? '';
        if (!/^https?:\/\//i.test(href)) node.removeAttribute('href');
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    hooked = true;
  }
  return DOMPurify;
}

export function sanitize(html: string): string {
  return purifier().sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href'] });
}

/** Text from data: plain text renders as text; anything that looks like markup goes through DOMPurify. */
export function RichText({ text, class: className }: { text: string; class?: string }) {
  if (!/<[a-z/!]/i.test(text)) {
    return (
      <p class={className} dir="auto">
        {text}
      </p>
    );
  }
  // Sanitised by DOMPurify with the small allow-list above.
  return <div class={className} dir="auto" dangerouslySetInnerHTML={{ __html: sanitize(text) }} />;
}
