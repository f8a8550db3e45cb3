// @ts-check
/**
 * Building the page safely: every piece of content becomes a text node (never HTML), except search snippets, whose
 * <mark> elements are kept and everything else is reduced to its text.
 */

/**
 * @typedef {string | number | Node | null | undefined | false} Child
 * @typedef {Record<string, string | boolean | undefined>} Attributes
 */

/**
 * An element with these attributes and children; strings become text, never markup.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attributes} [attributes]
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) {
      element.setAttribute(name, '');
    } else if (typeof value === 'string') {
      element.setAttribute(name, value);
    }
  }
  append(element, children);
  return element;
}

/**
 * @param {Element | DocumentFragment} parent
 * @param {(Child | Child[])[]} children
 */
function append(parent, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(typeof child === 'number' ? String(child) : child);
  }
}

/**
 * A search snippet: HTML from the API in which only <mark> is meant as markup. It is parsed into an inert document
 * (nothing in it runs or loads), and rebuilt from text nodes and <mark> elements only.
 * @param {string} html
 * @returns {DocumentFragment}
 */
export function snippet(html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const fragment = document.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes)) {
    if (node.nodeName === 'MARK') {
      fragment.append(h('mark', {}, node.textContent ?? ''));
    } else {
      fragment.append(node.textContent ?? '');
    }
  }
  return fragment;
}

/**
 * The block structure of a Markdown text — headings, quotations, lists and paragraphs — as elements whose text is
 * the text as written (inline markup such as **bold** stays as typed). Headings start at <h2>, under the page's <h1>.
 * @param {string} markdown
 * @returns {HTMLElement[]}
 */
export function markdownBlocks(markdown) {
  return markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => {
      const heading = /^(#{1,6})\s+(.*)$/s.exec(block);
      if (heading) {
        const level = Math.min(6, Math.max(2, heading[1]?.length ?? 2));
        return h(/** @type {'h2'} */ (`h${level}`), {}, heading[2] ?? '');
      }
      const lines = block.split('\n');
      if (lines.every((line) => line.startsWith('>'))) {
        const text = lines.map((line) => line.replace(/^>\s?/, '')).join('\n');
        return h('blockquote', {}, ...markdownBlocks(text));
      }
      if (lines.every((line) => /^\s*[-*+]\s+/.test(line))) {
        return h('ul', {}, lines.map((line) => h('li', {}, line.replace(/^\s*[-*+]\s+/, ''))));
      }
      return h('p', {}, lines.join(' '));
    });
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * A <time> for an instant or an ISO date, shown as a date (UTC, as the API keeps them) or as a date and local time.
 * @param {string} value
 * @param {boolean} [withTime]
 */
export function time(value, withTime = false) {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) {
    return h('time', {}, value);
  }
  return h('time', { datetime: value }, (withTime ? timeFormat : dateFormat).format(instant));
}

/**
 * A URL to show as an image or link only when it is http or https (never javascript: or data:).
 * @param {string | null | undefined} value
 * @returns {string | null}
 */
export function webUrl(value) {
  if (!value) {
    return null;
  }
  try {
    const parsed = new URL(value, window.location.origin);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A random UUID for an Idempotency-Key, also where crypto.randomUUID is missing (pages not on https). */
export function uuid() {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
