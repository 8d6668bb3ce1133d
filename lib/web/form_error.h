// Re-rendering a form after an error, the one way every page does it. In the template:
//   {{#ERROR}}<div class="alert alert-danger" role="alert">{{MESSAGE}}</div>{{/ERROR}}
// and next to a field (upper-case name):
//   <input class="form-control{{#ERR_PHONE}} is-invalid{{/ERR_PHONE}}" ...>
//   {{#ERR_PHONE}}<div class="invalid-feedback">{{MESSAGE}}</div>{{/ERR_PHONE}}
// Forms that report several fields at once (the purchase form) name each one's message
// <FIELD>_ERROR in section <FIELD>_HAS_ERROR.
#pragma once
#include <ctemplate/template.h>

#include <string>

#include "core/error.h"
#include "web/request.h"

namespace web {

// Sets MESSAGE and ERROR_FIELD and shows section ERROR (the alert) and ERR_<FIELD> (e.g.
// ERR_SMS_CODE, for the feedback under the field and its is-invalid class).
void show_error(ctemplate::TemplateDictionary& d, const std::string& message,
                const std::string& field = "");
void show_error(ctemplate::TemplateDictionary& d, const core::Error& e);
// Puts the submitted value of `field` back as upper-case FIELD.
void keep_value(ctemplate::TemplateDictionary& d, const Request& req, const std::string& field);

}  // namespace web
