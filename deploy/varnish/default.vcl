vcl 4.1;
# Varnish in front of one or more `npm start` servers (Debian package `varnish`, 7.x). The site
# marks public pages, API resources and downloads cacheable (lib/http/cache-control.ts); a publish
# sends PURGE to every URL in FRONTEND_CACHE_URLS (lib/cache/frontend-caches.ts), which drops them
# all here. e2e/cluster/frontend-cache.spec.ts runs this file with the backend port replaced.
#   varnishd -f deploy/varnish/default.vcl -a :80 -s malloc,256m
#   FRONTEND_CACHE_URLS=http://127.0.0.1:80/ TRUSTED_PROXY_HOPS=1 npm start

backend site {
  .host = "127.0.0.1";
  .port = "3000";
}

# Who may purge: the site's servers.
acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    ban("obj.status != 0");
    return (synth(200, "Purged"));
  }
  # Varnish appends the client's address to X-Forwarded-For; the site trusts that one entry
  # with TRUSTED_PROXY_HOPS=1.
  # Signed-in users, the admin area, sign-in and session endpoints always reach the site.
  if (req.url ~ "^/(admin|sign-in|api/auth|api/cache)(/|\?|$)" || req.http.Cookie ~ "next-auth\.session-token") {
    return (pass);
  }
  # Public responses never depend on cookies (a reader who opened the sign-in page has a CSRF one).
  if (req.method == "GET" || req.method == "HEAD") {
    unset req.http.Cookie;
  }
}

sub vcl_backend_response {
  # While a fresh copy is fetched after expiry, readers get the old one for at most a minute;
  # a purge removes objects outright, so a publish never waits on this.
  set beresp.grace = 60s;
}

sub vcl_deliver {
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}
