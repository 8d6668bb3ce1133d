// Reads a row's columns, in order, into a struct's fields, each converted by the field's type:
// the SELECT's column list is the one place that says which column is which, instead of a
// column number written again on every assignment. And the two ways a domain turns a result
// into its structs: all rows, or the first if any.
#pragma once
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "db/result.h"

namespace db {

// Stands for a column the caller reads some other way (or not at all).
struct Skip {};
inline constexpr Skip skip{};

// A column read into `value`, or `fallback` where it is NULL (a battery level never reported
// reads as -1): db::into(row, d.imei, db::null_as(d.battery, -1)).
template <class T>
struct NullAs {
  T& value;
  T fallback;
};
template <class T, class U>
NullAs<T> null_as(T& value, U fallback) {
  return {value, static_cast<T>(fallback)};
}

namespace detail {

template <class T>
void read_column(const Row& r, size_t i, T& v) {
  if constexpr (std::is_same_v<T, std::string>)
    v = r.str(i);
  else if constexpr (std::is_same_v<T, std::optional<std::string>>)
    v = r.opt(i);
  else if constexpr (std::is_same_v<T, bool>)
    v = r.i64(i) != 0;
  else if constexpr (std::is_floating_point_v<T>)
    v = static_cast<T>(r.dbl(i));
  else {
    static_assert(std::is_integral_v<T> || std::is_enum_v<T>, "no column reader for this type");
    v = static_cast<T>(r.i64(i));
  }
}

inline void read_column(const Row&, size_t, const Skip&) {}

template <class T>
void read_column(const Row& r, size_t i, NullAs<T>& v) {
  if (r.null(i))
    v.value = v.fallback;
  else
    read_column(r, i, v.value);
}

}  // namespace detail

// db::into(row, c.id, c.name, db::skip, c.status) reads columns 0, 1 and 3. NULL reads as
// "", 0 or std::nullopt, as Row does.
template <class... F>
void into(const Row& r, F&&... fields) {
  size_t i = 0;
  (detail::read_column(r, i++, fields), ...);
}

// A reader for db::all and db::first that fills a new T's fields in column order:
// db::all(db.query("SELECT phone, name ..."), db::as<Contact>(&Contact::phone, &Contact::name)).
template <class T, class... M>
auto as(M T::*... fields) {
  return [=](const Row& r) {
    T t;
    into(r, (t.*fields)...);
    return t;
  };
}

// Every row of `r` read by `read` (a function of one Row, like a domain's class_of):
// return db::all(db.query(...), class_of);
template <class F>
auto all(const Result& r, F read) {
  std::vector<std::decay_t<std::invoke_result_t<F, const Row&>>> out;
  out.reserve(r.rows.size());
  for (const auto& row : r.rows) out.push_back(read(row));
  return out;
}

// The first row of `r` read by `read`, or std::nullopt when there is none.
template <class F>
auto first(const Result& r, F read)
    -> std::optional<std::decay_t<std::invoke_result_t<F, const Row&>>> {
  if (r.empty()) return std::nullopt;
  return read(r.one());
}

}  // namespace db
