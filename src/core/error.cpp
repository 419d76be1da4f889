// core/error: Error's special members, out of line and never inlined (see core/result.hpp;
// link-time optimisation would inline them back otherwise).
#include "core/result.hpp"

namespace cr {

[[gnu::noinline]] Error::Error() = default;
[[gnu::noinline]] Error::Error(ErrorCode c, std::string m, std::string p, std::int64_t o)
    : code(c), message(std::move(m)), path(std::move(p)), offset(o) {}
[[gnu::noinline]] Error::Error(const Error& other) = default;
[[gnu::noinline]] Error::Error(Error&& other) noexcept = default;
[[gnu::noinline]] Error& Error::operator=(const Error& other) = default;
[[gnu::noinline]] Error& Error::operator=(Error&& other) noexcept = default;
[[gnu::noinline]] Error::~Error() = default;

[[gnu::noinline]] Error* new_error(Error&& error) { return new Error(std::move(error)); }
[[gnu::noinline]] void delete_error(Error* error) { delete error; }

}  // namespace cr
