// The example intranet page's own script: it logs the widgets' events into a visible list and
// analyses the sample report through the JavaScript API. Same-site and not inline, so the
// page's Content-Security-Policy can forbid inline scripts.
import { analyze } from '../report-analyzer.js';

const log = document.getElementById('event-log');

function record(event) {
  const item = document.createElement('li');
  item.dataset.event = event.type;
  item.dataset.widget = event.target.id;
  item.dataset.detail = JSON.stringify(event.detail);
  item.textContent = `${event.target.id}: ${event.type} ${JSON.stringify(event.detail)}`;
  log.append(item);
}

// The events bubble and are composed, so one listener on the document hears every widget.
for (const type of ['report-loaded', 'actor-selected', 'section-selected', 'error']) {
  document.addEventListener(type, record);
}

// Fetched once: a second click analyses again without another request.
let sample = null;

async function analyzeSample() {
  const output = document.getElementById('analyze-result');
  try {
    sample ??= fetch(new URL('sample-report.txt', import.meta.url)).then((r) => r.text());
    const text = await sample;
    const report = await analyze(text, { fileName: 'sample-report.txt' });
    const sections = [];
    const walk = (nodes) => nodes.forEach((s) => { sections.push(s); walk(s.children); });
    walk(report.outline);
    // start16/end16 let JavaScript slice its own strings with the report's ranges.
    const titles = sections.map((s) => report.text.slice(s.heading.start16, s.heading.end16).trim());
    output.textContent = [
      `${report.source.name}: ${sections.length} secties, ${report.actors.length} actoren, ${report.statements.length} uitspraken`,
      ...titles.map((t) => `  • ${t}`),
    ].join('\n');
    output.dataset.state = 'done';
  } catch (error) {
    output.textContent = `analyze() mislukte: ${error.message}`;
    output.dataset.state = 'failed';
  }
}

document.getElementById('analyze-sample').addEventListener('click', analyzeSample);
analyzeSample();
