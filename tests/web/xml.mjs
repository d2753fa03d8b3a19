// A strict reader of the XML the figure writes (elements, attributes, text, an XML declaration;
// no DTD, comments or CDATA): throws on anything not well-formed (an unclosed or mismatched tag, an
// unquoted or repeated attribute, a bare "&" or "<"), else returns the tree of elements.

const NAME = /^[A-Za-z_:][\w:.-]*$/;
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/;

function checkText(text, where) {
  if (ENTITY.test(text)) throw new Error(`a bare "&" in ${where}: ${text.slice(0, 40)}`);
}

const unescape = (text) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]);

function readTag(source) {
  const match = /^<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>$/.exec(source);
  if (!match) throw new Error(`not a well-formed tag: ${source.slice(0, 80)}`);
  const [, name, rest, selfClosing] = match;
  if (!NAME.test(name)) throw new Error(`not an element name: ${name}`);
  const attributes = {};
  for (const [, key, value] of rest.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (!NAME.test(key)) throw new Error(`not an attribute name: ${key}`);
    if (key in attributes) throw new Error(`attribute ${key} repeated in <${name}>`);
    checkText(value ?? '', `attribute ${key}`);
    attributes[key] = unescape(value ?? '');
  }
  return { name, attributes, children: [], text: '', selfClosing: selfClosing === '/' };
}

/** The root element of `source`: {name, attributes, children, text}. */
export function parseXml(source) {
  let rest = source.replace(/^<\?xml[^?]*\?>/, '');
  const stack = [{ name: '#document', children: [], text: '' }];
  while (rest.length) {
    const open = rest.indexOf('<');
    const text = open < 0 ? rest : rest.slice(0, open);
    checkText(text, 'text');
    if (stack.length === 1 && text.trim()) throw new Error(`text outside the root element: ${text.trim().slice(0, 40)}`);
    stack.at(-1).text += unescape(text);
    if (open < 0) break;
    const close = rest.indexOf('>', open);
    if (close < 0) throw new Error('a tag is not closed');
    const source = rest.slice(open, close + 1);
    rest = rest.slice(close + 1);
    if (source.startsWith('</')) {
      const name = source.slice(2, -1).trim();
      const element = stack.pop();
      if (element.name !== name) throw new Error(`</${name}> closes <${element.name}>`);
      continue;
    }
    const element = readTag(source);
    stack.at(-1).children.push(element);
    if (!element.selfClosing) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`<${stack.at(-1).name}> is never closed`);
  const [root, ...others] = stack[0].children;
  if (!root || others.length) throw new Error('a document has exactly one root element');
  return root;
}

/** Every element under `element` (itself included) that passes `test`, in document order. */
export function findAll(element, test) {
  return [...(test(element) ? [element] : []), ...element.children.flatMap((child) => findAll(child, test))];
}

/** The text of `element` and its descendants. */
export function textOf(element) {
  return element.text + element.children.map(textOf).join('');
}
