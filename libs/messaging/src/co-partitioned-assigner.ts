import { AssignerProtocol, Partitioners, type PartitionAssigner } from 'kafkajs';

export const CO_PARTITIONED_ASSIGNER = 'CoPartitioned';

/**
 * Gives each member the same partition numbers of every subscribed topic (partition p of each
 * topic to one member), as Kafka Streams does for co-partitioned topics. Producers key an
 * employee's events by the NIP on every topic, and the default partitioner maps a key to the same
 * partition number on topics of equal size, so one member then receives all of an employee's
 * events, whatever service published them.
 *
 * Topics of unequal sizes cannot be co-partitioned: everything goes to one member (the others
 * stand by), which is still correct, only not shared; `onUnequal` is told.
 */
export function coPartitionedAssigner(onUnequal: (sizes: Record<string, number>) => void = () => undefined): PartitionAssigner {
  return ({ cluster }) => ({
    name: CO_PARTITIONED_ASSIGNER,
    version: 0,
    async assign({ members, topics }) {
      const sorted = members.map((m) => m.memberId).sort();
      const sizes = Object.fromEntries(topics.map((topic) => [topic, cluster.findTopicPartitionMetadata(topic).length]));
      const equal = new Set(Object.values(sizes)).size <= 1;
      if (!equal) onUnequal(sizes);
      const assignment = new Map<string, Record<string, number[]>>(sorted.map((id) => [id, {}]));
      for (const topic of topics) {
        for (const { partitionId } of cluster.findTopicPartitionMetadata(topic)) {
          const member = equal ? sorted[partitionId % sorted.length]! : sorted[0]!;
          (assignment.get(member)![topic] ??= []).push(partitionId);
        }
      }
      return [...assignment].map(([memberId, topicPartitions]) => ({
        memberId,
        memberAssignment: AssignerProtocol.MemberAssignment.encode({ version: 0, assignment: topicPartitions, userData: Buffer.alloc(0) }),
      }));
    },
    protocol({ topics }) {
      return { name: CO_PARTITIONED_ASSIGNER, metadata: AssignerProtocol.MemberMetadata.encode({ version: 0, topics, userData: Buffer.alloc(0) }) };
    },
  });
}

const defaultPartition = Partitioners.DefaultPartitioner();

/** The partition the producers' partitioner gives a key on a topic of `count` partitions (murmur2, as Java's). */
export function partitionOfKey(key: string, count: number): number {
  return defaultPartition({ topic: '', partitionMetadata: Array.from({ length: count }, (_, partitionId) => ({ partitionId, leader: 0, replicas: [0], isr: [0], partitionErrorCode: 0 })), message: { key, value: null } });
}
