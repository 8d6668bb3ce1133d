#include "booking/grid_html.h"

#include "core/escape.h"

namespace booking {

std::string grid_rows_html(const Grid& g, const std::set<CellRef>& conflicts,
                           const std::set<CellRef>& checked) {
  std::string out;
  out.reserve(256 + g.rows.size() * (200 + 100 * g.slots.count()));
  for (const auto& row : g.rows) {
    std::string id = std::to_string(row.room.id);
    out += "<tr role=\"row\" data-room=\"";
    out += id;
    out += "\"><th scope=\"row\" role=\"rowheader\" class=\"room-name\"><span id=\"bk-r";
    out += id;
    out += "\">";
    core::append_html(out, row.room.name);
    out += "</span><span class=\"room-meta\">";
    out += std::to_string(row.room.capacity);
    out += "人";
    if (!row.room.location.empty()) {
      out += " · ";
      core::append_html(out, row.room.location);
    }
    // The room's week, one tap away (cgi-bin/booking/find.cc).
    out += " · <a href=\"/booking/rooms/";
    out += id;
    out += "/week?start=";
    out += g.date;
    out += "\">一周</a></span></th>";
    for (const auto& c : row.cells) {
      std::string slot = std::to_string(c.slot);
      CellRef ref{row.room.id, c.slot};
      out += "<td id=\"cell-";
      out += id;
      out += '-';
      out += slot;
      out += "\" class=\"cell cell-";
      out += c.state;  // one of four fixed words
      if (!conflicts.empty() && conflicts.count(ref)) out += " cell-conflict";
      out += '"';
      bool free = c.state == "free";
      if (free || c.state == "mine") {
        out += "><label><input type=\"checkbox\" name=\"";
        out += free ? "add" : "cancel";
        out += "\" value=\"";
        out += id;
        out += ':';
        out += slot;
        out += '"';
        if (!checked.empty() && checked.count(ref)) out += " checked";
        out += free ? " aria-labelledby=\"bk-add bk-r" : " aria-labelledby=\"bk-cancel bk-r";
        out += id;
        out += " bk-s";
        out += slot;
        out += free ? "\">空闲</label></td>" : "\">我的</label></td>";
        continue;
      }
      if (c.state == "past") out += " aria-describedby=\"bk-past\"";
      out += '>';
      core::append_html(out, c.user);
      out += "</td>";
    }
    out += "</tr>\n";
  }
  return out;
}

}  // namespace booking
