/** A Redis for the cluster (Debian's redis-server), bounded and on loopback only. */
import { mkdirSync } from 'node:fs'
import net from 'node:net'
import { startService, waitFor, type Service } from './processes'

/** Memory bound of the cluster's Redis; the least recently used entries go first when full. */
export const REDIS_MAX_MEMORY = '256mb'

function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.setTimeout(1000)
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => {
      socket.destroy()
      resolve(data.toString().startsWith('+PONG'))
    })
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => {
      socket.destroy()
      resolve(false)
    })
  })
}

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
