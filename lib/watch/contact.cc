#include "watch/contact.h"

#include "core/error.h"
#include "db/transact.h"
#include "watch/circle.h"

namespace watch {

void add_contact(db::Connection& db, long long circle_id, const std::string& phone,
                 const std::string& name) {
  db::transact(db, [&](db::Transaction& tx) {
    claim(db, circle_id, "contact:" + phone, phone, name);
    db.query("INSERT INTO watch_contact (circle_id, phone, name) VALUES (?, ?, ?)", circle_id,
             phone, name);
    tx.commit();
  });
}

void remove_contact(db::Connection& db, long long circle_id, const std::string& phone) {
  db::transact(db, [&](db::Transaction& tx) {
    if (db.query("DELETE FROM watch_contact WHERE circle_id = ? AND phone = ?", circle_id, phone)
            .affected == 0)
      throw core::NotFound("联系人不存在");
    release(db, circle_id, "contact:" + phone);
    tx.commit();
  });
}

}  // namespace watch
