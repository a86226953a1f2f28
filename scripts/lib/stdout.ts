/**
 * `npm run parse -- FILE | head` or `npm run search -- q | head` closes stdout early; that is the
 * reader's choice, not a failure, so it ends the CLI quietly instead of with an EPIPE stack trace.
 */
export function exitQuietlyOnClosedStdout(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
