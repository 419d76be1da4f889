// Static safety checks on rendered HTML: the tags and attributes a browser would see.
// (The browser test runs the same HTML for real; this one is fast and says exactly what is wrong.)

const FORBIDDEN_TAGS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'form', 'button', 'select', 'textarea', 'meta', 'base', 'link', 'template', 'noscript', 'xmp', 'plaintext', 'isindex',
  'marquee', 'video', 'audio', 'source', 'body', 'html', 'head']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'background', 'data', 'cite',
  'xlink:href', 'ping', 'lowsrc', 'dynsrc']);

function decodeEntities(s) {
  return s.replace(/&#x([0-9a-f]+);?/gi, (_, h) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, d) => String.fromCodePoint(Math.min(parseInt(d, 10), 0x10ffff)))
    .replace(/&colon;/gi, ':').replace(/&tab;/gi, '\t').replace(/&newline;/gi, '\n')
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function isDangerousUrl(value, tag) {
  // What a browser's URL parser sees: controls and spaces trimmed, tabs and newlines removed.
  const url = decodeEntities(value).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (!scheme) return false;
  const s = scheme[1].toLowerCase();
  if (s === 'http' || s === 'https' || s === 'mailto' || s === 'tel') return false;
  if (s === 'data' && tag === 'img' && /^data:image\/(png|gif|jpe?g|webp|avif|bmp)[;,]/i.test(url)) return false;
  return true;
}

// Lists every problem in `html`: forbidden elements, event handlers, style attributes, bad URLs,
// classes chosen by the markdown.
export function unsafeParts(html, { allowTaskCheckbox = true } = {}) {
  const problems = [];
  const tag = /<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let m;
  while ((m = tag.exec(html))) {
    const name = m[1].toLowerCase();
    if (FORBIDDEN_TAGS.has(name)) problems.push(`<${name}>`);
    if (name === 'input' && !(allowTaskCheckbox && /class="task-list-item-checkbox"/.test(m[2]))) problems.push('<input>');
    const attr = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
    let a;
    while ((a = attr.exec(m[2]))) {
      const an = a[1].toLowerCase();
      const value = a[2] ?? a[3] ?? a[4] ?? '';
      if (an.startsWith('on')) problems.push(`${an}= on <${name}>`);
      if (an === 'style') problems.push(`style= on <${name}>`);
      if (URL_ATTRIBUTES.has(an) && isDangerousUrl(value, name)) problems.push(`${an}="${value}" on <${name}>`);
      // A class is the renderer's own or one `language-<word>`: markdown must not pick the page's
      // classes. (HTML splits class lists at ASCII whitespace only: a no-break space is in a token.)
      const classes = decodeEntities(value).split(/[ \t\n\f\r]+/).filter(Boolean);
      if (an === 'class' && classes.length > 1 && classes.some((c) => c.startsWith('language-'))) {
        problems.push(`class="${value}" on <${name}>`);
      }
    }
  }
  return problems;
}
