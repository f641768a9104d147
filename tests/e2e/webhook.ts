import { readFileSync, writeFileSync } from 'node:fs'
import type { APIRequestContext } from '@playwright/test'
import { signedHeaders } from '../support/webhook'
import { E2E_DATASET, E2E_WEBHOOK_SECRET } from './servers'

type Doc = { _id: string } & Record<string, unknown>

/** Sends Sanity's webhook for a change, signed (or, with `secret: null`, unsigned). */
export async function sendWebhook(
  request: APIRequestContext,
  baseURL: string,
  change: object,
  secret: string | null = E2E_WEBHOOK_SECRET,
) {
  const body = JSON.stringify(change)
  const headers = secret
    ? await signedHeaders(body, secret)
    : { 'content-type': 'application/json' }
  return request.post(`${baseURL}/api/revalidate`, { data: body, headers })
}

export function readDataset(): Doc[] {
  return readFileSync(E2E_DATASET, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
}

export function writeDataset(docs: Doc[]) {
  writeFileSync(E2E_DATASET, docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
}

export function editDocument(id: string, patch: (doc: Doc) => Doc) {
  writeDataset(readDataset().map((doc) => (doc._id === id ? patch(doc) : doc)))
}
