// One origin request for many concurrent readers of the same key — without handing anyone an answer
// that started before they arrived (it could predate a write they have just made): a reader who finds
// a request in flight joins the next one, which starts when the current one ends and serves everyone
// who arrived meanwhile. (The same rule as VersionReader in lib/data/data-version.ts, per key.)

interface Slot<T> {
  inflight: Promise<T>;
  queued?: Promise<T>;
}

export class Coalescer<T> {
  private readonly slots = new Map<string, Slot<T>>();

  run(key: string, operation: () => Promise<T>): Promise<T> {
    const slot = this.slots.get(key);
    if (!slot) return this.start(key, operation);
    slot.queued ??= slot.inflight.then(
      () => this.start(key, operation),
      () => this.start(key, operation),
    );
    return slot.queued;
  }

  /** Keys with a request in flight (bounded by the number of concurrent readers). */
  get size(): number {
    return this.slots.size;
  }

  private start(key: string, operation: () => Promise<T>): Promise<T> {
    const p = operation();
    this.slots.set(key, { inflight: p });
    const done = () => {
      const slot = this.slots.get(key);
      if (slot?.inflight === p && !slot.queued) this.slots.delete(key);
    };
    p.then(done, done);
    return p;
  }
}
