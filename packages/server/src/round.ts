/**
 * Work done in rounds (the protection alerts, the courier, the analysis): one round at a time in a
 * process, a round asked for while one runs waits for it, and close() lets the running round finish
 * and refuses more. When rounds run is the job runner's business (jobs/): each round is a job that
 * recurs, run by one process at a time. Below every layer, like errors.ts.
 */
export class Round<T> {
  private running: Promise<T> | null = null;
  private stopped = false;

  constructor(private readonly work: () => Promise<T>) {}

  /** One round now; a round already under way is waited for instead. */
  tick(): Promise<T> {
    this.running ??= this.work().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Whether close() was called: the job runner then leaves the round alone. */
  get closed(): boolean {
    return this.stopped;
  }

  async close(): Promise<void> {
    this.stopped = true;
    await this.running?.catch(() => undefined);
  }
}
