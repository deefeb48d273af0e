/** A one-line progress bar for a terminal stream; silent when the stream is not a TTY. */
export class ProgressBar {
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly label: string,
  ) {}

  get enabled(): boolean {
    return Boolean(this.stream.isTTY);
  }

  update(done: number, total: number, detail: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    // Redrawing on every file costs more than reading it; 10 frames a second is enough.
    if (done < total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const width = 24;
    const ratio = total > 0 ? Math.min(done / total, 1) : 0;
    const filled = Math.round(ratio * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const columns = this.stream.columns ?? 80;
    const line = `${this.label} ${bar} ${String(Math.round(ratio * 100)).padStart(3)}% ${done}/${total} ${detail}`;
    this.stream.write(`\r${line.slice(0, columns - 1).padEnd(columns - 1)}`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.stream.write(`\r${' '.repeat((this.stream.columns ?? 80) - 1)}\r`);
    this.drawn = false;
  }
}
