#include "event_decoder.hpp"

#include <algorithm>

#include "reader.hpp"

namespace sxpool::detail {

std::string Event::typeName() const {
  switch (kind) {
    case Kind::Null: return "null";
    case Kind::Object: return "对象";
    case Kind::Array: return "数组";
    case Kind::String: return "文本";
    case Kind::Bool: return "布尔值";
    case Kind::Integer:
    case Kind::Unsigned: return "整数";
    case Kind::Float: return "小数";
  }
  return "其他类型";
}

std::string Event::numberText() const {
  if (kind == Kind::Integer) return std::to_string(integer);
  if (kind == Kind::Unsigned) return std::to_string(unsignedInteger);
  return nlohmann::json(number).dump();  // shortest round-trip form, as the DOM printed it
}

EventDecoder::EventDecoder(Handler root, void* target, std::vector<JsonError>& errors) : errors_(errors) {
  frames_.reserve(8);
  Frame top;
  top.target = target;
  top.element = root;
  frames_.push_back(top);
}

void EventDecoder::pushObject(void* target, const ObjectType* type) {
  Frame f;
  f.target = target;
  f.type = type;
  f.base = path_.size();
  frames_.push_back(f);
}

void EventDecoder::pushArray(void* target, Handler element, Finish finish) {
  Frame f;
  f.target = target;
  f.element = element;
  f.finish = finish;
  f.base = path_.size();
  f.errorMark = errors_.size();
  frames_.push_back(f);
}

void EventDecoder::value(Event& e) {
  if (skipping_ > 0) {
    if (e.isContainer()) ++skipping_;
    return;
  }
  const std::size_t depthBefore = frames_.size();
  Frame& f = frames_.back();
  if (frames_.size() == 1) {  // the document itself
    path_.clear();
    f.element(*this, f.target, e);
  } else if (f.type) {
    if (f.slot) f.slot->handle(*this, f.target, e);
  } else {
    const std::size_t index = f.count++;
    path_.resize(f.base);
    path_ += '[';
    path_ += std::to_string(index);
    path_ += ']';
    if (index < kMaxRows) f.element(*this, f.target, e);
  }
  if (e.isContainer() && frames_.size() == depthBefore) skipping_ = 1;
}

bool EventDecoder::end() {
  --depth_;
  if (skipping_ > 0) {
    --skipping_;
    return true;
  }
  Frame f = frames_.back();
  frames_.pop_back();
  path_.resize(f.base);
  if (f.finish) f.finish(*this, f);
  return true;
}

bool EventDecoder::key(string_t& k) {
  if (skipping_ > 0) return true;
  Frame& f = frames_.back();
  path_.resize(f.base);
  if (!path_.empty()) path_ += '.';
  path_ += k;
  f.slot = nullptr;
  for (std::size_t i = 0; i < f.type->size; ++i)
    if (f.type->slots[i].key == k) {
      f.slot = &f.type->slots[i];
      return true;
    }
  error("未知字段“" + k + "”，请删除或检查拼写");
  return true;
}

bool EventDecoder::start_object(std::size_t) {
  if (++depth_ > kMaxDepth) return !(tooDeep = true);
  Event e{Event::Kind::Object};
  value(e);
  return true;
}

bool EventDecoder::start_array(std::size_t) {
  if (++depth_ > kMaxDepth) return !(tooDeep = true);
  Event e{Event::Kind::Array};
  value(e);
  return true;
}

bool EventDecoder::null() {
  Event e{Event::Kind::Null};
  value(e);
  return true;
}

bool EventDecoder::boolean(bool v) {
  Event e{Event::Kind::Bool};
  e.boolean = v;
  value(e);
  return true;
}

bool EventDecoder::number_integer(number_integer_t v) {
  Event e{Event::Kind::Integer};
  e.integer = v;
  value(e);
  return true;
}

bool EventDecoder::number_unsigned(number_unsigned_t v) {
  Event e{Event::Kind::Unsigned};
  e.unsignedInteger = v;
  value(e);
  return true;
}

bool EventDecoder::number_float(number_float_t v, const string_t&) {
  Event e{Event::Kind::Float};
  e.number = v;
  value(e);
  return true;
}

bool EventDecoder::string(string_t& v) {
  Event e{Event::Kind::String};
  e.text = &v;
  value(e);
  return true;
}

std::string depthMessage() {
  return "JSON 嵌套超过" + std::to_string(kMaxDepth) + "层，本系统的文档没有这么深：请检查是否多了成对的括号";
}

std::string syntaxMessage(std::size_t position) {
  return "JSON 语法错误（第" + std::to_string(position) +
         "字节附近），请检查括号、引号、逗号是否配对，文本是否为 UTF-8 编码";
}

namespace {

// The next piece of a path from `at`: a key, or an index (isIndex) in brackets.
struct Piece {
  std::string_view key;
  std::size_t index = 0;
  bool isIndex = false;
};
bool nextPiece(std::string_view path, std::size_t& at, Piece& piece) {
  if (at < path.size() && path[at] == '.') ++at;
  if (at >= path.size()) return false;
  if (path[at] == '[') {
    const auto close = path.find(']', at);
    piece = Piece{{}, 0, true};
    for (std::size_t i = at + 1; i < close && i < path.size(); ++i)
      piece.index = piece.index * 10 + static_cast<std::size_t>(path[i] - '0');
    at = close == std::string_view::npos ? path.size() : close + 1;
  } else {
    const auto stop = std::min(path.find_first_of(".[", at), path.size());
    piece = Piece{path.substr(at, stop - at), 0, false};
    at = stop;
  }
  return true;
}

bool pathBefore(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  Piece x, y;
  while (true) {
    const bool hasX = nextPiece(a, i, x);
    const bool hasY = nextPiece(b, j, y);
    if (!hasX || !hasY) return !hasX && hasY;
    if (x.isIndex != y.isIndex) return x.isIndex;
    if (x.isIndex ? x.index != y.index : x.key != y.key) return x.isIndex ? x.index < y.index : x.key < y.key;
  }
}

}  // namespace

void sortByPath(std::vector<JsonError>& errors) {
  std::stable_sort(errors.begin(), errors.end(),
                   [](const JsonError& a, const JsonError& b) { return pathBefore(a.path, b.path); });
}

}  // namespace sxpool::detail
