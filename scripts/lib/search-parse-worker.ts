// Worker thread of readAllIssueDocs (search-issue-docs.ts): parses its share of the issues and
// posts each issue's search documents back as soon as it has them.
import { parentPort, workerData } from "node:worker_threads";
import { readIssueDocs, workerJobSchema } from "@/scripts/lib/search-issue-docs";

const job = workerJobSchema.parse(workerData);
for (const issue of job.issues) parentPort?.postMessage(readIssueDocs(job.content, issue, job.root));
