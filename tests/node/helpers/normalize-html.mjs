// normalizeHtml: the CommonMark test runner's normaliser (cmark's / md4c's test/normalize.py),
// ported to JS, for comparing our HTML with a spec's expected HTML.
//
// Two fragments normalise equal when a browser builds the same DOM from them, up to whitespace
// the spec runners also ignore. It does:
// - lower-case tag and attribute names, drop the "/" of self-closing tags (`<br />` → `<br>`);
// - sort attributes by name; decode every attribute value the way a browser does and re-escape
//   it one way (& < > " as entities); `disabled` and `disabled=""` are the same attribute;
// - decode character references in text the way a browser does (so `&quot;`, `&#34;` and `"`
//   are equal) and re-escape & < > " one way;
// - outside <pre> (and <textarea>): collapse runs of ASCII whitespace to one space, drop
//   whitespace next to block-level tags, drop line breaks right after `<br>`;
// - keep comments, declarations, processing instructions and CDATA verbatim, and the content of
//   raw-text elements (script, style, ...) verbatim.
// It does NOT unify URL spellings (`%C3%B6` and `ö` in an href differ), drop unknown attributes
// or tags, reorder elements, ignore whitespace between inline elements or inside <pre>, or treat
// U+00A0 as whitespace. References are decoded exactly as a browser decodes them (so `&copy`
// without ";" is "©" in text, and `&amp;copy` is not), by the `entities` package: the WHATWG
// decoder markdown-it depends on, already installed with it.
import { decodeHTML, decodeHTMLAttribute } from 'entities';

// normalize.py's list, unchanged: whitespace next to these tags is not significant.
const BLOCK_TAGS = new Set([
  'article', 'header', 'aside', 'hgroup', 'blockquote', 'hr', 'iframe', 'body', 'li', 'map',
  'button', 'object', 'canvas', 'ol', 'caption', 'output', 'col', 'p', 'colgroup', 'pre', 'dd',
  'progress', 'div', 'section', 'dl', 'table', 'td', 'dt', 'tbody', 'embed', 'textarea',
  'fieldset', 'tfoot', 'figcaption', 'th', 'figure', 'thead', 'footer', 'tr', 'form', 'ul',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'video', 'script', 'style',
]);
// Content kept as it is, up to the matching end tag (HTML "raw text" elements).
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
// Content where references are decoded but tags are not recognised (HTML "RCDATA").
const RCDATA = new Set(['textarea', 'title']);
// Where whitespace is significant.
const PRE_LIKE = new Set(['pre', 'textarea']);

const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const WS = /[ \t\n\r\f]+/g;
const isWs = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const rstripWs = (s) => { let e = s.length; while (e > 0 && isWs(s[e - 1])) --e; return s.slice(0, e); };
const lstripWs = (s) => { let b = 0; while (b < s.length && isWs(s[b])) ++b; return s.slice(b); };

// Splits `html` into tokens: {type:'text'|'start'|'end'|'verbatim', ...}.
function tokenize(html) {
  const tokens = [];
  let i = 0;
  let text = '';
  const flushText = () => { if (text) tokens.push({ type: 'text', raw: text }); text = ''; };
  const n = html.length;
  while (i < n) {
    const c = html[i];
    if (c !== '<') { text += c; ++i; continue; }
    const rest = html.slice(i);
    let m;
    // Comments: <!-->, <!--->, <!-- ... -->
    if (rest.startsWith('<!--')) {
      const end = rest.startsWith('<!-->') ? 5 : rest.startsWith('<!--->') ? 6 : rest.indexOf('-->', 4) + 3;
      const len = end >= 3 ? end : rest.length;
      flushText(); tokens.push({ type: 'verbatim', raw: rest.slice(0, len) }); i += len; continue;
    }
    if (rest.startsWith('<![CDATA[')) {
      const e = rest.indexOf(']]>');
      const len = e >= 0 ? e + 3 : rest.length;
      flushText(); tokens.push({ type: 'verbatim', raw: rest.slice(0, len) }); i += len; continue;
    }
    if (/^<![A-Za-z]/.test(rest)) {
      const e = rest.indexOf('>');
      const len = e >= 0 ? e + 1 : rest.length;
      flushText(); tokens.push({ type: 'verbatim', raw: rest.slice(0, len) }); i += len; continue;
    }
    if (rest.startsWith('<?')) {
      const e = rest.indexOf('?>');
      const len = e >= 0 ? e + 2 : rest.length;
      flushText(); tokens.push({ type: 'verbatim', raw: rest.slice(0, len) }); i += len; continue;
    }
    if ((m = /^<\/([A-Za-z][A-Za-z0-9-]*)[ \t\n\r\f]*>/.exec(rest))) {
      flushText(); tokens.push({ type: 'end', name: m[1].toLowerCase() }); i += m[0].length; continue;
    }
    if ((m = /^<([A-Za-z][A-Za-z0-9-]*)/.exec(rest))) {
      const tag = parseStartTag(rest, m[1].length + 1);
      if (tag) {
        flushText();
        tokens.push({ type: 'start', name: m[1].toLowerCase(), attributes: tag.attributes });
        i += tag.length;
        const name = m[1].toLowerCase();
        if (RAW_TEXT.has(name) || RCDATA.has(name)) {
          // Everything up to </name> is text of the element.
          const close = new RegExp(`</${name}[ \\t\\n\\r\\f/>]`, 'i').exec(html.slice(i));
          const len = close ? close.index : n - i;
          if (len) tokens.push({ type: RAW_TEXT.has(name) ? 'verbatim' : 'rcdata', raw: html.slice(i, i + len) });
          i += len;
        }
        continue;
      }
    }
    text += c; // a "<" that starts no tag is text
    ++i;
  }
  flushText();
  return tokens;
}

// Attributes of a start tag whose name ends at s[pos]; null if it is not a complete tag.
function parseStartTag(s, pos) {
  const attributes = [];
  const re = {
    ws: /[ \t\n\r\f]*/y,
    name: /[^ \t\n\r\f"'>/=][^ \t\n\r\f"'>/=]*/y,
    value: /[ \t\n\r\f]*=[ \t\n\r\f]*(?:"([^"]*)"|'([^']*)'|([^ \t\n\r\f>]+))/y,
  };
  const at = (r) => { r.lastIndex = pos; const m = r.exec(s); if (m) pos = r.lastIndex; return m; };
  for (;;) {
    const hadSpace = at(re.ws)[0].length > 0;
    if (s[pos] === '>') return { attributes, length: pos + 1 };
    if (s.startsWith('/>', pos)) return { attributes, length: pos + 2 };
    if (!hadSpace) return null;
    const name = at(re.name);
    if (!name) return null;
    const v = at(re.value);
    const raw = v ? (v[1] ?? v[2] ?? v[3]) : '';
    attributes.push([name[0].toLowerCase(), decodeHTMLAttribute(raw)]);
  }
}

export function normalizeHtml(html) {
  const tokens = tokenize(html.replace(/\r\n?/g, '\n'));
  let out = '';
  let pre = 0;       // depth of <pre>/<textarea>
  let last = 'start';
  let lastTag = '';
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
      case 'rcdata': {
        let data = t.raw;
        const afterTag = last === 'start' || last === 'end';
        if (afterTag && lastTag === 'br') data = data.replace(/^\n+/, '');
        data = decodeHTML(data);
        if (!pre) {
          data = data.replace(WS, ' ');
          if (afterTag && BLOCK_TAGS.has(lastTag)) data = lstripWs(data);
        }
        out += escapeText(data);
        last = 'data';
        break;
      }
      case 'verbatim':
        out += t.raw;
        last = 'verbatim';
        break;
      case 'start': {
        if (BLOCK_TAGS.has(t.name) && !pre) out = rstripWs(out);
        if (PRE_LIKE.has(t.name)) ++pre;
        const attributes = [...t.attributes].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
        out += '<' + t.name;
        for (const [k, v] of attributes) out += ` ${k}="${escapeText(v)}"`;
        out += '>';
        last = 'start';
        lastTag = t.name;
        break;
      }
      case 'end':
        if (PRE_LIKE.has(t.name) && pre) --pre;
        else if (BLOCK_TAGS.has(t.name) && !pre) out = rstripWs(out);
        out += `</${t.name}>`;
        last = 'end';
        lastTag = t.name;
        break;
    }
  }
  // The edges of a fragment are not significant (unless inside an unclosed <pre>).
  return pre ? lstripWs(out) : lstripWs(rstripWs(out));
}
