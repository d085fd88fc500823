import { InvalidArgumentError } from 'commander';
import { RedisConnection, createIORedisClient, type RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { CliffhangerError } from '../../errors';

/** How long to wait for Redis to answer before telling the user it cannot be reached. */
const CONNECT_TIMEOUT_MS = 5_000;

/** Parses `--queue redis://host:port[/db]` (or rediss:// for TLS), with commander's error on anything else. */
export const queueUrl = (value: string): string => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`must be a Redis URL like redis://127.0.0.1:6379, but got "${value}".`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new InvalidArgumentError(`must be a Redis URL (redis:// or rediss://), but got "${value}".`);
  return value;
};

/** Where a URL points, without its password, for messages. */
export const shownUrl = (value: string): string => {
  const url = new URL(value);
  if (url.password) url.password = '***';
  return url.toString().replace(/\/$/, '');
};

/**
 * Makes BullMQ connect to `url` through ioredis (its Redis driver, an optional peer of BullMQ's) and checks that
 * Redis answers, so a wrong URL or a stopped server is one clear line instead of endless reconnect attempts.
 * Returns BullMQ's connection options.
 */
export const connectQueue = async (url: string): Promise<RedisOptions> => {
  RedisConnection.clientFactory = (options) => {
    const { url: own, ...rest } = options;
    return createIORedisClient(new Redis(own ?? url, rest) as never);
  };
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null, connectTimeout: CONNECT_TIMEOUT_MS });
  // ioredis reports why the connection failed (ECONNREFUSED, ENOTFOUND…) as an event, then rejects with "Connection is closed".
  let cause: unknown;
  probe.on('error', (error) => (cause ??= error));
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    const reason = (cause ?? error) instanceof Error ? ((cause ?? error) as Error).message.replace(/\.$/, '') : String(cause ?? error);
    throw CliffhangerError.plain(shownUrl(url), `could not be reached: ${reason}`, 'Start Redis there (`redis-server`; scripts/ensure-redis.sh installs it on Debian/Ubuntu) or fix the --queue URL');
  } finally {
    probe.disconnect();
  }
  return { url };
};
