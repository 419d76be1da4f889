#include "payload/payload.hpp"

#include "core/cold.hpp"
#include "payload/nuxt_page.hpp"

namespace cr::payload {

namespace {

bool is_ws(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// A JSON array is a devalue payload unless its slot 0 is an object with a non-number member
// (a plain list of comparisons: every comparison has a string title), or it is empty.
bool looks_like_devalue(const JsonTape& tape) {
  const JsonToken& root = tape[0];
  if (root.type == JsonType::number) return true;
  if (root.type != JsonType::array) return false;
  if (root.next == 1) return false;
  const JsonToken& first = tape[1];
  if (first.type != JsonType::object) return true;
  for (std::uint32_t k = 2; k < first.next; k = tape[k + 1].next) {
    if (tape[k + 1].type != JsonType::number) return false;
  }
  return true;
}

// What a text that is not JSON from its start looks like instead, as a sentence to add to the
// error (or nothing): a caller that passed an address, a file's name, String(object) or markdown.
CR_COLD std::string_view not_json_hint(std::string_view text, std::int64_t error_offset, std::size_t first) {
  const std::string_view t = text.substr(first);
  if (t.substr(0, 8) == "[object ") {
    return " It is a JavaScript object turned into text: pass the payload's own text, or JSON.stringify(value).";
  }
  if (t.empty() || error_offset != static_cast<std::int64_t>(first)) return {};
  const std::string_view word = t.substr(0, t.find_last_not_of(" \t\r\n") + 1);
  const auto ends_with = [&](std::string_view end) {
    return word.size() >= end.size() && word.substr(word.size() - end.size()) == end;
  };
  if (word.find_first_of(" \t\r\n") == std::string_view::npos &&
      (word.find('/') != std::string_view::npos || ends_with(".json") || ends_with(".html"))) {
    return " It looks like an address or a file's name: fetch or read it, and pass what it holds.";
  }
  const char c = t[0];
  if (c == '#' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
    return " A payload is JSON or an HTML page; markdown alone is renderMarkdown's to render.";
  }
  return {};
}

}  // namespace

Result<std::unique_ptr<Payload>> open_payload(std::string_view input, const Limits& limits, Reading reading) {
  if (input.size() > limits.max_input_bytes) return input_too_large(input.size(), limits.max_input_bytes);
  auto p = std::make_unique<Payload>();
  p->json = input;
  std::size_t first = 0;
  while (first < input.size() && is_ws(input[first])) ++first;
  // A page may start with a byte order mark; JSON may not.
  std::size_t page_start = input.compare(first, 3, "\xEF\xBB\xBF") == 0 ? first + 3 : first;
  if (page_start < input.size() && input[page_start] == '<') {
    auto script = find_nuxt_data(input);
    if (!script.ok()) return script.error();
    p->shape = InputShape::html_page;
    p->json = input.substr(script.value().begin, script.value().end - script.value().begin);
    p->json_offset = script.value().begin;
    p->data_src = std::move(script.value().data_src);
  }
  // A page's script is named as such; its lines and columns count in the script, its offset in the page.
  auto tape = scan_json(p->json, limits,
                        p->shape == InputShape::html_page ? "The page's __NUXT_DATA__ script" : "The payload");
  if (!tape.ok()) {
    Error e = std::move(tape.error());
    if (e.code == ErrorCode::json_syntax && p->shape != InputShape::html_page) e.message += not_json_hint(input, e.offset, first);
    if (e.offset >= 0) e.offset += static_cast<std::int64_t>(p->json_offset);
    return e;
  }
  p->tape = std::move(tape.value());
  const bool devalue = reading == Reading::devalue ||
                       (reading == Reading::auto_detect && (p->shape == InputShape::html_page || looks_like_devalue(p->tape)));
  if (devalue) {
    auto graph = Graph::devalue(p->tape);
    if (!graph.ok()) return graph.error();
    p->graph.emplace(std::move(graph.value()));
    if (p->shape != InputShape::html_page) p->shape = InputShape::nuxt_payload;
  } else {
    p->graph.emplace(Graph::plain(p->tape));
    if (p->shape != InputShape::html_page) p->shape = InputShape::plain_json;
  }
  return p;
}

}  // namespace cr::payload
