/**
 * The project's real Studio (sanity.config.ts: schema, structure, badges, plugins) in a browser,
 * offline: signed in through Sanity's mock auth store, with the in-memory client as its backend.
 * `?dataset=<name>` picks the dataset the harness server hands out (see ../server.ts).
 */
import { createRoot } from 'react-dom/client'
import { createMockAuthStore, Studio, type Config, type WorkspaceOptions } from 'sanity'
import config from '@/sanity.config'
import { EDITOR } from './memory-endpoints'
import { createMemoryClient, type MemoryClient } from './memory-client'
import { createMemoryLake, type LakeDocument } from './memory-lake'

declare global {
  interface Window {
    /** For tests: the lake behind the Studio, to read what editing wrote. */
    harness: { client: MemoryClient }
  }
}

const PROJECT_ID = 'offline'
const DATASET = 'production'

async function start() {
  const name = new URLSearchParams(location.search).get('dataset') ?? 'seed'
  const documents = (await (
    await fetch(`/__harness/dataset/${name}.json`)
  ).json()) as LakeDocument[]
  const client = createMemoryClient(createMemoryLake(documents), PROJECT_ID, DATASET)
  window.harness = { client }
  // Sanity's switch for its HTTP/2 check: the harness server speaks HTTP/1.1, the Content Lake
  // HTTP/2; without it the Studio shows a "brakes on" notice over the form.
  localStorage.setItem('_sanity_debugProtocol', 'h2')
  const studioConfig: WorkspaceOptions = {
    ...(config as WorkspaceOptions),
    projectId: PROJECT_ID,
    dataset: DATASET,
    auth: createMockAuthStore({ client: client as never, currentUser: EDITOR }),
  }
  createRoot(document.getElementById('studio')!).render(<Studio config={studioConfig as Config} />)
}

void start()
