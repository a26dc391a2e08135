// npm run relationships:synthetic -- [folder] [nodes] [edges]
// Creates a fresh embedded database (default .data/synthetic) holding only synthetic relationship
// data: 200 countries and 2,000 distinct ties by default. Then look at it with
//   PORT=3203 PGLITE_DATA_DIR=.data/synthetic npm start   →   http://localhost:3203/relationships
import { rmSync } from "node:fs";
import path from "node:path";
import { connect } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import { buildGraph } from "@/lib/relationships/graph";
import { syntheticGraphInput } from "@/lib/relationships/synthetic";
import { writeSyntheticData } from "@/lib/relationships/write-synthetic";

const [folder = ".data/synthetic", nodes = "200", edges = "2000"] = process.argv.slice(2);
const dir = path.resolve(folder);
if (!dir.includes(`${path.sep}.data${path.sep}`)) {
  console.error(`Refusing to replace ${dir}: give a folder under .data/ (it is deleted and recreated).`);
  process.exit(1);
}
const input = syntheticGraphInput({ nodes: Number(nodes), edges: Number(edges) });
const graph = buildGraph(input);
rmSync(dir, { recursive: true, force: true });
const db = connect({ pgliteDataDir: dir });
try {
  await migrate(db.sql, { log: () => {} });
  const written = await writeSyntheticData(db.prisma, input);
  console.log(`Wrote ${written.actors} countries, ${written.agreements} agreements and ${written.pledges} pledges to ${folder}.`);
  console.log(`The network has ${graph.nodes.length} nodes and ${graph.edges.length} edges.`);
  console.log(`Look at it: PORT=3203 PGLITE_DATA_DIR=${folder} npm start, then open /relationships`);
} finally {
  await db.close();
}
