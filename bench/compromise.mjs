// The peer of bench/run: compromise (npm) naming the people, places and
// organisations of the same article texts newskg reads.
//   node bench/compromise.mjs CORPUS.jsonl
// Prints one JSON line: articles, text bytes, entities found, and the CPU
// seconds of the processing alone (start-up excluded).
import fs from 'node:fs';
import readline from 'node:readline';
import nlp from 'compromise';

const start = process.cpuUsage();
let articles = 0, bytes = 0, people = 0, places = 0, organizations = 0;
const lines = readline.createInterface({ input: fs.createReadStream(process.argv[2]), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const { text } = JSON.parse(line);
  const doc = nlp(text);
  people += doc.people().out('array').length;
  places += doc.places().out('array').length;
  organizations += doc.organizations().out('array').length;
  articles += 1;
  bytes += Buffer.byteLength(text);
}
const used = process.cpuUsage(start);
console.log(JSON.stringify({ articles, bytes, people, places, organizations,
                             cpu_seconds: (used.user + used.system) / 1e6 }));
