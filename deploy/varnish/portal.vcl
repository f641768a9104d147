vcl 4.1;
# The caching proxy in front of the portal's instances (docs/operations.md, "Scale-out"). The
# instances, the addresses allowed to purge and the cache lifetime live in `cluster.vcl`, which
# scripts/cluster/varnish.ts writes next to a copy of this file (`npm run cluster` does it).
#
# What is cached: every plain GET of a page (/ka/…, /en/…, including filtered lists and CSV
# exports, whose content changes only with a webhook), static files and the sitemap. Never: RSC
# and prefetch requests, draft mode (preview cookie), API routes, the Studio, `/` (it picks the
# language from a cookie and Accept-Language), responses that set cookies.
# Freshness: the webhook route sends `BAN` after the instances have expired the changed tags, so
# every cached page is dropped at once (docs/operations.md, "Scale-out", says why all pages and not
# by tag).

import directors;
import std;

sub vcl_init {
    new instances = directors.round_robin();
    call cluster_add_backends;
    call cluster_add_fallbacks;
}

# After vcl_init: its backend list refers to the director made there.
include "cluster.vcl";

sub vcl_recv {
    set req.backend_hint = instances.backend();

    if (req.method == "BAN") {
        if (!client.ip ~ purgers) {
            return (synth(403, "Forbidden"));
        }
        # Every object, lurker-friendly (tests obj.* only), so bans do not pile up.
        ban("obj.status != 0");
        return (synth(200, "Banned"));
    }
    if ((req.method != "GET" && req.method != "HEAD") || req.http.Authorization) {
        return (pass);
    }
    # React Server Components payloads and router prefetches: per navigation state, never cached.
    if (req.http.RSC || req.http.Next-Router-Prefetch || req.http.Next-Router-State-Tree ||
        req.http.Next-Router-Segment-Prefetch || req.url ~ "[?&]_rsc=") {
        return (pass);
    }
    # Draft mode (editor preview) reads drafts: never from or into the cache.
    if (req.http.Cookie ~ "(^|;\s*)(__prerender_bypass|__next_preview_data)=") {
        return (pass);
    }
    if (req.url ~ "^/(api|studio)(/|\?|$)" || req.url ~ "^/(\?|$)") {
        return (pass);
    }
    # Public pages do not depend on cookies (the language is in the path): drop them so that a
    # visitor with a language cookie still gets the shared copy.
    unset req.http.Cookie;
    # One object per query: only the parameters the app reads, whatever their order.
    call cluster_normalise_query;
    set req.url = std.querysort(req.url);
    # Two variants at most: gzip or identity. Each is stored as the instance sent it, so neither
    # is compressed or decompressed per request here.
    if (req.http.Accept-Encoding ~ "\bgzip\b") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    return (hash);
}

sub vcl_backend_fetch {
    # A request that failed on one instance is retried on another (see vcl_backend_error): the
    # round robin could pick the failed one again before its health probe has noticed.
    if (bereq.retries > 0) {
        call cluster_retry_backend;
    }
    # The probes call every instance sick (a busy survivor can miss a few while it carries a dead
    # instance's load): try one anyway rather than answer 503 at once.
    if (!std.healthy(bereq.backend)) {
        set bereq.backend = unchecked.backend();
    }
}

sub vcl_backend_response {
    # Stale copies stay for a day: served at once while a fresh one is fetched in the background,
    # and whenever no instance answers.
    set beresp.grace = 24h;
    if (beresp.http.Set-Cookie || beresp.status >= 500 || bereq.uncacheable) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    if (beresp.http.Content-Type ~ "text/x-component") {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    if (bereq.url ~ "^/_next/static/") {
        set beresp.ttl = 365d;
        return (deliver);
    }
    if (beresp.status == 200 || beresp.status == 404 || beresp.status == 301 || beresp.status == 308) {
        # Pages answer `private, no-store` when rendered per request (filtered lists, CSV): they
        # still change only with a webhook, so the proxy keeps them like generated pages.
        call cluster_ttl;
        if (beresp.status != 200) {
            set beresp.ttl = 60s;
        }
        return (deliver);
    }
    set beresp.uncacheable = true;
    set beresp.ttl = 0s;
    return (deliver);
}

sub vcl_backend_error {
    # Connection refused, reset or timed out (an instance killed under load): a GET or HEAD is sent
    # to each other instance once before giving up; other methods are not repeated.
    call cluster_retry;
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
