#pragma once
// Internal: a JSON decoder fed by nlohmann's SAX events (json::sax_parse). It keeps a stack of the objects and
// arrays being filled; each object's members are dispatched through Slots (key → handler), built from the field
// tables in application_decode.cpp. Every problem becomes a JsonError with its field path; nothing throws.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "sxpool/json.hpp"

namespace sxpool::detail {

struct Event {
  enum class Kind { Null, Bool, Integer, Unsigned, Float, String, Object, Array } kind = Kind::Null;
  bool boolean = false;
  std::int64_t integer = 0;
  std::uint64_t unsignedInteger = 0;
  double number = 0;
  std::string* text = nullptr;  // the parser's buffer: may be moved from

  bool isContainer() const { return kind == Kind::Object || kind == Kind::Array; }
  std::string typeName() const;    // 文本, 整数, 对象 … as in messages
  std::string numberText() const;  // a number as nlohmann dumps it: 7, -3, 12.34, 1e+300
};

class EventDecoder;
using Handler = void (*)(EventDecoder&, void* target, Event& e);
struct Slot {
  std::string_view key;
  Handler handle;
};
struct ObjectType {
  const Slot* slots;
  std::size_t size;
};

class EventDecoder {
 public:
  struct Frame;
  using Finish = void (*)(EventDecoder&, Frame&);
  struct Frame {
    void* target = nullptr;
    const ObjectType* type = nullptr;  // an object: its members
    Handler element = nullptr;         // an array: called for each element
    Finish finish = nullptr;           // an array: called at its end
    const Slot* slot = nullptr;        // an object: the current member's slot, nullptr for an unknown key
    std::size_t base = 0;              // length of this value's path
    std::size_t count = 0;             // an array: elements seen
    std::size_t errorMark = 0;         // an array: errors before it
  };

  // `root` receives the top-level value.
  EventDecoder(Handler root, void* target, std::vector<JsonError>& errors);

  // Handlers push the object or array they are about to be fed; a container left without a frame is skipped.
  void pushObject(void* target, const ObjectType* type);
  void pushArray(void* target, Handler element, Finish finish);
  void error(std::string message) { errors_.push_back(JsonError{path_, std::move(message)}); }
  std::vector<JsonError>& errors() { return errors_; }
  const std::string& path() const { return path_; }
  // In an array's element handler: the element's index.
  std::size_t index() const { return frames_.back().count - 1; }

  bool tooDeep = false;
  std::size_t errorPosition = 0;

  // The SAX interface of nlohmann::json::sax_parse.
  using number_integer_t = nlohmann::json::number_integer_t;
  using number_unsigned_t = nlohmann::json::number_unsigned_t;
  using number_float_t = nlohmann::json::number_float_t;
  using string_t = nlohmann::json::string_t;
  using binary_t = nlohmann::json::binary_t;
  bool null();
  bool boolean(bool v);
  bool number_integer(number_integer_t v);
  bool number_unsigned(number_unsigned_t v);
  bool number_float(number_float_t v, const string_t&);
  bool string(string_t& v);
  bool binary(binary_t&) { return true; }
  bool key(string_t& k);
  bool start_object(std::size_t);
  bool end_object() { return end(); }
  bool start_array(std::size_t);
  bool end_array() { return end(); }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) {
    errorPosition = position;
    return false;
  }

 private:
  void value(Event& e);
  bool end();

  std::vector<Frame> frames_;
  std::vector<JsonError>& errors_;
  std::string path_;
  int depth_ = 0;
  int skipping_ = 0;  // nesting inside a skipped value
};

inline constexpr int kMaxDepth = 32;
inline constexpr const char* kUnreadableMessage = "无法读取 JSON 文档（内容过大或格式异常）";
std::string depthMessage();
std::string syntaxMessage(std::size_t position);
// Orders errors as a walk of the members in key order would have found them (paths compared piece by piece).
void sortByPath(std::vector<JsonError>& errors);

}  // namespace sxpool::detail
