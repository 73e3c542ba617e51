/**
 * Sets of bigints as sorted, disjoint, non-adjacent inclusive intervals. Every set operation
 * is a linear merge; sets are immutable.
 */

/** One inclusive interval `[first, last]`. */
export type Interval = readonly [first: bigint, last: bigint];

export class IntervalSet {
  /** Sorted, disjoint, non-adjacent intervals. */
  readonly ranges: readonly Interval[];

  private constructor(ranges: readonly Interval[]) {
    this.ranges = ranges;
  }

  static readonly EMPTY = new IntervalSet([]);

  /** The set of every value in the given intervals (any order, overlaps allowed). */
  static of(intervals: Iterable<Interval>): IntervalSet {
    const sorted = [...intervals].filter(([first, last]) => first <= last).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const merged: Interval[] = [];
    for (const [first, last] of sorted) {
      const previous = merged[merged.length - 1];
      if (previous && first <= previous[1] + 1n) {
        if (last > previous[1]) merged[merged.length - 1] = [previous[0], last];
      } else {
        merged.push([first, last]);
      }
    }
    return new IntervalSet(merged);
  }

  /** The set `[first, last]`. */
  static range(first: bigint, last: bigint): IntervalSet {
    return first <= last ? new IntervalSet([[first, last]]) : IntervalSet.EMPTY;
  }

  isEmpty(): boolean {
    return this.ranges.length === 0;
  }

  /** Smallest member, if any. */
  min(): bigint | undefined {
    return this.ranges[0]?.[0];
  }

  /** Number of members. */
  size(): bigint {
    let total = 0n;
    for (const [first, last] of this.ranges) total += last - first + 1n;
    return total;
  }

  has(value: bigint): boolean {
    let low = 0;
    let high = this.ranges.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [first, last] = this.ranges[middle] as Interval;
      if (value < first) high = middle - 1;
      else if (value > last) low = middle + 1;
      else return true;
    }
    return false;
  }

  /** True when some member lies in `[first, last]` (a binary search; nothing allocated). */
  overlapsRange(first: bigint, last: bigint): boolean {
    let low = 0;
    let high = this.ranges.length - 1;
    let candidate = -1;
    // The first interval that ends at or after `first`.
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((this.ranges[middle] as Interval)[1] >= first) {
        candidate = middle;
        high = middle - 1;
      } else {
        low = middle + 1;
      }
    }
    return candidate >= 0 && (this.ranges[candidate] as Interval)[0] <= last;
  }

  union(other: IntervalSet): IntervalSet {
    if (other.isEmpty()) return this;
    if (this.isEmpty()) return other;
    return IntervalSet.of([...this.ranges, ...other.ranges]);
  }

  intersect(other: IntervalSet): IntervalSet {
    const out: Interval[] = [];
    let i = 0;
    let j = 0;
    while (i < this.ranges.length && j < other.ranges.length) {
      const [a1, a2] = this.ranges[i] as Interval;
      const [b1, b2] = other.ranges[j] as Interval;
      const first = a1 > b1 ? a1 : b1;
      const last = a2 < b2 ? a2 : b2;
      if (first <= last) out.push([first, last]);
      if (a2 < b2) i++;
      else j++;
    }
    return out.length === 0 ? IntervalSet.EMPTY : new IntervalSet(out);
  }

  /** Members of this set that are not in `other`. */
  subtract(other: IntervalSet): IntervalSet {
    if (this.isEmpty() || other.isEmpty()) return this;
    const out: Interval[] = [];
    let j = 0;
    for (const [first, last] of this.ranges) {
      let start = first;
      while (j < other.ranges.length && (other.ranges[j] as Interval)[1] < start) j++;
      let k = j;
      while (start <= last && k < other.ranges.length) {
        const [b1, b2] = other.ranges[k] as Interval;
        if (b1 > last) break;
        if (b1 > start) out.push([start, b1 - 1n]);
        if (b2 >= start) start = b2 + 1n;
        k++;
      }
      if (start <= last) out.push([start, last]);
    }
    return out.length === 0 ? IntervalSet.EMPTY : new IntervalSet(out);
  }

  /** True when every member of `other` is in this set. */
  covers(other: IntervalSet): boolean {
    return other.subtract(this).isEmpty();
  }

  overlaps(other: IntervalSet): boolean {
    return !this.intersect(other).isEmpty();
  }

  equals(other: IntervalSet): boolean {
    if (this.ranges.length !== other.ranges.length) return false;
    return this.ranges.every(([first, last], index) => {
      const [otherFirst, otherLast] = other.ranges[index] as Interval;
      return first === otherFirst && last === otherLast;
    });
  }
}
