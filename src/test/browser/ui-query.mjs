// Opens the Fuseki UI of a running paperkg server in headless Chromium, runs a SPARQL query in the query editor
// and prints the rows of the result table as JSON. Usage: node ui-query.mjs BASE_URL QUERY
import { chromium } from 'playwright-core';

const [base, query] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const failed = [];
  page.on('requestfailed', r => failed.push(r.url()));
  await page.goto(`${base}/#/dataset/kg/query`, { waitUntil: 'networkidle' });
  await page.waitForSelector('.CodeMirror', { timeout: 20000 });
  await page.evaluate(q => document.querySelector('.CodeMirror').CodeMirror.setValue(q), query);
  await page.click('.yasqe_queryButton');
  await page.waitForSelector('.yasr table tbody tr', { timeout: 20000 });
  const rows = await page.$$eval('.yasr table tbody tr',
    trs => trs.map(tr => [...tr.querySelectorAll('td')].map(td => td.innerText.trim())));
  // The UI asks prefix.cc for prefix completion; this machine has no internet, so only that request may fail.
  const unexpected = failed.filter(u => !u.includes('prefix.cc'));
  console.log(JSON.stringify({ rows, failedRequests: unexpected }));
} finally {
  await browser.close();
}
