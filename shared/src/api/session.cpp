#include "sxpool/api/session.hpp"

#include "parts.hpp"

namespace sxpool::api {

using namespace detail;

namespace {

using TextMembers = std::vector<std::pair<const char*, std::string*>>;

json textsJson(const TextMembers& texts) {
  json out = json::object();
  for (const auto& [key, member] : texts) out[key] = *member;
  return out;
}

template <class T>
Parsed<T> decodeTexts(std::string_view text, TextMembers (*texts)(T&)) {
  return decodeObject<T>(text, [texts](const json& j, JsonReader& r, T& out) {
    const auto list = texts(out);
    members(r, j, "", [&](const std::string& k, const json& v, const std::string& p) {
      for (const auto& [key, member] : list)
        if (k == key) r.text(v, p, *member);
    });
  });
}

TextMembers signInTexts(SignInRequest& x) { return {{"account", &x.account}, {"password", &x.password}}; }
TextMembers registrationTexts(RegistrationRequest& x) {
  return {
      {"uscc", &x.uscc},   {"name", &x.name},        {"contactName", &x.contactName}, {"contactPhone", &x.contactPhone},
      {"email", &x.email}, {"password", &x.password}};
}
TextMembers newUserTexts(NewUserRequest& x) {
  return {{"account", &x.account},
          {"password", &x.password},
          {"role", &x.role},
          {"unitCode", &x.unitCode},
          {"displayName", &x.displayName},
          {"contactName", &x.contactName},
          {"contactPhone", &x.contactPhone},
          {"email", &x.email}};
}

}  // namespace

bool UserView::operator==(const UserView& o) const { return toJson(*this) == toJson(o); }

std::string encode(const SignInRequest& request) {
  auto copy = request;
  return dump(textsJson(signInTexts(copy)));
}
Parsed<SignInRequest> decodeSignInRequest(std::string_view text) { return decodeTexts(text, &signInTexts); }

std::string encode(const RegistrationRequest& request) {
  auto copy = request;
  return dump(textsJson(registrationTexts(copy)));
}
Parsed<RegistrationRequest> decodeRegistrationRequest(std::string_view text) {
  return decodeTexts(text, &registrationTexts);
}

std::string encode(const NewUserRequest& request) {
  auto copy = request;
  return dump(textsJson(newUserTexts(copy)));
}
Parsed<NewUserRequest> decodeNewUserRequest(std::string_view text) { return decodeTexts(text, &newUserTexts); }

std::string encode(const SessionReply& reply) { return dump(json{{"user", toJson(reply.user)}}); }
Parsed<SessionReply> decodeSessionReply(std::string_view text) {
  return decodeObject<SessionReply>(text, [](const json& j, JsonReader& r, SessionReply& out) {
    bool seen = false;
    members(r, j, "", [&](const std::string& k, const json& v, const std::string& p) {
      if (k == "user") read(r, v, p, out.user), seen = true;
    });
    if (!seen) r.error("user", "缺少「user」");
  });
}

std::string encode(const UserList& list) { return encodeItems(list); }
Parsed<UserList> decodeUserList(std::string_view text) { return decodeItems<UserList>(text); }

}  // namespace sxpool::api
