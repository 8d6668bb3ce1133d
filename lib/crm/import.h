// Batch import of customers from the CSV template (spec §3): the exact header, every row
// validated before anything is written, a dry run naming who each row would go to, then
// one transaction that assigns row after row by weight, or writes nothing.
#pragma once
#include <string>
#include <vector>

#include "crm/assignment.h"
#include "crm/customer.h"
#include "crm/policy.h"
#include "db/connection.h"

namespace crm {

// The template's columns, in order; a file must start with exactly these.
const std::vector<std::string>& import_header();

// The downloadable template: UTF-8 with a BOM (so Excel opens it as UTF-8) and the header.
std::string import_template();

// Rows are numbered as a spreadsheet shows them: the header is row 1.
struct ImportRow {
  int row = 0;
  Customer customer;
};

struct ImportProblem {
  int row = 0;
  std::string column, message;
  std::string text() const;  // "第7行 手机：手机号应为11位手机号码"
};

struct ImportFile {
  std::vector<ImportRow> rows;
  std::vector<ImportProblem> problems;  // empty: the file may be imported
};

// Parses and validates `csv`, or the first sheet of an .xlsx workbook (told by its ZIP
// magic, not the file name) (contacts already in the database or repeated in the file are
// problems too). core::BadRequest (field "file") when the file is empty, not UTF-8, too
// long, or its header is not the template's.
ImportFile read_import(db::Connection& db, const std::string& csv);

struct ImportedRow {
  int row = 0;
  std::string name;
  Assignment assignment;
};

// Writes every row of a problem-free `file` in one transaction, each assigned like a single
// entry. A row that fails (a contact entered meanwhile) rolls everything back and throws
// core::Conflict naming its row.
std::vector<ImportedRow> import_customers(db::Connection& db, const Policy& p,
                                          const ImportFile& file, const std::string& today,
                                          long long created_by);

}  // namespace crm
