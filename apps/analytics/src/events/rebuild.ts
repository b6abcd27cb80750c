import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { ManagedResource } from '@asn/service-kit';
import { READ_MODEL_COLLECTIONS } from '../domain/models';

/**
 * Rebuild from scratch: drops the read models and deletes the consumer group, so that the consumer
 * replays every topic from the beginning; it runs before the consumer joins.
 */
export class Rebuild implements ManagedResource {
  readonly name = 'rebuild';
  private done = false;

  constructor(
    private readonly connection: Connection,
    private readonly kafka: Kafka,
    private readonly groupId: string,
    private readonly topics: string[],
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const db = this.connection.db!;
    const existing = new Set((await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name));
    for (const name of READ_MODEL_COLLECTIONS) if (existing.has(name)) await db.collection(name).deleteMany({});
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      // Deleting the (empty) group forgets its committed offsets; the consumer then starts from the
      // beginning of every topic (fromBeginning). Faster than resetOffsets, which joins the group.
      const groups = (await admin.listGroups()).groups.map((g) => g.groupId);
      if (groups.includes(this.groupId)) await admin.deleteGroups([this.groupId]);
    } finally {
      await admin.disconnect();
    }
    this.done = true;
    this.logger.info({ collections: READ_MODEL_COLLECTIONS, topics: this.topics }, 'read models dropped; replaying from the beginning');
  }

  isReady(): boolean {
    return this.done;
  }

  async stop(): Promise<void> {}
}
