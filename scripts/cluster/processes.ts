/**
 * Child processes of the cluster: each in its own process group (npm/next spawn workers), so
 * stopping one stops everything it started; a last-resort exit hook kills whatever is left.
 */
import { spawn, type ChildProcess } from 'node:child_process'

export type Service = {
  name: string
  child: ChildProcess
  /** The last lines it printed, for error messages. */
  output: () => string
  /** SIGTERM to its group, SIGKILL after `graceMs`; resolves when it has exited. */
  stop: (graceMs?: number) => Promise<void>
  /** SIGKILL to its group at once (a crash, for the fault runs); resolves when it has exited. */
  kill: () => Promise<void>
}

const running = new Set<ChildProcess>()
process.on('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL')
})

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/**
 * If this process dies without stopping its services (SIGKILL, a crash), a small shell loop stops
 * the service's group within a second, so nothing is left behind.
 */
function watch(service: ChildProcess): ChildProcess {
  const script =
    'while kill -0 "$1" 2>/dev/null; do sleep 1; done; ' +
    'kill -TERM -"$2" 2>/dev/null; sleep 5; kill -KILL -"$2" 2>/dev/null'
  const watchdog = spawn(
    'sh',
    ['-c', script, 'watchdog', String(process.pid), String(service.pid)],
    {
      stdio: 'ignore',
      detached: true,
    },
  )
  watchdog.unref()
  return watchdog
}

export function startService(
  name: string,
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; echo?: boolean } = {},
): Service {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  running.add(child)
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000)
    if (options.echo) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        process.stdout.write(`[${name}] ${line}\n`)
    }
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const watchdog = watch(child)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  void exited.then(() => {
    running.delete(child)
    killGroup(watchdog, 'SIGTERM')
  })
  return {
    name,
    child,
    output: () => output,
    async stop(graceMs = 5000) {
      killGroup(child, 'SIGTERM')
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs)
      await exited
      clearTimeout(timer)
    },
    async kill() {
      killGroup(child, 'SIGKILL')
      await exited
    },
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resolves once `probe` returns true; fails after `timeoutMs` or when the service exits. */
export async function waitFor(service: Service, probe: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null || service.child.signalCode !== null) {
      throw new Error(`${service.name} exited (${service.child.exitCode}):\n${service.output()}`)
    }
    if (await probe().catch(() => false)) return
    await sleep(200)
  }
  throw new Error(`${service.name} did not start within ${timeoutMs} ms:\n${service.output()}`)
}

/** True when `url` answers 200. */
export async function answers(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
  await response.arrayBuffer()
  return response.ok
}
