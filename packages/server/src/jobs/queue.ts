/**
 * Background work per jurisdiction (the search for duplicates, hit/no-hit): asked for a jurisdiction
 * whenever its persons change, it waits a moment (so that a burst of changes makes one run), then
 * runs the work, one jurisdiction at a time. A jurisdiction asked for again while it runs is run
 * once more after.
 */
export class JurisdictionQueue<T> {
  private readonly waiting = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private idleWaiters: (() => void)[] = [];
  /** The last run of each jurisdiction, for the API and for tests. */
  readonly lastRun = new Map<string, T & { at: Date }>();

  constructor(
    private readonly work: (jurisdiction: string) => Promise<T>,
    private readonly options: { delayMs?: number; onError?: (error: unknown) => void } = {},
  ) {}

  /** Since when the oldest jurisdiction waiting has waited (null when none waits). */
  private waitingSince: Date | null = null;

  /** What waits and runs, for the metrics. */
  stats(now: Date): { waiting: number; running: number; oldestWaitingSeconds: number } {
    return {
      waiting: this.waiting.size,
      running: this.running ? 1 : 0,
      oldestWaitingSeconds: this.waitingSince ? (now.getTime() - this.waitingSince.getTime()) / 1000 : 0,
    };
  }

  schedule(jurisdiction: string): void {
    if (this.waiting.size === 0) this.waitingSince = new Date();
    this.waiting.add(jurisdiction);
    if (this.timer || this.running) return;
    this.timer = setTimeout(() => this.run(), this.options.delayMs ?? 500);
  }

  private run(): void {
    this.timer = null;
    this.running = (async () => {
      while (this.waiting.size > 0) {
        const [jurisdiction] = this.waiting;
        this.waiting.delete(jurisdiction!);
        this.waitingSince = this.waiting.size > 0 ? new Date() : null;
        try {
          const report = await this.work(jurisdiction!);
          this.lastRun.set(jurisdiction!, { ...report, at: new Date() });
        } catch (error) {
          this.options.onError?.(error);
        }
      }
    })().finally(() => {
      this.running = null;
      if (this.waiting.size > 0) this.schedule([...this.waiting][0]!);
      else for (const resolve of this.idleWaiters.splice(0)) resolve();
    });
  }

  /** Resolves when nothing is waiting or running. */
  idle(): Promise<void> {
    if (!this.timer && !this.running && this.waiting.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops waiting (on shutdown); a run in progress finishes. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.waiting.clear();
    await this.running;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
