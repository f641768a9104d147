/**
 * The public query parameters (declared once in query-params.mjs, which server.mjs also reads).
 */
export {
  CSV_LANGUAGE_PARAM,
  IMAGE_QUERY_PARAMS,
  PAGE_QUERY_PARAMS,
  REVALIDATE_SECONDS,
  SHARED_CACHE_CONTROL,
} from './query-params.mjs'
