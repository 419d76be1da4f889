// The demo page: pick or paste a payload, render it with the module, show the article or the
// error. All rendering and validation happens in the module; this only wires the controls.
import create from '/dist/comparison-renderer.mjs';

const $ = (id) => document.getElementById(id);
const ui = {
  article: $('article'), example: $('example'), payload: $('payload'), file: $('file'), drop: $('drop-zone'),
  slug: $('slug'), optionA: $('option-a'), optionB: $('option-b'), rawHtml: $('raw-html'), labelLanguage: $('label-language'),
  status: $('status'), problems: $('problems'), version: $('version'),
};
const description = document.querySelector('meta[name="description"]');
const pageDefaults = { title: document.title, description: description.content, lang: document.documentElement.lang };
const renderer = await create();
ui.version.textContent = `v${renderer.version}`;

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function showProblems(title, items, error) {
  ui.problems.replaceChildren();
  if (!items.length && !error) return;
  ui.problems.append(el('h3', title));
  if (error) {
    const dl = el('dl', undefined, 'error');
    for (const [k, v] of [['Code', error.code], ['Message', error.message], ['Path', error.path || '(the whole input)']]) {
      dl.append(el('dt', k), el('dd', v));
    }
    ui.problems.append(dl);
    if (error.offset !== undefined) {
      const go = el('button', 'Show the place in the payload');
      go.type = 'button';
      go.addEventListener('click', () => {
        ui.payload.focus();
        ui.payload.setSelectionRange(error.offset, Math.min(error.offset + 1, ui.payload.value.length));
      });
      ui.problems.append(go);
    }
  }
  if (items.length) {
    const ul = el('ul');
    for (const w of items) ul.append(el('li', w));
    ui.problems.append(ul);
  }
}

function render() {
  const options = { idPrefix: 'demo-', rawHtml: ui.rawHtml.value };
  if (ui.labelLanguage.value) options.labelLanguage = ui.labelLanguage.value;
  for (const [key, input] of [['slug', ui.slug], ['optionA', ui.optionA], ['optionB', ui.optionB]]) {
    if (input.value.trim()) options[key] = input.value.trim();
  }
  const started = performance.now();
  const result = renderer.renderComparison(ui.payload.value, options);
  const ms = performance.now() - started;
  if (result.ok) {
    ui.article.innerHTML = result.html;
    ui.article.removeAttribute('lang');
    document.title = result.metaTitle;
    description.content = result.metaDescription;
    document.documentElement.lang = result.lang;
    ui.status.textContent = `Rendered “${result.title}” in ${ms.toFixed(2)} ms.`;
    showProblems('Warnings', result.warnings);
  } else {
    ui.article.replaceChildren(el('h1', 'No article to show', 'placeholder-title'),
      el('p', 'The payload has an error; the Result panel says what and where.', 'loading'));
    ui.article.lang = 'en';
    document.title = pageDefaults.title;  // not the last article's
    description.content = pageDefaults.description;
    document.documentElement.lang = pageDefaults.lang;
    ui.status.textContent = `Not rendered (${ms.toFixed(2)} ms): ${result.error.code}.`;
    showProblems('Error', [], result.error);
  }
}

let timer = 0;
const renderSoon = () => { clearTimeout(timer); timer = setTimeout(render, 150); };

// Only the latest choice is shown: an earlier example or file arriving late is dropped.
let choice = 0;
async function loadExample(file) {
  const mine = ++choice;
  const text = await (await fetch(`examples/${encodeURIComponent(file)}`)).text();
  if (mine !== choice) return;
  ui.payload.value = text;
  render();
}
async function loadFile(file) {
  if (!file) return;
  const mine = ++choice;
  const text = await file.text();
  if (mine !== choice) return;
  ui.payload.value = text;
  render();
}

const examples = await (await fetch('examples/index.json')).json();
for (const { file, label } of examples) ui.example.append(new Option(label, file));
ui.example.addEventListener('change', () => loadExample(ui.example.value));
ui.payload.addEventListener('input', renderSoon);
for (const input of [ui.slug, ui.optionA, ui.optionB]) input.addEventListener('input', renderSoon);
ui.rawHtml.addEventListener('change', render);
ui.labelLanguage.addEventListener('change', render);
ui.file.addEventListener('change', () => loadFile(ui.file.files[0]));
ui.drop.addEventListener('dragover', (e) => { e.preventDefault(); ui.drop.classList.add('dragging'); });
ui.drop.addEventListener('dragleave', () => ui.drop.classList.remove('dragging'));
ui.drop.addEventListener('drop', (e) => {
  e.preventDefault();
  ui.drop.classList.remove('dragging');
  loadFile(e.dataTransfer.files[0]);
});

const wanted = new URLSearchParams(location.search).get('example');
ui.example.value = examples.some((x) => x.file === wanted) ? wanted : examples[0].file;
await loadExample(ui.example.value);
document.body.dataset.ready = 'true';
