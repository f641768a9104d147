import type { MemoryLake } from './memory-lake'

export type RequestOptions = { uri?: string; url?: string; method?: string }

/** The signed-in editor (an administrator, so every action is allowed). */
export const EDITOR = {
  id: 'editor',
  name: 'Test Editor',
  email: 'editor@example.org',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
}

type Where = { projectId: string; dataset: string }
type Route = [RegExp, (match: RegExpMatchArray, lake: MemoryLake, where: Where) => unknown]

/** `/data/doc/<dataset>/<ids>`: the documents that exist and which of the ids do not. */
function documentsById(match: RegExpMatchArray, lake: MemoryLake) {
  const ids = decodeURIComponent(match[1]!).split(',')
  return {
    documents: ids.map((id) => lake.get(id)).filter(Boolean),
    omitted: ids.filter((id) => !lake.get(id)).map((id) => ({ id, reason: 'existence' })),
  }
}

/** Canned answers for what the Studio asks the project and user APIs when it starts. */
const routes: Route[] = [
  [/^\/users\/me$/, () => EDITOR],
  [/^\/users\/me\/keyvalue/, () => []],
  [/^\/users\//, () => [EDITOR]],
  [
    /^\/projects\/([^/]+)$/,
    (match) => ({
      id: match[1],
      displayName: 'Offline test project',
      isBlocked: false,
      isDisabled: false,
      isDisabledByUser: false,
      metadata: {},
      members: [{ id: EDITOR.id, role: 'administrator', isRobot: false, isCurrentUser: true }],
      features: [],
    }),
  ],
  [/^\/projects\/[^/]+\/datasets$/, (_match, _lake, where) => [{ name: where.dataset }]],
  [
    /^\/projects\/[^/]+\/datasets\/[^/]+\/acl$/,
    () => [{ filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history'] }],
  ],
  [/^\/projects\/[^/]+\/user-applications/, () => []],
  [/^\/features$/, () => []],
  [/^\/intake\/telemetry-status$/, () => ({ status: 'denied' })],
  [/^\/data\/doc\/[^/]+\/(.+)$/, documentsById],
  [/^\/data\/history\//, () => ({ events: [], documents: [] })],
  [/^\/schedules\//, () => ({ schedules: [] })],
]

/**
 * Answers a `client.request()`. Paths without an answer (announcements, help, upsells) get null,
 * which the Studio treats as "nothing to show", and are recorded for the tests to inspect.
 */
export function answerRequest(
  lake: MemoryLake,
  where: Where,
  options: RequestOptions,
  unknown: string[],
): unknown {
  const uri = String(options.uri ?? options.url ?? '')
  const path = uri.replace(/^\/v\d+(-\d+-\d+)?/, '').split('?')[0]!
  for (const [pattern, answer] of routes) {
    const match = path.match(pattern)
    if (match) return answer(match, lake, where)
  }
  unknown.push(`${options.method ?? 'GET'} ${uri}`)
  return null
}
