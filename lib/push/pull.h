// The buy-lead puller (job buy-leads-pull): pages through a JSON API at [push] buy_leads_url,
//   GET <url>?after=<last id>&limit=<n>  →  {"items":[{"id":..,"mobile":..,"variety":..,...}]}
// importing each page as buy-leads of source [push] buy_leads_source and remembering the last
// id after each page, so an interrupted run resumes where it stopped and a rerun imports
// nothing twice (source ids are unique).
#pragma once
#include <string>

#include "db/connection.h"
#include "push/leads.h"

namespace push {

struct PullResult {
  int pages = 0;
  LeadReport report;
};
// web::Unavailable when the API cannot be reached or answers something else than a page.
PullResult pull_buy_leads(db::Connection& db, const std::string& url, const std::string& source,
                          const std::string& today, int page_size = 100, int max_pages = 1000);

}  // namespace push
