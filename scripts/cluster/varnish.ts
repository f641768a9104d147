/**
 * The caching proxy (Debian's Varnish): deploy/varnish/portal.vcl plus a generated `cluster.vcl`
 * naming the instances, who may purge and how long pages are kept.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { IMAGE_QUERY_PARAMS, PAGE_QUERY_PARAMS } from '../../lib/http/query-params'
import { answers, startService, waitFor, type Service } from './processes'

/** Memory bound of the proxy's cache; Varnish evicts the least recently used objects past it. */
export const PROXY_STORAGE = '256m'

export type ProxySettings = {
  /** host:port of each instance. */
  instances: string[]
  /** Addresses (IPs or CIDRs) allowed to send BAN; loopback always is. */
  purgers?: string[]
  /** How long a page is kept without a purge (seconds); the stale copy stays 24 h for failures. */
  ttlSeconds?: number
}

/**
 * `cluster_normalise_query`: the query string cut down to the parameters the app reads (its one
 * declaration, lib/http/query-params.ts), so junk parameters and cache-busted build files do not
 * grow the proxy's store; build files keep no query at all (their names are content hashes).
 */
export function queryNormalisation(): string {
  // The query is worked on as "&a=1&b=2", so that only separators are matched: a "?" or an "&"
  // inside the path, or a "?" inside a value, is left alone.
  const keepOnly = (params: readonly string[]) =>
    `regsuball(req.http.X-Query, "&(?!(?:${params.join('|')})=)[^&]*", "")`
  return `sub cluster_normalise_query {
    if (req.url !~ "\\?") {
        return;
    }
    if (req.url ~ "^/_next/static/") {
        set req.url = regsub(req.url, "\\?.*$", "");
        return;
    }
    set req.http.X-Query = regsub(req.url, "^[^?]*\\?", "&");
    if (req.url ~ "^/_next/image\\?") {
        set req.http.X-Query = ${keepOnly(IMAGE_QUERY_PARAMS)};
    } else {
        set req.http.X-Query = ${keepOnly(PAGE_QUERY_PARAMS)};
    }
    set req.url = regsub(req.url, "\\?.*$", "") + regsub(req.http.X-Query, "^&", "?");
    unset req.http.X-Query;
}`
}

/**
 * Where a GET or HEAD goes again after its instance failed (refused the connection, reset it,
 * timed out: an instance killed with requests in flight), and where a request goes when the probes
 * call every instance sick.
 * - `cluster_retry_backend`: the round robin could hand the retry the same instance, which its
 *   probe has not yet taken out of rotation; the retry goes to the first healthy instance after the
 *   failed one instead (a fallback director per instance), never to the failed one.
 * - `unchecked`: the instances without their probe. A busy survivor can miss a probe or two while
 *   it carries a dead instance's load; with every instance called sick, portal.vcl tries one
 *   anyway rather than answer 503 at once (a dead one refuses at once, and the retry moves on).
 * - `cluster_retry`: one retry per other instance, and only for GET and HEAD (a webhook is not
 *   sent twice).
 */
export function retryBackends(count: number): string {
  const names = Array.from({ length: count }, (_, i) => `instance${i + 1}`)
  const others = (i: number) => [...names.slice(i + 1), ...names.slice(0, i)]
  const directors = names.map((name, i) =>
    [
      `    new after_${name} = directors.fallback();`,
      // Healthy ones first, in ring order; when all are sick, the next one all the same.
      ...others(i).map((other) => `    after_${name}.add_backend(${other});`),
      ...others(i).map((other) => `    after_${name}.add_backend(${other}_unchecked);`),
    ].join('\n'),
  )
  const picks = names.map(
    (name) =>
      `    if (bereq.http.X-Failed-Instance == "${name}") {\n        set bereq.backend = after_${name}.backend();\n    }`,
  )
  // After N-1 retries every other instance has been tried once.
  return `sub cluster_add_fallbacks {
    new unchecked = directors.round_robin();
${names.map((name) => `    unchecked.add_backend(${name}_unchecked);`).join('\n')}
${directors.join('\n')}
}

sub cluster_retry {
    if ((bereq.method == "GET" || bereq.method == "HEAD") && bereq.retries < ${count - 1}) {
        set bereq.http.X-Failed-Instance = regsub(beresp.backend.name, "_unchecked$", "");
        return (retry);
    }
}

sub cluster_retry_backend {
${picks.join('\n')}
    unset bereq.http.X-Failed-Instance;
}`
}

/** The generated part of the VCL; `npx tsx scripts/cluster/render-vcl.ts` prints it for a host. */
export function clusterVcl({ instances, purgers = [], ttlSeconds = 3600 }: ProxySettings): string {
  const backends = instances.map((address, i) => {
    const [host, port] = address.split(':')
    if (!host || !port) throw new Error(`instance "${address}" must be host:port`)
    const settings = `    .host = "${host}";
    .port = "${port}";
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;`
    return `backend instance${i + 1} {
${settings}
    .probe = instance_health;
}

# The same instance without its probe (see cluster_add_fallbacks).
backend instance${i + 1}_unchecked {
${settings}
}`
  })
  const acl = ['127.0.0.1', '::1', ...purgers].map((address) => {
    const [ip, bits] = address.split('/')
    return bits ? `    "${ip}"/${bits};` : `    "${ip}";`
  })
  return `# Generated by scripts/cluster/varnish.ts; included by portal.vcl.
# Two failed probes of the last three take an instance out of rotation: a killed one within about
# a second (its port refuses at once), while one slow answer from a busy instance does not. The
# timeout is the health route's own (2 s): an instance slower than that answers 503 itself.
probe instance_health {
    .url = "/api/health";
    .interval = 500ms;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

${backends.join('\n\n')}

acl purgers {
${acl.join('\n')}
}

sub cluster_add_backends {
${instances.map((_, i) => `    instances.add_backend(instance${i + 1});`).join('\n')}
}

${retryBackends(instances.length)}

${queryNormalisation()}

sub cluster_ttl {
    set beresp.ttl = ${ttlSeconds}s;
}
`
}

export async function startVarnish(
  port: number,
  dir: string,
  settings: ProxySettings,
): Promise<Service> {
  const vclDir = path.resolve(dir)
  mkdirSync(vclDir, { recursive: true })
  copyFileSync(path.resolve('deploy/varnish/portal.vcl'), path.join(vclDir, 'portal.vcl'))
  writeFileSync(path.join(vclDir, 'cluster.vcl'), clusterVcl(settings))
  const varnish = startService('varnish', 'varnishd', [
    '-F', // stay in the foreground, so that stopping the process stops the proxy
    '-f',
    path.join(vclDir, 'portal.vcl'),
    '-p',
    `vcl_path=${vclDir}`,
    '-a',
    `127.0.0.1:${port}`,
    '-n',
    path.join(vclDir, 'work'),
    '-s',
    `malloc,${PROXY_STORAGE}`,
    '-T',
    'none', // no management port: nothing else listens
    // As root Varnish drops privileges to its own users; as anyone else it runs as they are.
    ...(process.getuid?.() === 0 ? [] : ['-j', 'none']),
  ])
  await waitFor(varnish, () => answers(`http://127.0.0.1:${port}/api/health`), 60_000)
  return varnish
}
