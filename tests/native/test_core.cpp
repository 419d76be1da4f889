#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "core/buffer.hpp"
#include "core/json_pointer.hpp"
#include "core/json_writer.hpp"
#include "core/number_text.hpp"
#include "core/result.hpp"
#include "core/text_arena.hpp"
#include "core/utf8.hpp"

using namespace cr;

TEST(ErrorCodes, EveryCodeHasAUniqueContractName) {
  std::set<std::string_view> names;
  for (int i = 0; i < error_code_count; ++i) {
    auto name = error_code_name(static_cast<ErrorCode>(i));
    EXPECT_FALSE(name.empty());
    EXPECT_TRUE(names.insert(name).second) << name;
  }
  EXPECT_EQ(error_code_name(ErrorCode::json_syntax), "json_syntax");
  EXPECT_EQ(error_code_name(ErrorCode::not_a_comparison), "not_a_comparison");
  EXPECT_EQ(error_code_name(ErrorCode::internal), "internal");
}

TEST(JsonPointer, EscapesTildeAndSlash) {
  std::string p;
  json_pointer::append_key(p, "a/b~c");
  json_pointer::append_index(p, 3);
  EXPECT_EQ(p, "/a~1b~0c/3");
}

TEST(Utf8, AppendsCodePointsAndReplacesSurrogates) {
  std::string s;
  utf8::append(s, 0x41);
  utf8::append(s, 0xE9);
  utf8::append(s, 0x1F980);
  utf8::append(s, 0xD800);
  EXPECT_EQ(s, "A\xC3\xA9\xF0\x9F\xA6\x80\xEF\xBF\xBD");
}

TEST(Utf8, RepairsInvalidSequencesLikeTextDecoder) {
  std::string s;
  utf8::append_valid(s, "a\xFF" "b\xE2\x82" "c\xC3\xA9");
  EXPECT_EQ(s, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xC3\xA9");
}

TEST(Utf8, ConvertsToUtf16) {
  // ASCII runs longer and shorter than a SIMD block, 2-, 3- and 4-byte characters, and mixes.
  std::string s = "plain ascii text that is longer than sixteen bytes; "
                  "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E "
                  "a\xC3\xA9\xF0\x9F\xA6\x80z <p>\xE2\x9C\x93</p>";
  std::vector<char16_t> out(s.size());
  const std::size_t n = utf8::to_utf16(s, out.data());
  EXPECT_EQ(n, utf8::utf16_length(s, s.size()));
  std::u16string expected = u"plain ascii text that is longer than sixteen bytes; "
                            u"\u0645\u0631\u062D\u0628\u0627 \u65E5\u672C\u8A9E a\u00E9\U0001F980z <p>\u2713</p>";
  EXPECT_EQ(std::u16string(out.data(), n), expected);
  // A sequence cut short at the end is one U+FFFD.
  std::vector<char16_t> cut(4);
  EXPECT_EQ(utf8::to_utf16(std::string_view("a\xE6\x97", 3), cut.data()), 2u);
  EXPECT_EQ(cut[1], u'\uFFFD');
}

TEST(Utf8, WritesUtf16AsUtf8AsTextEncoderDoes) {
  // Every length of UTF-8, a pair, and lone surrogates (U+FFFD, as TextEncoder writes them):
  // a high one at the end, a high one before a unit that is not a low one, a low one alone.
  std::u16string text = u"plain ascii text, longer than sixteen units; \u00E9\u0645\u0631 \u65E5\u672C \U0001F980z";
  text += {0xD800, 0xDC00, u'a', 0xD83D};
  const std::string expected = "plain ascii text, longer than sixteen units; \xC3\xA9\xD9\x85\xD8\xB1 \xE6\x97\xA5\xE6\x9C\xAC "
                               "\xF0\x9F\xA6\x80z\xF0\x90\x80\x80" "a\xEF\xBF\xBD";
  std::string out(3 * text.size(), '\0');
  out.resize(utf8::from_utf16(text.data(), text.size(), out.data()));
  EXPECT_EQ(out, expected);
  const std::u16string lone = {0xDC00, u'a', 0xD800, u'b', 0xDBFF};
  std::string lone_out(3 * lone.size(), '\0');
  lone_out.resize(utf8::from_utf16(lone.data(), lone.size(), lone_out.data()));
  EXPECT_EQ(lone_out, "\xEF\xBF\xBD" "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  // In one buffer, the units `size` bytes after the start (as bindings/embind.cpp lays them out).
  std::vector<char> buffer(3 * text.size() + 2);
  const std::size_t at = text.size() + text.size() % 2;
  std::memcpy(buffer.data() + at, text.data(), 2 * text.size());
  const std::size_t n = utf8::from_utf16(reinterpret_cast<const char16_t*>(buffer.data() + at), text.size(), buffer.data());
  EXPECT_EQ(std::string(buffer.data(), n), expected);
}

TEST(Utf8, RewritesLatin1AsUtf8InPlace) {
  // ASCII is left as it is; every byte from 0x80 becomes two, at every position of a step.
  std::string ascii = "plain ascii text, longer than sixteen bytes";
  ascii.resize(2 * ascii.size());
  EXPECT_EQ(utf8::from_latin1(ascii.data(), ascii.size() / 2), ascii.size() / 2);
  EXPECT_EQ(ascii.substr(0, 43), "plain ascii text, longer than sixteen bytes");
  for (std::size_t at = 0; at < 40; ++at) {
    std::string text(40, 'a');
    text[at] = '\xE9';    // é
    text[39 - at] = '\xFF';  // ÿ (when at is 39 - at, only this one)
    std::string expected;
    for (char c : text) expected += c == '\xE9' ? "\xC3\xA9" : c == '\xFF' ? "\xC3\xBF" : std::string(1, c);
    std::string buffer = text + std::string(text.size(), '#');
    buffer.resize(utf8::from_latin1(buffer.data(), text.size()));
    EXPECT_EQ(buffer, expected) << at;
  }
  std::string all;
  for (int c = 0; c < 256; ++c) all += static_cast<char>(c);
  std::string buffer = all + std::string(256, '#');
  buffer.resize(utf8::from_latin1(buffer.data(), 256));
  std::string expected;
  for (int c = 0; c < 256; ++c) utf8::append(expected, static_cast<std::uint32_t>(c));
  EXPECT_EQ(buffer, expected);
}

TEST(Utf8, TellsAsciiFromAByteAtAnyPosition) {
  EXPECT_TRUE(utf8::is_ascii(""));
  for (std::size_t size : {1u, 7u, 8u, 15u, 16u, 17u, 40u}) {
    std::string s(size, 'a');
    EXPECT_TRUE(utf8::is_ascii(s));
    for (std::size_t at = 0; at < size; ++at) {
      std::string t = s;
      t[at] = '\x80';
      EXPECT_FALSE(utf8::is_ascii(t)) << size << " " << at;
    }
  }
}

TEST(Utf8, CountsBytesOutsideAsciiAgainstAShare) {
  EXPECT_TRUE(utf8::mostly_ascii("", 4));
  for (std::size_t size : {4u, 15u, 16u, 17u, 40u, 64u}) {
    for (std::size_t outside = 0; outside <= size; ++outside) {
      std::string s(size, 'a');
      for (std::size_t k = 0; k < outside; ++k) s[(k * 7) % size] = '\xE2';  // spread; some twice
      const std::size_t counted = static_cast<std::size_t>(std::count(s.begin(), s.end(), '\xE2'));
      EXPECT_EQ(utf8::mostly_ascii(s, 4), counted <= size / 4) << size << " " << counted;
    }
  }
}

TEST(Utf8, KeepsValidTextAndReplacesWhatIsNot) {
  std::string storage;
  for (std::string_view ok : {std::string_view(""), std::string_view("plain"), std::string_view("\xC3\xA9\xE6\x97\xA5\xF0\x9F\xA6\x80"),
                              std::string_view("\xEF\xBF\xBF\xF4\x8F\xBF\xBF")}) {
    EXPECT_TRUE(utf8::is_valid(ok));
    EXPECT_EQ(utf8::valid_or_replaced(ok, storage).data(), ok.data());  // no copy
  }
  // Overlong, surrogate, too large, cut short, stray continuation: each maximal subpart one U+FFFD.
  for (auto [bad, replaced] : {std::pair<std::string_view, std::string_view>{"a\xC0\xAF" "b", "a\uFFFD\uFFFDb"},
                               {"\xED\xA0\x80", "\uFFFD\uFFFD\uFFFD"}, {"\xF4\x90\x80\x80", "\uFFFD\uFFFD\uFFFD\uFFFD"},
                               {"x\xE2\x82", "x\uFFFD"}, {"\x80z", "\uFFFDz"}}) {
    EXPECT_FALSE(utf8::is_valid(bad));
    EXPECT_EQ(utf8::valid_or_replaced(bad, storage), replaced);
  }
}

TEST(Utf8, CountsUtf16Units) {
  std::string s = "a\xC3\xA9\xF0\x9F\xA6\x80z";
  EXPECT_EQ(utf8::utf16_length(s, s.size()), 5u);  // a, é, 2 for the crab, z
  EXPECT_EQ(utf8::utf16_length(s, 3), 2u);
}

TEST(JsonWriter, EscapesAndKeepsLoneSurrogates) {
  std::string out;
  json_writer::append_string(out, std::string("q\"\\\n\x01") + "\xED\xA0\x80");
  EXPECT_EQ(out, "\"q\\\"\\\\\\n\\u0001\\ud800\"");
}

TEST(NumberText, PrintsAsJavaScriptDoes) {
  auto js = [](double v) {
    std::string out;
    number_text::append(out, v);
    return out;
  };
  EXPECT_EQ(js(42), "42");
  EXPECT_EQ(js(-0.0), "0");
  EXPECT_EQ(js(-2.5), "-2.5");
  EXPECT_EQ(js(0.1), "0.1");
  EXPECT_EQ(js(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(js(1e21), "1e+21");
  EXPECT_EQ(js(1.5e-7), "1.5e-7");
  EXPECT_EQ(js(123456789012345.0), "123456789012345");
  EXPECT_EQ(js(5e-324), "5e-324");
  for (double v : {1.0, -2.5, 0.1, 1e21, 123456789.0, 3.141592653589793, 5e-324, 1.7976931348623157e308}) {
    EXPECT_EQ(std::strtod(js(v).c_str(), nullptr), v) << js(v);
  }
}

TEST(NumberText, ReadsAsJsonParseDoes) {
  // Fast-path forms and ones that need the platform, each against strtod (what JSON.parse gives).
  for (const char* text : {"0", "-0", "7", "-2", "-2.0", "-2e0", "123", "1.5", "0.1", "0.000123", "1e3", "1E+3", "25e-2",
                           "123456789012345", "1234567890123456789", "0.30000000000000004", "1e400", "-1e400",
                           "1e-400", "4.9e-324", "9007199254740993", "1.7976931348623157e308", "100000000000000000000000"}) {
    EXPECT_EQ(number_text::parse(text), std::strtod(text, nullptr)) << text;
    EXPECT_EQ(std::signbit(number_text::parse(text)), std::signbit(std::strtod(text, nullptr))) << text;
  }
}

TEST(Buffer, AppendsEveryLengthLikeAString) {
  // Runs up to 16 bytes take the word-copy path, longer ones memcpy; every length and start.
  std::string source;
  for (int i = 0; i < 64; ++i) source.push_back(static_cast<char>('!' + i));
  for (std::size_t start = 0; start < 5; ++start) {
    cr::Buffer out;
    std::string expected;
    for (std::size_t n = 0; n <= 40; ++n) {
      out.append(source.data() + start, n);
      expected.append(source, start, n);
      ASSERT_EQ(out.view(), expected) << "start " << start << ", length " << n;
    }
  }
}

TEST(TextArena, GivesBackOnlyTheSharedBlocksLastPiece) {
  TextArena arena;
  char* a = arena.allocate(1000);
  arena.shrink_last(a, 400);
  EXPECT_EQ(arena.allocate(10), a + 400);  // the tail went back to the shared 4 KB block
  EXPECT_EQ(arena.allocate(1000), a + 410);
  EXPECT_EQ(arena.allocate(1000), a + 1410);  // 1,686 bytes of the block left
  // A piece over 1 KB that does not fit gets a block of its own: shrinking it must not move the
  // shared block's position into that block (once it did, when the block lay lower in memory,
  // and later pieces were written past its end).
  char* big = arena.allocate(2000);
  EXPECT_TRUE(big < a || big >= a + 4096);
  arena.shrink_last(big, 10);
  EXPECT_EQ(arena.allocate(50), a + 2410);
  arena.shrink_last(a + 400, 5);  // not the last piece: nothing happens
  EXPECT_EQ(arena.allocate(1), a + 2460);
}

TEST(TextArena, PiecesNeverOverlapWhateverTheOrderOfLargeAndSmall) {
  TextArena arena;
  struct Piece { char* at; std::size_t n; char fill; };
  std::vector<Piece> pieces;
  for (int i = 0; i < 400; ++i) {
    const std::size_t n = i % 3 == 0 ? 1025 + static_cast<std::size_t>(i) * 7 : 30 + static_cast<std::size_t>(i % 50);
    char* at = arena.allocate(n);
    const std::size_t used = n / 2;
    arena.shrink_last(at, used);
    const char fill = static_cast<char>('a' + i % 26);
    std::memset(at, fill, used);
    pieces.push_back({at, used, fill});
  }
  for (const Piece& p : pieces) {
    for (std::size_t k = 0; k < p.n; ++k) ASSERT_EQ(p.at[k], p.fill);
  }
}
