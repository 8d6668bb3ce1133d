// GET /healthz: whether this program reaches MariaDB and Redis (503 when either is down).
#include "web/serve.h"

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    bool db = req.db().ping();
    bool redis = req.redis().ping();
    bool ok = db && redis;
    res.header("Cache-Control", "no-store");
    res.json({{"ok", ok}, {"database", db ? "ok" : "down"}, {"redis", redis ? "ok" : "down"}},
             ok ? 200 : 503);
  });
}
