/** A Redis for the cluster (Debian's redis-server), bounded and on loopback only. */
import { mkdirSync } from 'node:fs'
import net from 'node:net'
import { startService, waitFor, type Service } from './processes'

/** Memory bound of the cluster's Redis; the least recently used entries go first when full. */
export const REDIS_MAX_MEMORY = '256mb'

/** Sends one inline command (`PING`, `DBSIZE`) and returns the first reply line, or null. */
export function redisCommand(port: number, command: string): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.setTimeout(1000)
    socket.once('connect', () => socket.write(`${command}\r\n`))
    socket.once('data', (data) => {
      socket.destroy()
      resolve(data.toString().split('\r\n')[0] ?? null)
    })
    socket.once('error', () => resolve(null))
    socket.once('timeout', () => {
      socket.destroy()
      resolve(null)
    })
  })
}

const pings = async (port: number) => (await redisCommand(port, 'PING')) === '+PONG'

export async function startRedis(port: number, dir: string): Promise<Service> {
  mkdirSync(dir, { recursive: true })
  const redis = startService('redis', 'redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    // A cache: nothing is saved to disk, and memory stays bounded.
    '--save',
    '',
    '--appendonly',
    'no',
    '--maxmemory',
    REDIS_MAX_MEMORY,
    '--maxmemory-policy',
    'allkeys-lru',
  ])
  await waitFor(redis, () => pings(port), 10_000)
  return redis
}
