// Meeting rooms: what the grid's rows are and what admins maintain on /booking/rooms.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "db/connection.h"

namespace booking {

struct Room {
  long long id = 0;
  std::string name, location;
  int capacity = 0;
  bool active = true;
};

struct RoomInput {
  std::string name, location, capacity;  // as typed into the form
};

std::vector<Room> list_rooms(db::Connection& db, bool active_only);
std::optional<Room> find_room(db::Connection& db, long long id);

// Validates (BadRequest with the field) and inserts; Conflict when the name is taken.
long long create_room(db::Connection& db, const RoomInput& in);
void update_room(db::Connection& db, long long id, const RoomInput& in);
// Takes a room out of service. A room that was ever booked is only deactivated (its bookings
// stay for the people holding them and for history); an unused room is deleted.
// Returns true when the room was deleted.
bool remove_room(db::Connection& db, long long id);
void reactivate_room(db::Connection& db, long long id);

}  // namespace booking
