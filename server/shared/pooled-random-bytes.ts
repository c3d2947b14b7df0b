import { randomBytes } from "node:crypto";

/**
 * Random bytes for the values every response needs (the CSP nonce, a signed-out browser's CSRF cookie), taken from
 * a pool filled 4 KB at a time: one call to the CSPRNG per ~250 nonces instead of one each (each call cost as much
 * as rendering a small component). The bytes are the same CSPRNG output, and each is handed out once.
 */
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let offset = 0;

export function pooledRandomBytes(size: number): Buffer {
  if (size > POOL_BYTES / 16) return randomBytes(size);
  if (offset + size > pool.length) {
    pool = randomBytes(POOL_BYTES);
    offset = 0;
  }
  // A copy: the caller's buffer never shares memory with bytes still to be handed out.
  const bytes = Buffer.from(pool.subarray(offset, offset + size));
  pool.fill(0, offset, offset + size);
  offset += size;
  return bytes;
}
