#include "auth/throttle.h"

namespace auth {

long Throttle::count() {
  auto v = r_.cmd({"GET", key_});
  return v.nil() ? 0 : std::stol(v.str);
}

long Throttle::hit() {
  // SET NX starts the window only on the first hit; INCR never extends it.
  r_.cmd({"SET", key_, "0", "EX", std::to_string(window_), "NX"});
  return r_.cmd({"INCR", key_}).num;
}

void Throttle::undo() { r_.cmd({"DECR", key_}); }

void Throttle::reset() { r_.cmd({"DEL", key_}); }

}  // namespace auth
