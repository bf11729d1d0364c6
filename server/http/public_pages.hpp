#pragma once
// The public pages as plain HTML (no script): the directory's search and list, one institution, the 公示 list.
// Each search is a GET form, so every search and every institution has its own address.
#include <string>

#include "sxpool/api/directory.hpp"

namespace sxpool::http {

std::string directoryHtml(const api::DirectoryQuery& query, const api::DirectoryPage& page);
std::string institutionHtml(const api::DirectoryInstitution& institution);
std::string noticesHtml(const api::PublicNoticeList& list);
// A refusal (an unknown class code, an id not in the pool) as a page that says what is wrong.
std::string errorHtml(const std::string& title, const std::string& message);

}  // namespace sxpool::http
