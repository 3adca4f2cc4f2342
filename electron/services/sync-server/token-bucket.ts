/** A sustained rate with room for a burst: what a token bucket allows. */
export type Rate = { perSecond: number; burst: number };

/**
 * Allows `burst` events at once and `perSecond` on average. The clock is
 * monotonic (performance.now), so a change of the wall clock cannot refill it.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: Rate,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = rate.burst;
    this.last = now();
  }

  /** Takes `count` tokens (one event, or its bytes) if the bucket holds them. */
  take(count = 1): boolean {
    this.refill();
    if (this.tokens < count) return false;
    this.tokens -= count;
    return true;
  }

  /** A full bucket carries no history and can be forgotten. */
  isFull(): boolean {
    this.refill();
    return this.tokens >= this.rate.burst;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(
      this.rate.burst,
      this.tokens + ((now - this.last) / 1000) * this.rate.perSecond,
    );
    this.last = now;
  }
}

/** Above this many tracked addresses, full buckets are dropped to bound memory. */
const PRUNE_ABOVE = 10_000;

/** One token bucket per remote address. */
export class AddressLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly rate: Rate) {}

  take(address: string): boolean {
    let bucket = this.buckets.get(address);
    if (bucket === undefined) {
      if (this.buckets.size >= PRUNE_ABOVE) this.prune();
      bucket = new TokenBucket(this.rate);
      this.buckets.set(address, bucket);
    }
    return bucket.take();
  }

  private prune(): void {
    for (const [address, bucket] of this.buckets) if (bucket.isFull()) this.buckets.delete(address);
  }
}
