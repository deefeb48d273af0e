export { withReadPool } from './pooled-store.js';
export { ReadPool, READ_POOL_DEFAULTS, type ReadPoolOptions } from './pool.js';
export { POOLED_READS, type PooledRead } from './protocol.js';
