#include "store/pack_writer.h"

#include <fcntl.h>
#include <fmt/core.h>
#include <libdeflate.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <memory>
#include <string_view>

#include "revisor/base/atomic_file.h"
#include "revisor/base/c_handle.h"
#include "revisor/base/error.h"
#include "revisor/base/fd_write.h"
#include "revisor/base/worker_pool.h"
#include "store/git_handles.h"

namespace revisor::store {
namespace {

namespace fs = std::filesystem;

using DigestPtr = std::unique_ptr<EVP_MD_CTX, CDeleter<EVP_MD_CTX_free>>;

// Written in pieces of about this size, so a batch is never held twice in full.
constexpr std::size_t kChunk = std::size_t{8} << 20;

// An entry's header: its type and inflated size, seven bits at a time after the first four.
void append_entry_header(std::string& out, git_object_t type, std::size_t size) {
  unsigned char byte = static_cast<unsigned char>((static_cast<unsigned>(type) << 4) | (size & 0x0f));
  size >>= 4;
  while (size != 0) {
    out.push_back(static_cast<char>(byte | 0x80));
    byte = static_cast<unsigned char>(size & 0x7f);
    size >>= 7;
  }
  out.push_back(static_cast<char>(byte));
}

void append_u32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((v >> shift) & 0xff));
}

using CompressorPtr = std::unique_ptr<libdeflate_compressor, CDeleter<libdeflate_free_compressor>>;

// Level 1: the batch pack is a staging area that gc rewrites with deltas, so speed matters more
// here than the last bytes; libdeflate's level 1 is about twice as fast as zlib's and as small.
constexpr int kLevel = 1;
// Entries under this size are stored, not compressed: compressing one costs 5-8 us of set-up
// whatever its size, and trees, commits and most metadata are a few hundred bytes each, so this was
// a tenth of a bulk ingest's CPU for a few hundred bytes saved a version, which gc takes back.
constexpr std::size_t kMinCompressed = 1024;

// One worker's compressors: level 1, and level 0, which writes the bytes as they are in zlib's
// framing.
struct Compressors {
  CompressorPtr fast{libdeflate_alloc_compressor(kLevel)};
  CompressorPtr store{libdeflate_alloc_compressor(0)};
  Compressors() {
    if (!fast || !store) throw Error(ErrorKind::store, "starting a compressor: out of memory");
  }
};

// One object's entry: header and zlib stream.
std::string pack_entry(const Compressors& compressors, const BatchObject& obj) {
  libdeflate_compressor* compressor =
      obj.data.size() < kMinCompressed ? compressors.store.get() : compressors.fast.get();
  std::string out;
  append_entry_header(out, obj.type, obj.data.size());
  const std::size_t header = out.size();
  out.resize(header + libdeflate_zlib_compress_bound(compressor, obj.data.size()));
  const std::size_t n =
      libdeflate_zlib_compress(compressor, obj.data.data(), obj.data.size(), out.data() + header, out.size() - header);
  if (n == 0) throw Error(ErrorKind::store, fmt::format("compressing object {}: no room for its output", oid_hex(obj.id)));
  out.resize(header + n);
  return out;
}

// A SHA-1 over bytes as they pass (the pack's and the index's trailers).
class Sha1 {
 public:
  Sha1() : ctx_(EVP_MD_CTX_new()) {
    if (!ctx_ || EVP_DigestInit_ex(ctx_.get(), EVP_sha1(), nullptr) != 1)
      throw Error(ErrorKind::store, "starting a SHA-1");
  }
  void update(std::string_view bytes) {
    if (EVP_DigestUpdate(ctx_.get(), bytes.data(), bytes.size()) != 1)
      throw Error(ErrorKind::store, "computing a SHA-1");
  }
  std::string final() {
    unsigned char sha[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(ctx_.get(), sha, &len) != 1 || len != GIT_OID_RAWSZ)
      throw Error(ErrorKind::store, "computing a SHA-1");
    return std::string(reinterpret_cast<const char*>(sha), len);
  }

 private:
  DigestPtr ctx_;
};

// A file written under a temporary name in the pack folder and renamed into place once synced; a
// run killed before leaves only a tmp_* file, which no reader looks at.
class TempFile {
 public:
  TempFile(const fs::path& dir, const char* prefix) {
    std::string name = (dir / (std::string(prefix) + "XXXXXX")).string();
    fd_ = ::mkstemp(name.data());
    if (fd_ < 0) throw Error(ErrorKind::store, fmt::format("writing a pack in {}: {}", dir.string(), std::strerror(errno)));
    path_ = name;
  }
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  void write(std::string_view bytes) {
    if (!write_all(fd_, bytes))
      throw Error(ErrorKind::store, fmt::format("writing {}: {}", path_.string(), std::strerror(errno)));
  }
  // Synced, read-only as git keeps packs, and renamed to `to`.
  void commit(const fs::path& to) {
    if (::fchmod(fd_, 0444) != 0 || ::fsync(fd_) != 0 || ::close(fd_) != 0) {
      fd_ = -1;
      throw Error(ErrorKind::store, fmt::format("writing {}: {}", path_.string(), std::strerror(errno)));
    }
    fd_ = -1;
    if (::rename(path_.c_str(), to.c_str()) != 0)
      throw Error(ErrorKind::store, fmt::format("renaming {} to {}: {}", path_.string(), to.string(), std::strerror(errno)));
    path_.clear();
  }

 private:
  int fd_ = -1;
  fs::path path_;
};

// Where each object went: what the pack's index lists, sorted by id.
struct IndexEntry {
  git_oid id{};
  std::uint32_t crc = 0;
  std::uint64_t offset = 0;
};

void append_u64(std::string& out, std::uint64_t v) {
  append_u32(out, static_cast<std::uint32_t>(v >> 32));
  append_u32(out, static_cast<std::uint32_t>(v & 0xffffffffu));
}

// The pack index, version 2 (gitformat-pack(5)): fan-out table, sorted ids, CRC-32 of each entry,
// offsets (those past 2 GiB in a table of their own), the pack's checksum and the index's own.
std::string index_bytes(std::vector<IndexEntry> entries, const std::string& pack_sha) {
  std::sort(entries.begin(), entries.end(),
            [](const IndexEntry& a, const IndexEntry& b) { return git_oid_cmp(&a.id, &b.id) < 0; });
  std::string out("\377tOc", 4);
  append_u32(out, 2);
  std::size_t i = 0;
  for (unsigned first = 0; first < 256; ++first) {
    while (i < entries.size() && entries[i].id.id[0] <= first) ++i;
    append_u32(out, static_cast<std::uint32_t>(i));
  }
  for (const IndexEntry& e : entries) out.append(reinterpret_cast<const char*>(e.id.id), GIT_OID_RAWSZ);
  for (const IndexEntry& e : entries) append_u32(out, e.crc);
  std::vector<std::uint64_t> large;
  for (const IndexEntry& e : entries) {
    if (e.offset < 0x80000000u) {
      append_u32(out, static_cast<std::uint32_t>(e.offset));
    } else {
      append_u32(out, 0x80000000u | static_cast<std::uint32_t>(large.size()));
      large.push_back(e.offset);
    }
  }
  for (std::uint64_t offset : large) append_u64(out, offset);
  out += pack_sha;
  Sha1 sha;
  sha.update(out);
  out += sha.final();
  return out;
}

std::string hex_of(const std::string& raw) {
  static const char* digits = "0123456789abcdef";
  std::string hex;
  for (unsigned char c : raw) {
    hex.push_back(digits[c >> 4]);
    hex.push_back(digits[c & 15]);
  }
  return hex;
}

}  // namespace

std::string write_pack(const std::vector<BatchObject>& objects, const fs::path& pack_dir, std::size_t threads) {
  if (objects.empty()) return {};
  if (objects.size() > 0xffffffffu) throw Error(ErrorKind::store, "too many objects for one pack");
  std::error_code ec;
  if (!fs::is_directory(pack_dir, ec))
    throw Error(ErrorKind::store, fmt::format("writing a pack in {}: the folder is missing", pack_dir.string()));
  TempFile pack(pack_dir, "tmp_pack_");
  Sha1 pack_sha;
  std::string buffer = "PACK";
  append_u32(buffer, 2);
  append_u32(buffer, static_cast<std::uint32_t>(objects.size()));
  std::uint64_t offset = buffer.size();
  std::vector<IndexEntry> index;
  index.reserve(objects.size());
  // Compressed a slice at a time on every thread, then written in the batch's order.
  constexpr std::size_t kSlice = 256;
  std::vector<std::string> entries;
  for (std::size_t first = 0; first < objects.size(); first += kSlice) {
    const std::size_t count = std::min(kSlice, objects.size() - first);
    entries.assign(count, {});
    for_each_index(count, threads, std::function<IndexWork()>([&]() -> IndexWork {
                     auto compressors = std::make_shared<Compressors>();
                     return [&, compressors](std::size_t k) { entries[k] = pack_entry(*compressors, objects[first + k]); };
                   }));
    for (std::size_t k = 0; k < count; ++k) {
      const std::string& e = entries[k];
      index.push_back({objects[first + k].id, libdeflate_crc32(0, e.data(), e.size()), offset});
      offset += e.size();
      buffer += e;
    }
    if (buffer.size() >= kChunk) {
      pack_sha.update(buffer);
      pack.write(buffer);
      buffer.clear();
    }
  }
  pack_sha.update(buffer);
  const std::string checksum = pack_sha.final();
  buffer += checksum;
  pack.write(buffer);

  TempFile idx(pack_dir, "tmp_idx_");
  idx.write(index_bytes(std::move(index), checksum));
  // The pack first: readers find packs by their index, so none finds an index without its pack.
  const std::string name = "pack-" + hex_of(checksum);
  pack.commit(pack_dir / (name + ".pack"));
  idx.commit(pack_dir / (name + ".idx"));
  sync_to_disk(pack_dir);
  return name;
}

}  // namespace revisor::store
