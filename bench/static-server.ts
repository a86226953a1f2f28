/**
 * The plain static file server `npm run load` compares Next with: sirv over a directory of the
 * pages' HTML, nothing else. Run as its own process so its CPU and RSS are its own:
 *   node --import tsx bench/static-server.ts DIR PORT
 */
import { createServer } from "node:http";
import sirv from "sirv";

const [dir, port] = process.argv.slice(2);
if (!dir || !port) {
  console.error("usage: static-server.ts DIR PORT");
  process.exit(2);
}
const serve = sirv(dir, { etag: true, gzip: false, brotli: false });
createServer((req, res) => serve(req, res)).listen(Number(port), "127.0.0.1", () => console.log("ready"));
