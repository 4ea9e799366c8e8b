// The PouchDB side of bench_peer: a pouchdb-node database (LevelDB in DIR) that replicates
// from REMOTE (a pouchdb-server database) from cold at start, and once more for every line
// read on stdin. Each replication prints one JSON line: its time in ms, the documents held
// and the body of the watched document.
//   NODE_PATH=<node_modules> node pouch_client.js REMOTE DIR WATCHED_ID
'use strict';
const PouchDB = require('pouchdb-node');
const readline = require('readline');

const [remote, dir, watchedId] = process.argv.slice(2);
const local = new PouchDB(dir);
// Documents per replication batch: 5 000 (PouchDB's default is 100, which took 25 s here for
// 100 000 documents against 13 s at 5 000); PEER_BATCH_SIZE overrides it.
const batchSize = Number(process.env.PEER_BATCH_SIZE || 5000);

async function replicate() {
  const start = process.hrtime.bigint();
  await PouchDB.replicate(remote, local, { batch_size: batchSize });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const info = await local.info();
  const watched = await local.get(watchedId).catch(() => ({}));
  process.stdout.write(JSON.stringify({ ms, docs: info.doc_count, watched: watched.body || '' }) + '\n');
}

(async () => {
  await replicate();
  for await (const line of readline.createInterface({ input: process.stdin })) {
    if (line.trim())
      await replicate();
  }
  await local.close();
})().catch((e) => {
  process.stderr.write(`pouch_client: ${e.stack || e}\n`);
  process.exit(1);
});
