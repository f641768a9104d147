/**
 * Prints the generated part of the proxy's VCL (`cluster.vcl`) for a proxy on its own machine:
 *   npx tsx scripts/cluster/render-vcl.ts --instances=10.0.0.11:3000,10.0.0.12:3000 \
 *     --purgers=10.0.0.0/24 [--ttl=3600] > /etc/varnish/cluster.vcl
 * (docs/operations.md, "Deploying").
 */
import { clusterVcl } from './varnish'

const arg = (name: string) =>
  process.argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.slice(name.length + 3)
    .split(',')
    .filter(Boolean)

const instances = arg('instances')
if (!instances?.length) {
  console.error(
    'usage: render-vcl.ts --instances=host:port,… [--purgers=ip|cidr,…] [--ttl=seconds]',
  )
  process.exit(2)
}
process.stdout.write(
  clusterVcl({ instances, purgers: arg('purgers'), ttlSeconds: Number(arg('ttl')?.[0] ?? 3600) }),
)
