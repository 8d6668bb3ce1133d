// Re-rendering a form after an error: the message next to its field, the values kept.
#pragma once
#include <ctemplate/template.h>

#include "core/error.h"
#include "web/request.h"

namespace web {

// Sets MESSAGE and shows section ERROR (the alert) and ERR_<FIELD> (e.g. ERR_SMS_CODE, for
// the feedback under the field and its is-invalid class).
void show_error(ctemplate::TemplateDictionary& d, const Error& e);
// Puts the submitted value of `field` back as upper-case FIELD.
void keep_value(ctemplate::TemplateDictionary& d, const Request& req, const std::string& field);

}  // namespace web
