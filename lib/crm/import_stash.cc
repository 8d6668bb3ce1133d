#include "crm/import_stash.h"

#include "core/error.h"
#include "core/token.h"

namespace crm {
namespace {

std::string key(redis::Client& r, long long manager_id, const std::string& token) {
  return r.key("crm:import:" + std::to_string(manager_id) + ":" + token);
}

}  // namespace

std::string stash_import(redis::Client& r, long long manager_id, const std::string& file) {
  auto token = core::random_hex();
  r.cmd({"SET", key(r, manager_id, token), file, "EX", std::to_string(kImportStashSeconds)});
  return token;
}

std::string stashed_import(redis::Client& r, long long manager_id, const std::string& token) {
  if (token.size() != 32 || token.find_first_not_of("0123456789abcdef") != std::string::npos)
    throw core::BadRequest("导入已过期，请重新上传文件", "file");
  auto v = r.cmd({"GET", key(r, manager_id, token)});
  if (v.nil()) throw core::BadRequest("导入已过期，请重新上传文件", "file");
  return v.str;
}

void drop_import_stash(redis::Client& r, long long manager_id, const std::string& token) {
  r.cmd({"DEL", key(r, manager_id, token)});
}

}  // namespace crm
