#!/bin/bash
# The compose file's Kafka (apache/kafka image): one KRaft node where every client authenticates
# with SASL/SCRAM-SHA-512 and may do only what its ACLs allow. Each service writes its own topic
# (and creates it), reads the topics it consumes and writes their dead-letter topics; the gateway
# writes the audit log and reads the metric stream. Nothing is allowed without an ACL.
#
# Credentials come from the environment, with no defaults: KAFKA_ADMIN_PASSWORD, and
# KAFKA_PASSWORD_<SERVICE> for each service and the gateway. They are (re)applied at every start,
# so changing one in the environment and restarting rotates it.
set -euo pipefail

BIN=/opt/kafka/bin
CONF=/tmp/asn-kafka/server.properties
ADMIN=/tmp/asn-kafka/admin.properties
DATA=/var/lib/kafka/data
: "${KAFKA_ADMIN_PASSWORD:?set KAFKA_ADMIN_PASSWORD}"
mkdir -p /tmp/asn-kafka

# service → the topics it consumes (besides its own, which it writes). Spec 2 and 3: analytics
# reads every domain topic; evaluation reads personnel and learning; learning, partnerships and
# innovation read personnel (their employee directories).
declare -A CONSUMES=(
  [personnel]=""
  [learning]="asn.personnel.events"
  [partnerships]="asn.personnel.events"
  [innovation]="asn.personnel.events"
  [evaluation]="asn.personnel.events asn.learning.events"
  [analytics]="asn.personnel.events asn.learning.events asn.partnerships.events asn.innovation.events asn.evaluation.events"
)
declare -A OWN=(
  [personnel]="asn.personnel.events"
  [learning]="asn.learning.events"
  [partnerships]="asn.partnerships.events"
  [innovation]="asn.innovation.events"
  [evaluation]="asn.evaluation.events"
  [analytics]="asn.analytics.metrics"
)
for user in "${!OWN[@]}" gateway; do
  var="KAFKA_PASSWORD_${user^^}"
  : "${!var:?set $var}"
done

cat > "$CONF" <<EOF
node.id=1
process.roles=broker,controller
controller.quorum.voters=1@kafka:9093
listeners=SASL://:9092,CONTROLLER://:9093
advertised.listeners=SASL://kafka:9092
listener.security.protocol.map=SASL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
inter.broker.listener.name=SASL
controller.listener.names=CONTROLLER
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
# SCRAM credentials live in the metadata log, which the controller listener cannot wait for: PLAIN there.
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}" user_admin="${KAFKA_ADMIN_PASSWORD}";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin
allow.everyone.if.no.acl.found=false
log.dirs=${DATA}
num.partitions=3
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
EOF

cat > "$ADMIN" <<EOF
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
EOF

if [ ! -f "$DATA/meta.properties" ]; then
  "$BIN/kafka-storage.sh" format -t "$("$BIN/kafka-storage.sh" random-uuid)" -c "$CONF" --add-scram "SCRAM-SHA-512=[name=admin,password=${KAFKA_ADMIN_PASSWORD}]"
fi

"$BIN/kafka-server-start.sh" "$CONF" &
broker=$!
trap 'kill -TERM $broker; wait $broker' TERM INT

until "$BIN/kafka-broker-api-versions.sh" --bootstrap-server localhost:9092 --command-config "$ADMIN" > /dev/null 2>&1; do
  kill -0 $broker || exit 1
  sleep 1
done

acl() { "$BIN/kafka-acls.sh" --bootstrap-server localhost:9092 --command-config "$ADMIN" --add --force "$@" > /dev/null; }
for user in "${!OWN[@]}" gateway; do
  var="KAFKA_PASSWORD_${user^^}"
  "$BIN/kafka-configs.sh" --bootstrap-server localhost:9092 --command-config "$ADMIN" --alter --entity-type users --entity-name "$user" --add-config "SCRAM-SHA-512=[password=${!var}]" > /dev/null
done
for service in "${!OWN[@]}"; do
  p="User:$service"
  # Its own topic and that topic's dead-letter topic (a prefix covers both).
  acl --allow-principal "$p" --operation Write --operation Describe --operation Create --operation DescribeConfigs --topic "${OWN[$service]}" --resource-pattern-type prefixed
  for topic in ${CONSUMES[$service]}; do
    acl --allow-principal "$p" --operation Read --operation Describe --operation Create --topic "$topic"
    acl --allow-principal "$p" --operation Write --operation Describe --operation Create --topic "$topic.dlq"
  done
  # Its consumer groups are named after it (e.g. learning.employee-directory, evaluation.learning).
  if [ -n "${CONSUMES[$service]}" ]; then
    acl --allow-principal "$p" --operation Read --operation Describe --operation Delete --group "$service" --resource-pattern-type prefixed
  fi
done
# Analytics lists groups to rebuild its read models from the beginning.
acl --allow-principal User:analytics --operation Describe --cluster
# The gateway publishes the audit log (spec 8.8) and streams metric events to analysts, each
# stream in a group of its own.
acl --allow-principal User:gateway --operation Write --operation Describe --operation Create --operation DescribeConfigs --topic asn.audit.events --resource-pattern-type prefixed
acl --allow-principal User:gateway --operation Read --operation Describe --topic asn.analytics.metrics
acl --allow-principal User:gateway --operation Read --operation Describe --operation Delete --group gateway-sse- --resource-pattern-type prefixed
# Spec 8.9: the domain topics and the audit log keep every event (analytics and the read models are
# rebuilt from them); dead-letter topics and the derived metric stream keep 30 days. Created here
# with those settings, and set again at every start (the services' ensureTopics checks them too).
DLQ_RETENTION_MS=2592000000
topic() {
  "$BIN/kafka-topics.sh" --bootstrap-server localhost:9092 --command-config "$ADMIN" --create --if-not-exists --topic "$1" --partitions "${KAFKA_TOPIC_PARTITIONS:-6}" --replication-factor 1 --config "retention.ms=$2" > /dev/null
  "$BIN/kafka-configs.sh" --bootstrap-server localhost:9092 --command-config "$ADMIN" --alter --entity-type topics --entity-name "$1" --add-config "retention.ms=$2" > /dev/null
}
for t in asn.personnel.events asn.learning.events asn.partnerships.events asn.innovation.events asn.evaluation.events asn.audit.events; do
  topic "$t" -1
  topic "$t.dlq" "$DLQ_RETENTION_MS"
done
topic asn.analytics.metrics "$DLQ_RETENTION_MS"
topic asn.analytics.metrics.dlq "$DLQ_RETENTION_MS"
touch /tmp/asn-kafka/acls-applied

wait $broker
