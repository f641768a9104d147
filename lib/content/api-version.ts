/**
 * The Sanity HTTP API version every query, the Studio's validation and the webhook are pinned to
 * (dated versions never change behaviour). The webhook in Sanity's console uses `v` + this date.
 */
export const SANITY_API_VERSION = '2025-02-19'
