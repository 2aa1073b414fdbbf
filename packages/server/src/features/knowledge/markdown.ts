/**
 * Markdown of practices, agendas and minutes turned into HTML that is safe to show: marked renders
 * it, DOMPurify (on a jsdom window, made once) keeps only harmless markup: no script, style, frame
 * or form, no event handler, no link or image that runs code (javascript:, data: and the like).
 * Images are not kept at all: an image from elsewhere would tell its server who reads the page;
 * files are attached instead. Links open in a new tab without telling the site where they came from.
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false, async: false });

let purifier: DOMPurify | null = null;

function purify(): DOMPurify {
  if (purifier) return purifier;
  const { window } = new JSDOM('');
  const instance = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer nofollow');
    }
  });
  purifier = instance;
  return instance;
}

const CONFIG = {
  FORBID_TAGS: [
    'style',
    'img',
    'picture',
    'source',
    'video',
    'audio',
    'iframe',
    'form',
    'input',
    'button',
    'svg',
    'math',
  ],
  FORBID_ATTR: ['style', 'class', 'id'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#|\/(?!\/))/i,
};

/** The Markdown as sanitised HTML ('' for an empty text). */
export function renderMarkdown(markdown: string): string {
  if (!markdown.trim()) return '';
  const html = marked.parse(markdown) as string;
  return purify().sanitize(html, CONFIG) as string;
}

export const rendered = (markdown: string) => ({ markdown, html: renderMarkdown(markdown) });
