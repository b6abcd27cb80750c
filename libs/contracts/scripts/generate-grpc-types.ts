// Writes libs/contracts/src/grpc/generated from the .proto files (`npm run grpc:types`).
import { generateGrpcTypes, GENERATED_DIR } from './grpc-types';

generateGrpcTypes();
console.log(`wrote ${GENERATED_DIR}`);
