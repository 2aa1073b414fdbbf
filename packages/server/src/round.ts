/**
 * Work that repeats on a timer (every half minute, every few seconds): one round at a time, a round
 * asked for while one runs waits for it, and close() lets the running round finish. Below every
 * layer, like errors.ts: the notifications' courier and the jobs both run rounds.
 */
export class Round<T> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<T> | null = null;

  constructor(
    private readonly work: () => Promise<T>,
    private readonly options: { onError?: (error: unknown) => void } = {},
  ) {}

  /** One round now; a round already under way is waited for instead. */
  tick(): Promise<T> {
    this.running ??= this.work().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      this.tick().catch((error) => this.options.onError?.(error));
    }, intervalMs);
    this.timer.unref();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }
}
