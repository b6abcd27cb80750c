/** Keys read by one lookup at most (one `$in`). */
export const MAX_KEYS_PER_LOOKUP = 256;

interface Group<In, Out> {
  inputs: In[];
  outputs: Promise<Out[]>;
  resolve: (outputs: Out[]) => void;
  reject: (err: unknown) => void;
}

function newGroup<In, Out>(): Group<In, Out> {
  let resolve!: Group<In, Out>['resolve'];
  let reject!: Group<In, Out>['reject'];
  const outputs = new Promise<Out[]>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  outputs.catch(() => undefined); // each caller sees the failure through its own promise
  return { inputs: [], outputs, resolve, reject };
}

/**
 * Calls grouped under load: while one group runs, the calls made meanwhile wait and run together
 * as the next group (at most `maxPerGroup` each). A call therefore always runs in a group that
 * started after it was made, and a burst costs the store one command per round trip instead of one
 * each (FerretDB spends about a quarter of a millisecond of CPU per command, whatever it does).
 * With nothing running, a call runs at once, alone. `run` answers one output per input, in order;
 * if it throws, every call of its group fails with that error.
 */
export class GroupedCalls<In, Out> {
  private next: Group<In, Out> | undefined;
  /** Full groups, waiting their turn before `next`. */
  private readonly queued: Group<In, Out>[] = [];
  private running = false;

  constructor(
    private readonly run: (inputs: In[]) => Promise<Out[]>,
    private readonly maxPerGroup: number,
  ) {}

  call(input: In): Promise<Out> {
    let group = this.next;
    if (!group || group.inputs.length >= this.maxPerGroup) {
      if (group) this.queued.push(group);
      group = this.next = newGroup<In, Out>();
    }
    const index = group.inputs.push(input) - 1;
    const output = group.outputs.then((outputs) => outputs[index]!);
    if (!this.running) void this.runNext();
    return output;
  }

  private async runNext(): Promise<void> {
    const group = this.queued.shift() ?? this.next;
    if (!group) return;
    if (group === this.next) this.next = undefined;
    this.running = true;
    try {
      group.resolve(await this.run(group.inputs));
    } catch (err) {
      group.reject(err);
    } finally {
      this.running = false;
      if (this.next || this.queued.length > 0) void this.runNext();
    }
  }
}

/**
 * Lookups by key, grouped under load (GroupedCalls): the keys asked for while one lookup is in
 * flight are read together by the next one (`lookUp` gets them all: one `_id` `$in`), so an answer
 * is never staler than a read of its own.
 */
export class BatchedLookup<V> {
  private readonly calls: GroupedCalls<string, V | undefined>;

  /**
   * `lookUp` answers the keys it found; one missing from its map is answered `undefined`. `copy`
   * gives each further asker of a key in the same group its own value (callers may change what they get).
   */
  constructor(lookUp: (keys: string[]) => Promise<Map<string, V>>, copy: (value: V) => V = (value) => value) {
    this.calls = new GroupedCalls(async (keys) => {
      const found = await lookUp([...new Set(keys)]);
      const answered = new Set<string>();
      return keys.map((key) => {
        const value = found.get(key);
        const shared = answered.has(key);
        answered.add(key);
        return shared && value !== undefined ? copy(value) : value;
      });
    }, MAX_KEYS_PER_LOOKUP);
  }

  get(key: string): Promise<V | undefined> {
    return this.calls.call(key);
  }
}
