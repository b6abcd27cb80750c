import { partitionOfKey } from '@asn/messaging';

/**
 * Which entities this analytics instance owns. Instances share the domain topics' partitions
 * through the co-partitioned assigner: partition p of every topic goes to one instance, so it
 * receives every event keyed to p (an employee's, by NIP). It owns the entities whose key falls on
 * a partition it holds: employees by NIP, programmes by id, OPDs by code. Only the owner writes an
 * entity's state and metrics, so only the owner may keep them in memory; what several instances
 * write (an OPD's or a programme's facts, OPD members, position holders) is kept in memory only
 * while this instance owns everything (it runs alone).
 */
export class Ownership {
  /** Until the group assigns partitions, this instance is taken to run alone. */
  private held: Set<number> | 'all' = 'all';
  private count = 1;
  /** This instance's epoch of each partition it holds (AnalyticsStore.claimPartitions). */
  private epochs = new Map<number, number>();

  /** After each assignment: the partition numbers held, of `count`, and whether that is every partition of every topic. */
  assign(partitions: number[], count: number, everything: boolean): boolean {
    const before = this.held === 'all' ? 'all' : this.describe();
    this.held = everything ? 'all' : new Set(partitions);
    this.count = count;
    // Alone before and after: nothing anyone else wrote can be in memory.
    return !(before === 'all' && everything) && this.describe() !== before;
  }

  private describe(): string {
    return `${this.held === 'all' ? 'all' : [...this.held].sort((a, b) => a - b).join(',')}/${this.count}`;
  }

  /** The partition numbers to claim epochs of: every one when alone. */
  heldNumbers(): number[] {
    return this.held === 'all' ? Array.from({ length: this.count }, (_, p) => p) : [...this.held];
  }

  partitionCount(): number {
    return this.count;
  }

  /** Epochs are held for every partition this instance holds (after a claim that succeeded). */
  claimed(): boolean {
    return this.heldNumbers().every((p) => this.epochs.has(p));
  }

  setEpochs(epochs: Map<number, number>): void {
    this.epochs = epochs;
  }

  /** The epoch the owner's documents of this key carry (undefined before the first assignment). */
  epochOf(key: string): number | undefined {
    return this.epochs.get(this.partitionOf(key));
  }

  /** Runs alone: holds every partition, so no other instance writes anything. */
  ownsAll(): boolean {
    return this.held === 'all';
  }

  partitionOf(key: string): number {
    return partitionOfKey(key, this.count);
  }

  owns(key: string): boolean {
    return this.held === 'all' || this.held.has(this.partitionOf(key));
  }

  /** The partition numbers whose work this instance does (all of them when alone). */
  partitions(): number[] | 'all' {
    return this.held === 'all' ? 'all' : [...this.held];
  }
}
