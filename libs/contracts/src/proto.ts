import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the `.proto` files of the services' gRPC APIs live (bundled apps copy this folder next to main.js). */
export const PROTO_DIR = process.env.ASN_PROTO_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '..', 'proto');

export const protoPath = (file: string): string => join(PROTO_DIR, file);
