// POST /_cluster/page-copies/discard: another app host of the cluster has committed a change
// that public pages show and asks this host to delete its page copies before it answers its
// own visitor (lib/app/peers.cc). Machine-to-machine: no session or CSRF; the cluster's shared
// secret ([cluster] secret, header X-Yaocai-Cluster) instead. Without a secret configured
// (one host) the URL does not exist.
#include "core/config.h"
#include "core/error.h"
#include "core/page_copy_peers.h"
#include "core/token.h"
#include "web/serve.h"

int main() {
  web::Options options;
  options.csrf = false;
  return web::serve(
      [](web::Request& req, web::Response& res) {
        std::string secret = core::Config::get().str("cluster", "secret");
        if (secret.empty() || !core::secrets_equal(req.header("X-Yaocai-Cluster"), secret))
          throw core::NotFound();
        if (!req.is_post()) throw core::MethodNotAllowed();
        core::discard_own_page_copies();
        res.header("Cache-Control", "no-store");
        res.json({{"ok", true}});
      },
      options);
}
