#include "model/read_matrix.hpp"

#include "core/ascii.hpp"
#include "core/cold.hpp"
#include "core/json_pointer.hpp"
#include "core/message.hpp"
#include "model/fields.hpp"

namespace cr::model {

namespace {

using payload::Graph;
using payload::Handle;
using payload::Kind;

Winner parse_winner(std::string_view w) {
  if (w.empty()) return Winner::none;
  if (ascii_iequals(w, "a")) return Winner::a;
  if (ascii_iequals(w, "b")) return Winner::b;
  for (std::string_view tie : {"tie", "draw", "both", "equal"}) {
    if (ascii_iequals(w, tie)) return Winner::tie;
  }
  return Winner::unknown;
}

// The plain string a member holds (no wrapper, no escapes to care about here), or nothing: the
// caller then reads it the long way, with its errors.
std::optional<std::string_view> plain_string(const Graph& g, std::uint32_t token, TextArena& arena) {
  if (token == Graph::kAbsent) return std::nullopt;
  auto v = g.follow(token);
  if (!v.ok()) return std::nullopt;
  auto u = g.unwrap(v.value());
  if (!u.ok() || g.kind(u.value()) != Kind::string) return std::nullopt;
  return g.string(u.value(), arena);
}

// One row the long way: what the fast path could not read, with the contract's errors.
CR_COLD Status read_row_slowly(const Graph& g, Handle row, std::size_t i, const std::string& mpath,
                               Comparison& out) {
  const Fields fields(g);
  const PathRef here(mpath, i);
  MatrixRow& r = out.rows[i];
  std::uint32_t cell[4];
  if (Status e = g.members(row, {"feature", "optionA", "optionB", "winner"}, cell)) return at(here.str(), *e);
  std::string_view* targets[3] = {&r.feature, &r.option_a, &r.option_b};
  static constexpr std::string_view kNames[3] = {"feature", "optionA", "optionB"};
  for (int k = 0; k < 3; ++k) {
    if (auto text = plain_string(g, cell[k], out.storage)) {
      *targets[k] = *text;
      continue;
    }
    if (Status e = fields.required_text(cell[k], kNames[k], here, out.storage, *targets[k], i)) return e;
  }
  auto wf = fields.field_at(cell[3], "winner", here);
  if (!wf.ok()) return wf.error();
  Handle wh = wf.value() ? *wf.value() : payload::sentinel::undefined;
  Kind wk = g.kind(wh);
  if (wk == Kind::undefined || wk == Kind::null) return std::nullopt;
  if (wk == Kind::boolean) {  // a value no verdict can be read from, as 1 or "none" is: a warning
    r.winner = Winner::unknown;
    r.winner_text = g.boolean(wh) ? "true" : "false";
    return std::nullopt;
  }
  auto winner = fields.text_of(wh, out.storage);
  if (!winner) {
    return make_error(ErrorCode::wrong_type,
                      message({"Row ", Decimal(i), " of the feature matrix: \"winner\" must be \"A\", \"B\", \"tie\", ",
                               "an option's name or empty, not ", kind_name(g, wh), "."}),
                      here.str() + "/winner");
  }
  r.winner = parse_winner(*winner);
  if (r.winner == Winner::unknown) r.winner_text = *winner;
  return std::nullopt;
}

}  // namespace

Status read_matrix(const Graph& g, std::uint32_t token, const std::string& path, const Limits& limits,
                   Comparison& out) {
  const Fields fields(g);
  auto f = fields.field_at(token, "feature_matrix", path);
  if (!f.ok()) return f.error();
  if (!f.value()) {
    out.warnings.push_back("The comparison has no feature_matrix; the article shows no table.");
    return std::nullopt;
  }
  out.matrix_path = json_pointer::child(path, "feature_matrix");
  const std::string& mpath = out.matrix_path;
  if (g.kind(*f.value()) != Kind::array) {
    return make_error(ErrorCode::wrong_type,
                      message({"\"feature_matrix\" must be an array of rows, not ", kind_name(g, *f.value()), "."}),
                      mpath);
  }
  auto rows = g.elements(*f.value(), static_cast<std::uint32_t>(limits.max_nodes));
  if (!rows.ok()) return at(mpath, rows.error());
  if (rows.value().empty()) out.warnings.push_back("The feature matrix is empty.");
  out.rows.resize(rows.value().size());
  for (std::size_t i = 0; i < rows.value().size(); ++i) {
    auto row = g.unwrap(rows.value()[i]);
    if (!row.ok()) return at(PathRef(mpath, i).str(), row.error());
    Kind k = g.kind(row.value());
    if (k != Kind::object) {
      if (k == Kind::hole || k == Kind::undefined || k == Kind::null) {
        return make_error(ErrorCode::missing_field,
                          message({"Row ", Decimal(i), " of the feature matrix is ", k == Kind::null ? "null" : "missing",
                                   "; a row is an object with \"feature\", \"optionA\" and \"optionB\"."}),
                          PathRef(mpath, i).str());
      }
      return make_error(ErrorCode::wrong_type,
                        message({"Row ", Decimal(i), " of the feature matrix must be an object, not ", kind_name(g, row.value()), "."}),
                        PathRef(mpath, i).str());
    }
    // The common row: three plain strings and a plain string (or no) winner.
    MatrixRow& r = out.rows[i];
    std::uint32_t cell[4];
    if (!g.members(row.value(), {"feature", "optionA", "optionB", "winner"}, cell)) {
      auto feature = plain_string(g, cell[0], out.storage);
      auto a = plain_string(g, cell[1], out.storage);
      auto b = plain_string(g, cell[2], out.storage);
      if (feature && a && b) {
        if (cell[3] == Graph::kAbsent) {
          r = MatrixRow{*feature, *a, *b, {}, Winner::none};
          continue;
        }
        if (auto winner = plain_string(g, cell[3], out.storage)) {
          r = MatrixRow{*feature, *a, *b, {}, parse_winner(*winner)};
          if (r.winner == Winner::unknown) r.winner_text = *winner;
          continue;
        }
      }
    }
    if (Status e = read_row_slowly(g, row.value(), i, mpath, out)) return e;
  }
  return std::nullopt;
}

}  // namespace cr::model
