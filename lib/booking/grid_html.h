// The day grid's table rows as HTML, written directly: ~400 cells through ctemplate section
// dictionaries cost most of the page's time (spec §8). Every value from the database goes
// through core::append_html; everything else is fixed markup or numbers.
//
// A cell carries only what the form, the script and assistive technology need: its id and
// state class, and for free/mine cells a checkbox whose name is the action plus the row and
// column headers (aria-labelledby bk-add|bk-cancel, bk-r<room>, bk-s<slot>; the template
// holds those elements). Taken and past cells show the booker's name; booked cells the
// meeting's subject below it.
#pragma once
#include <set>
#include <string>

#include "booking/change.h"
#include "booking/grid.h"

namespace booking {

std::string grid_rows_html(const Grid& g, const std::set<CellRef>& conflicts,
                           const std::set<CellRef>& checked);

}  // namespace booking
