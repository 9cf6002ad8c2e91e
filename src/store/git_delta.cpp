#include "store/git_delta.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <vector>

namespace revisor::store {
namespace {

bool word_start(std::string_view s, std::size_t i) { return i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n'; }

// A match must cover a whole key: shorter copies cost about as much as inserting the bytes.
constexpr std::size_t kKey = 16;
// git's own encoder copies at most 64 KiB per instruction; readers of every age accept that.
constexpr std::size_t kMaxCopy = 0x10000;
// An insert instruction carries at most 127 bytes.
constexpr std::size_t kMaxInsert = 127;

// How many bytes `a` and `b` share from their start, eight at a time.
std::size_t common_prefix(std::string_view a, std::string_view b) {
  const std::size_t n = std::min(a.size(), b.size());
  std::size_t i = 0;
  // The lowest differing byte is the first in memory only on a little-endian machine.
  if constexpr (std::endian::native == std::endian::little)
    for (; i + 8 <= n; i += 8) {
      std::uint64_t x;
      std::uint64_t y;
      std::memcpy(&x, a.data() + i, 8);
      std::memcpy(&y, b.data() + i, 8);
      if (x != y) return i + static_cast<std::size_t>(__builtin_ctzll(x ^ y)) / 8;
    }
  while (i < n && a[i] == b[i]) ++i;
  return i;
}

// A hash of the key's two 8-byte words: any two keys that hash alike are compared byte for byte.
std::uint64_t key_at(const char* p) {
  std::uint64_t a;
  std::uint64_t b;
  std::memcpy(&a, p, 8);
  std::memcpy(&b, p + 8, 8);
  return (a * 0x9E3779B97F4A7C15ull) ^ ((b ^ (b >> 29)) * 0xC2B2AE3D27D4EB4Full);
}

// Where each word-aligned key of the base first occurs: an open table with one slot per hash value
// and no chains (a key whose slot is taken is not indexed; a text repeats few 16-byte runs, and a
// missed match costs only a few inserted bytes).
class KeyTable {
 public:
  explicit KeyTable(std::string_view base) : base_(base) {
    std::size_t size = 1024;
    while (size < base.size()) size <<= 1;  // about six slots per word
    shift_ = 64 - static_cast<unsigned>(__builtin_ctzll(size));
    slots_.assign(size, kEmpty);
    for (std::size_t i = 0; i + kKey <= base.size(); ++i)
      if (word_start(base, i)) {
        std::uint32_t& slot = slots_[key_at(base.data() + i) >> shift_];
        if (slot == kEmpty) slot = static_cast<std::uint32_t>(i);
      }
  }
  // The base position whose key equals the target's at `p`, or kEmpty.
  std::uint32_t find(const char* p) const {
    const std::uint32_t at = slots_[key_at(p) >> shift_];
    return at != kEmpty && std::memcmp(base_.data() + at, p, kKey) == 0 ? at : kEmpty;
  }
  static constexpr std::uint32_t kEmpty = 0xffffffffu;

 private:
  std::string_view base_;
  unsigned shift_ = 0;
  std::vector<std::uint32_t> slots_;
};


void append_varint(std::string& out, std::size_t v) {
  do {
    unsigned char byte = v & 0x7f;
    v >>= 7;
    if (v != 0) byte |= 0x80;
    out.push_back(static_cast<char>(byte));
  } while (v != 0);
}

void append_insert(std::string& out, std::string_view bytes) {
  while (!bytes.empty()) {
    const std::size_t n = std::min(bytes.size(), kMaxInsert);
    out.push_back(static_cast<char>(n));
    out.append(bytes.data(), n);
    bytes.remove_prefix(n);
  }
}

// A copy instruction: a flag bit for each non-zero byte of offset (four) and size (three), then
// those bytes, least significant first.
void append_copy(std::string& out, std::size_t offset, std::size_t size) {
  while (size != 0) {
    const std::size_t n = std::min(size, kMaxCopy);
    unsigned char op = 0x80;
    char bytes[7];
    int count = 0;
    for (int i = 0; i < 4; ++i)
      if (const unsigned b = (offset >> (8 * i)) & 0xff) {
        op |= static_cast<unsigned char>(1u << i);
        bytes[count++] = static_cast<char>(b);
      }
    // A size of exactly 64 KiB is written with no size bytes at all, as git's format defines.
    const std::size_t coded = n == kMaxCopy ? 0 : n;
    for (int i = 0; i < 3; ++i)
      if (const unsigned b = (coded >> (8 * i)) & 0xff) {
        op |= static_cast<unsigned char>(0x10u << i);
        bytes[count++] = static_cast<char>(b);
      }
    out.push_back(static_cast<char>(op));
    out.append(bytes, static_cast<std::size_t>(count));
    offset += n;
    size -= n;
  }
}

}  // namespace

std::string git_delta(std::string_view base, std::string_view target) {
  // A copy's offset has four bytes, and libgit2 reads a delta's sizes as 32 bits: larger objects
  // are stored whole (articles never come near it).
  if (base.size() < kKey || target.size() < kKey || base.size() >= KeyTable::kEmpty ||
      target.size() >= KeyTable::kEmpty)
    return {};
  const KeyTable keys(base);

  std::string out;
  append_varint(out, base.size());
  append_varint(out, target.size());
  const std::size_t limit = target.size() / 2;  // a longer delta is not worth its cost to read
  std::size_t literal = 0;                      // first target byte not yet written
  std::size_t t = 0;
  while (t + kKey <= target.size()) {
    if (!word_start(target, t)) {
      ++t;
      continue;
    }
    std::size_t b = keys.find(target.data() + t);
    if (b == KeyTable::kEmpty) {
      ++t;
      continue;
    }
    std::size_t start = t;
    std::size_t end = t + kKey;
    std::size_t b_end = b + kKey;
    const std::size_t same = common_prefix(target.substr(end), base.substr(b_end));
    end += same;
    b_end += same;
    // Bytes just before the key that also match come out of the pending insert.
    while (start > literal && b > 0 && target[start - 1] == base[b - 1]) --start, --b;
    append_insert(out, target.substr(literal, start - literal));
    append_copy(out, b, end - start);
    if (out.size() >= limit) return {};
    literal = t = end;
  }
  append_insert(out, target.substr(literal));
  return out.size() < limit ? out : std::string();
}

}  // namespace revisor::store
