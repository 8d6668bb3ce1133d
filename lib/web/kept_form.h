// A form kept in the visitor's session across a login: a visitor who must log in first
// (publishing with a phone that already has an account) finds everything they typed on the
// form again afterwards. Session data survives the login's id rotation (session::Store::rotate).
#pragma once
#include <optional>
#include <string>

#include "web/form.h"
#include "web/request.h"

namespace web {

// Stores the submitted form fields under `name`, except the CSRF token and the ones listed in
// `skip` (an SMS code, say).
void keep_form(Request& req, const std::string& name, std::initializer_list<const char*> skip = {});
// The fields kept under `name`, removed from the session; nullopt when there are none.
std::optional<FormFields> take_kept_form(Request& req, const std::string& name);

}  // namespace web
