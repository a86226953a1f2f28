/**
 * A progress line every `every` items with the ETA, for long runs (ingest or generation of a
 * 1,000-issue archive). Written only when the stream is a terminal: logs and CI stay quiet.
 */
export type Progress = { tick: (done: number) => void; done: () => void };

type Options = { label: string; total: number; every?: number; stream?: NodeJS.WriteStream; now?: () => number };

export function progress({ label, total, every = Math.max(1, Math.ceil(total / 20)), stream = process.stderr, now = () => performance.now() }: Options): Progress {
  if (!stream.isTTY || total < every * 2) return { tick: () => {}, done: () => {} };
  const started = now();
  return {
    tick: (done) => {
      if (done === 0 || done % every !== 0 || done === total) return;
      const elapsed = (now() - started) / 1000;
      const eta = (elapsed / done) * (total - done);
      stream.write(`${label} ${done}/${total} (${Math.round((done / total) * 100)} %), ${elapsed.toFixed(1)} s, ETA ${eta.toFixed(0)} s\n`);
    },
    done: () => stream.write(`${label} ${total}/${total} in ${((now() - started) / 1000).toFixed(1)} s\n`),
  };
}
